package io.jeso.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.jeso.api.v1.ExternalSecret;
import java.time.Instant;

/** Runs decide → fetch → plan like the operator does. */
final class Sync {
  static final SyncPlanner PLANNER = SyncPlanner.withoutTemplates();

  private Sync() {}

  static SyncPlan run(ExternalSecret es, SecretSnapshot existing, Remote remote) {
    return run(PLANNER, es, existing, remote, Fixtures.NOW);
  }

  static SyncPlan run(
      SyncPlanner planner, ExternalSecret es, SecretSnapshot existing, Remote remote, Instant now) {
    Decision d = planner.decide(es, existing, now);
    if (d instanceof Decision.Rejected r) {
      return r.plan();
    }
    assertThat(d).as("decision").isInstanceOf(Decision.Fetch.class);
    FetchPlan plan = ((Decision.Fetch) d).plan();
    return planner.plan(es, plan, remote.execute(plan), existing, now);
  }

  /**
   * The Secret as it would look after applying a Create/Update {@code plan} (managed keys as
   * recorded).
   */
  static SecretSnapshot applied(SyncPlan plan) {
    DesiredSecret d =
        switch (plan.write()) {
          case SecretWrite.Create c -> c.secret();
          case SecretWrite.Update u -> u.secret();
          default -> throw new AssertionError("no create or update in " + plan.write());
        };
    return new SecretSnapshot(
        d.name(),
        "uid-secret",
        d.type(),
        d.data(),
        d.labels(),
        d.annotations(),
        d.ownerReferences(),
        d.finalizers(),
        d.immutable(),
        // Whoever creates a Secret owns every field it set.
        new ManagedKeys(d.data().keySet(), d.labels().keySet(), d.annotations().keySet()));
  }
}
