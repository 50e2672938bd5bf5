package io.jeso.core.sync;

import static io.jeso.core.sync.Fixtures.NOW;
import static io.jeso.core.sync.Fixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import io.jeso.api.Annotations;
import io.jeso.api.Labels;
import io.jeso.api.externalsecret.CreationPolicy;
import io.jeso.api.externalsecret.DeletionPolicy;
import io.jeso.api.externalsecret.RefreshPolicy;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.core.refresh.RefreshPhase;
import io.jeso.core.sync.Fixtures.Owner;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Step one of a reconcile: skip (and when to come back), or fetch, including self-healing of the
 * target.
 */
class DecideTest {

  @ParameterizedTest(name = "[{index}] {0}, interval {1}, synced {2}s ago, {3}, target {4} -> {5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # policy    | interval | synced ago (s, - = never) | ES change      | target Secret | decision
          Periodic    | 1h       | -                         | none           | missing       | FETCH
          Periodic    | 1h       | 600                       | none           | valid         | SKIP phase
          Periodic    | 1h       | 3700                      | none           | valid         | FETCH
          Periodic    | 1h       | 600                       | annotation     | valid         | FETCH
          Periodic    | 1h       | 600                       | generation     | valid         | FETCH
          Periodic    | 1h       | 600                       | none           | missing       | FETCH
          Periodic    | 1h       | 600                       | none           | edited        | FETCH
          Periodic    | 1h       | 600                       | none           | unlabelled    | FETCH
          Periodic    | 1h       | -600                      | none           | valid         | FETCH
          Periodic    | 0s       | 600                       | none           | valid         | SKIP never
          Periodic    | 0s       | 600                       | annotation     | valid         | SKIP never
          Periodic    | 0s       | 600                       | none           | missing       | FETCH
          OnChange    | 1h       | 3700                      | none           | valid         | SKIP 0
          OnChange    | 1h       | 600                       | label          | valid         | FETCH
          OnChange    | 1h       | 600                       | none           | edited        | FETCH
          CreatedOnce | 1h       | 3700                      | annotation     | valid         | SKIP 0
          CreatedOnce | 1h       | -                         | none           | missing       | FETCH
          CreatedOnce | 1h       | 600                       | none           | missing       | FETCH
          """)
  void decide(
      String policy,
      String interval,
      String syncedAgo,
      String change,
      String target,
      String decision) {
    ExternalSecret es = Fixtures.es();
    es.getSpec()
        .setRefreshPolicy(
            java.util.Arrays.stream(RefreshPolicy.values())
                .filter(p -> p.value().equals(policy))
                .findFirst()
                .orElseThrow());
    es.getSpec().setRefreshInterval(interval);
    if (!syncedAgo.equals("-")) {
      Fixtures.synced(es, NOW.minusSeconds(Long.parseLong(syncedAgo)));
    }
    change(es, change);

    Decision d = Sync.PLANNER.decide(es, target(target), NOW);

    if (decision.equals("FETCH")) {
      assertThat(d).isInstanceOf(Decision.Fetch.class);
    } else {
      assertThat(d).isInstanceOf(Decision.UpToDate.class);
      Requeue expected =
          switch (decision.substring(5)) {
            case "never" -> new Requeue.Never();
            case "phase" ->
                new Requeue.After(
                    Duration.between(
                        NOW,
                        RefreshPhase.nextDue(
                            NOW.minusSeconds(Long.parseLong(syncedAgo)),
                            Duration.parse("PT" + interval.toUpperCase()),
                            new SpecView(es).refreshPhaseSeed())));
            default -> new Requeue.After(Duration.ofSeconds(Long.parseLong(decision.substring(5))));
          };
      assertThat(((Decision.UpToDate) d).requeue()).isEqualTo(expected);
    }
  }

  @Test
  void orphanTargetsAreAlwaysConsideredValid() {
    ExternalSecret es =
        Fixtures.synced(
            Fixtures.es(CreationPolicy.ORPHAN, DeletionPolicy.RETAIN), NOW.minusSeconds(10));
    assertThat(Sync.PLANNER.decide(es, null, NOW)).isInstanceOf(Decision.UpToDate.class);
    assertThat(SyncPlanner.isSecretValid(CreationPolicy.ORPHAN, null)).isTrue();
    assertThat(SyncPlanner.isSecretValid(CreationPolicy.OWNER, null)).isFalse();
  }

  private static void change(ExternalSecret es, String change) {
    switch (change) {
      case "annotation" ->
          es.getMetadata().setAnnotations(Map.of(Annotations.FORCE_SYNC, "1700000000"));
      case "label" -> es.getMetadata().setLabels(Map.of("team", "a"));
      case "generation" -> es.getMetadata().setGeneration(2L);
      default -> {}
    }
  }

  private static SecretSnapshot target(String state) {
    SecretSnapshot valid = Fixtures.managedSecret(Owner.SELF, bytes("k", "v1"), Map.of());
    return switch (state) {
      case "missing" -> null;
      case "valid" -> valid;
      case "edited" ->
          new SecretSnapshot(
              valid.name(),
              valid.uid(),
              valid.type(),
              bytes("k", "tampered"),
              valid.labels(),
              valid.annotations(),
              valid.ownerReferences(),
              valid.finalizers(),
              false,
              valid.managed());
      case "unlabelled" -> {
        Map<String, String> labels = new HashMap<>(valid.labels());
        labels.remove(Labels.MANAGED);
        yield new SecretSnapshot(
            valid.name(),
            valid.uid(),
            valid.type(),
            valid.data(),
            labels,
            valid.annotations(),
            valid.ownerReferences(),
            valid.finalizers(),
            false,
            valid.managed());
      }
      default -> throw new IllegalArgumentException(state);
    };
  }

  @Test
  void externalSecretsReadingTheSameKeyShareAPhaseAndRefreshWhenItComes() {
    ExternalSecret a = Fixtures.es();
    ExternalSecret b = Fixtures.es();
    b.getMetadata().setName("other");
    b.getSpec().getData().get(0).setSecretKey("renamed");
    ExternalSecret c = Fixtures.es();
    c.getSpec().getData().get(0).getRemoteRef().setKey("another/key");
    long seed = new SpecView(a).refreshPhaseSeed();
    assertThat(new SpecView(b).refreshPhaseSeed()).isEqualTo(seed);
    assertThat(new SpecView(c).refreshPhaseSeed()).isNotEqualTo(seed);

    Instant syncedAt = NOW.minusSeconds(600);
    Fixtures.synced(a, syncedAt);
    Instant due = RefreshPhase.nextDue(syncedAt, Duration.ofHours(1), seed);
    assertThat(Sync.PLANNER.decide(a, target("valid"), due.minusSeconds(1)))
        .isInstanceOf(Decision.UpToDate.class);
    assertThat(Sync.PLANNER.decide(a, target("valid"), due)).isInstanceOf(Decision.Fetch.class);
  }
}
