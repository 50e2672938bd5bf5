package io.jeso.core.sync;

import static io.jeso.core.sync.Fixtures.NOW;
import static io.jeso.core.sync.Fixtures.bytes;
import static io.jeso.core.sync.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.jeso.api.Annotations;
import io.jeso.api.Labels;
import io.jeso.api.externalsecret.CreationPolicy;
import io.jeso.api.externalsecret.DeletionPolicy;
import io.jeso.api.externalsecret.ExternalSecretTemplate;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.core.hash.Hashes;
import io.jeso.core.sync.Fixtures.Owner;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The details behind the policy table: what exactly the desired Secret and the status contain. */
class SyncPlannerTest {
  private static final Remote REMOTE = Remote.of("remote/k", "v1");

  @Test
  void ownerCreatesAFullyOwnedSecret() {
    ExternalSecret es = Fixtures.es();
    es.getMetadata().setLabels(Map.of("app", "web"));
    es.getMetadata().setAnnotations(Map.of("note", "hello"));

    SyncPlan plan = Sync.run(es, null, REMOTE);
    DesiredSecret s = ((SecretWrite.Create) plan.write()).secret();

    assertThat(s.namespace()).isEqualTo("team-a");
    assertThat(s.name()).isEqualTo("db");
    assertThat(s.type()).isEqualTo("Opaque");
    assertThat(text(s.data())).containsExactly(Map.entry("k", "v1"));
    assertThat(s.labels())
        .containsEntry("app", "web")
        .containsEntry(Labels.MANAGED, "true")
        .containsEntry(Labels.CREATED_BY, Hashes.createdBy("team-a", "db"));
    assertThat(s.annotations())
        .containsEntry("note", "hello")
        .containsEntry(Annotations.DATA_HASH, Hashes.dataHash(bytes("k", "v1")));
    assertThat(s.ownerReferences())
        .containsExactly(
            new OwnerRef("external-secrets.io/v1", "ExternalSecret", "db", "uid-db", true, true));
    assertThat(s.immutable()).isFalse();
    assertThat(s.fieldManager()).isEqualTo("externalsecrets.external-secrets.io/db");
    assertThat(plan.orphanCleanup())
        .contains(
            new OrphanCleanup(Labels.CREATED_BY, Hashes.createdBy("team-a", "db"), "db", false));
    assertThat(plan.status().getBinding().getName()).isEqualTo("db");
    assertThat(plan.events()).containsExactly(PlannedEvent.normal("Created", "secret created"));
  }

  @Test
  void targetNameDefaultsToTheExternalSecretAndCanBeSet() {
    ExternalSecret es = Fixtures.es();
    es.getSpec().getTarget().setName("db-credentials");
    DesiredSecret s = ((SecretWrite.Create) Sync.run(es, null, REMOTE).write()).secret();
    assertThat(s.name()).isEqualTo("db-credentials");
  }

  @Test
  void orphansAreListedFromTheServerOnlyWhenTheTargetWasRenamed() {
    ExternalSecret es = Fixtures.es();
    es.setStatus(new io.jeso.api.externalsecret.ExternalSecretStatus());
    es.getStatus().setBinding(new io.fabric8.kubernetes.api.model.LocalObjectReference("db"));
    assertThat(Sync.run(es, null, REMOTE).orphanCleanup().orElseThrow().askServer()).isFalse();

    es.getStatus().setBinding(new io.fabric8.kubernetes.api.model.LocalObjectReference("old-db"));
    assertThat(Sync.run(es, null, REMOTE).orphanCleanup().orElseThrow().askServer()).isTrue();
  }

  @Test
  void orphanDropsOurControllerReferenceAndCreatedByLabel() {
    ExternalSecret es = Fixtures.es(CreationPolicy.ORPHAN, DeletionPolicy.RETAIN);
    SecretSnapshot existing = Fixtures.managedSecret(Owner.SELF, bytes("k", "v0"), Map.of());

    DesiredSecret s = ((SecretWrite.Update) Sync.run(es, existing, REMOTE).write()).secret();

    assertThat(s.ownerReferences()).isEmpty();
    assertThat(s.labels())
        .doesNotContainKey(Labels.CREATED_BY)
        .containsEntry(Labels.MANAGED, "true");
    assertThat(Sync.run(es, null, REMOTE).orphanCleanup()).isEmpty();
  }

  @Test
  void ownerAndOrphanClearForeignKeysMergeAndCreateOrMergeKeepThem() {
    SecretSnapshot foreign = Fixtures.foreignSecret(Owner.NONE, bytes("f", "foreign"));
    Map<CreationPolicy, Map<String, String>> expected =
        Map.of(
            CreationPolicy.OWNER, Map.of("k", "v1"),
            CreationPolicy.ORPHAN, Map.of("k", "v1"),
            CreationPolicy.MERGE, Map.of("k", "v1", "f", "foreign"),
            CreationPolicy.CREATE_OR_MERGE, Map.of("k", "v1", "f", "foreign"));
    expected.forEach(
        (policy, data) -> {
          SyncPlan plan = Sync.run(Fixtures.es(policy, DeletionPolicy.RETAIN), foreign, REMOTE);
          assertThat(PolicyTableTest.data(plan)).as(policy.value()).isEqualTo(data);
          assertThat(Sync.applied(plan).labels()).as(policy.value()).containsEntry("team", "x");
        });
  }

  @Test
  void deletionPolicyMergeRemovesOnlyOurKeys() {
    ExternalSecret es = Fixtures.es(CreationPolicy.MERGE, DeletionPolicy.MERGE);
    SecretSnapshot existing =
        Fixtures.managedSecret(Owner.NONE, bytes("k", "v0"), bytes("f", "foreign"));

    SyncPlan plan = Sync.run(es, existing, Remote.of());

    assertThat(PolicyTableTest.data(plan)).isEqualTo(Map.of("f", "foreign"));
    assertThat(plan.events().get(0))
        .isEqualTo(
            PlannedEvent.normal(
                "MissingProviderSecret",
                "secret does not exist at provider using spec.data[0] (key=remote/k)"));
  }

  @Test
  void removedKeysLabelsAndAnnotationsDisappearForeignOnesStay() {
    ExternalSecret es = Fixtures.es(CreationPolicy.MERGE, DeletionPolicy.RETAIN);
    es.getMetadata().setLabels(Map.of("keep", "1"));
    Map<String, String> labels =
        new HashMap<>(Map.of(Labels.MANAGED, "true", "old", "1", "keep", "0", "theirs", "x"));
    SecretSnapshot existing =
        new SecretSnapshot(
            "db",
            "uid-secret",
            "Opaque",
            bytes("gone", "1", "k", "v0", "theirs", "2"),
            labels,
            Map.of("old-note", "x", "their-note", "y"),
            List.of(),
            List.of(),
            false,
            new ManagedKeys(
                java.util.Set.of("gone", "k"),
                java.util.Set.of("old", "keep"),
                java.util.Set.of("old-note")));

    SecretSnapshot after = Sync.applied(Sync.run(es, existing, REMOTE));

    assertThat(text(after.data())).isEqualTo(Map.of("k", "v1", "theirs", "2"));
    assertThat(after.labels())
        .containsEntry("keep", "1")
        .containsEntry("theirs", "x")
        .doesNotContainKey("old");
    assertThat(after.annotations()).containsKey("their-note").doesNotContainKey("old-note");
  }

  @Test
  void immutableTargetsAreCreatedImmutableAndNeverRewritten() {
    ExternalSecret es = Fixtures.es();
    es.getSpec().getTarget().setImmutable(true);
    SyncPlan created = Sync.run(es, null, REMOTE);
    assertThat(((SecretWrite.Create) created.write()).secret().immutable()).isTrue();

    // The remote value changed, but an immutable target keeps its data: nothing to write.
    SecretSnapshot existing = Sync.applied(created);
    SyncPlan again = Sync.run(es, existing, Remote.of("remote/k", "v2"));
    assertThat(again.write()).isInstanceOf(SecretWrite.None.class);
    assertThat(again.ready().getReason()).isEqualTo("SecretSynced");
  }

  @Test
  void anImmutableSecretWhoseDataWouldChangeFailsAfterUpdatingMetadata() {
    ExternalSecret es = Fixtures.es();
    es.getMetadata().setLabels(Map.of("new", "label"));
    SecretSnapshot m = Fixtures.managedSecret(Owner.SELF, bytes("k", "v0"), Map.of());
    SecretSnapshot immutable =
        new SecretSnapshot(
            m.name(),
            m.uid(),
            m.type(),
            m.data(),
            m.labels(),
            m.annotations(),
            m.ownerReferences(),
            m.finalizers(),
            true,
            m.managed());

    SyncPlan plan = Sync.run(es, immutable, REMOTE);

    assertThat(plan.ready().getStatus()).isEqualTo("False");
    assertThat(plan.ready().getMessage()).isEqualTo("could not update secret, target is immutable");
    assertThat(plan.events())
        .extracting(PlannedEvent::message)
        .containsExactly("unable to update secret db: secret is immutable");
    DesiredSecret metadataOnly = ((SecretWrite.Update) plan.write()).secret();
    assertThat(text(metadataOnly.data())).containsExactly(Map.entry("k", "v0"));
    assertThat(metadataOnly.labels()).containsEntry("new", "label");
    assertThat(metadataOnly.annotations())
        .containsEntry(Annotations.DATA_HASH, Hashes.dataHash(bytes("k", "v0")));
    assertThat(plan.requeue()).isInstanceOf(Requeue.Never.class);
  }

  @Test
  void successRequeuesAtTheRefreshPhaseWithinTheIntervalAndIntervalZeroNever() {
    ExternalSecret es = Fixtures.es();
    Duration delay = ((Requeue.After) Sync.run(es, null, REMOTE).requeue()).delay();
    assertThat(delay)
        .isEqualTo(
            Duration.between(
                NOW,
                io.jeso.core.refresh.RefreshPhase.nextDue(
                    NOW, Duration.ofHours(1), new SpecView(es).refreshPhaseSeed())))
        .isPositive()
        .isLessThanOrEqualTo(Duration.ofHours(1));
    es.getSpec().setRefreshInterval("0s");
    assertThat(Sync.run(es, null, REMOTE).requeue()).isInstanceOf(Requeue.Never.class);
  }

  @Test
  void successStampsRefreshTimeAndSyncedResourceVersion() {
    ExternalSecret es = Fixtures.es();
    SyncPlan plan = Sync.run(es, null, REMOTE);
    assertThat(plan.status().getRefreshTime()).isEqualTo("2026-01-01T12:00:00Z");
    assertThat(plan.status().getSyncedResourceVersion())
        .isEqualTo(new SpecView(es).currentResourceVersion())
        .startsWith("1-");
    assertThat(plan.ready().getLastTransitionTime()).isEqualTo("2026-01-01T12:00:00Z");
    assertThat(plan.statusChanged()).isTrue();
  }

  @Test
  void providerFailuresKeepTheSecretAndRetryWithBackoff() {
    ExternalSecret es =
        Fixtures.synced(
            Fixtures.es(CreationPolicy.OWNER, DeletionPolicy.DELETE), NOW.minusSeconds(7200));
    SecretSnapshot existing = Fixtures.managedSecret(Owner.SELF, bytes("k", "v0"), Map.of());

    SyncPlan plan = Sync.run(es, existing, Remote.of("remote/k", Remote.FAIL));

    assertThat(plan.write()).isInstanceOf(SecretWrite.None.class);
    assertThat(plan.requeue()).isInstanceOf(Requeue.Backoff.class);
    assertThat(plan.events())
        .containsExactly(
            PlannedEvent.warning(
                "UpdateFailed",
                "error processing spec.data[0] (key: remote/k), err: connection refused"));
    assertThat(plan.status().getRefreshTime())
        .as("refreshTime only moves on success")
        .isEqualTo("2026-01-01T10:00:00Z");
  }

  @Test
  void lastTransitionTimeIsKeptWhileTheStatusStaysAndARepeatedFailureChangesNothing() {
    ExternalSecret es = Fixtures.synced(Fixtures.es(), NOW.minusSeconds(7200));
    SyncPlan ok = Sync.run(es, null, REMOTE);
    assertThat(ok.ready().getLastTransitionTime()).isEqualTo("2026-01-01T10:00:00Z");

    SyncPlan failed = Sync.run(es, null, Remote.of("remote/k", Remote.FAIL));
    assertThat(failed.ready().getLastTransitionTime()).isEqualTo("2026-01-01T12:00:00Z");
    es.setStatus(failed.status());
    SyncPlan failedAgain =
        Sync.run(Sync.PLANNER, es, null, Remote.of("remote/k", Remote.FAIL), NOW.plusSeconds(60));
    assertThat(failedAgain.statusChanged()).isFalse();
    assertThat(failedAgain.ready().getLastTransitionTime()).isEqualTo("2026-01-01T12:00:00Z");
  }

  @Test
  void templatesAreRefusedBeforeFetchingUntilTheEngineExists() {
    ExternalSecret es = Fixtures.es();
    es.getSpec()
        .getTarget()
        .setTemplate(new ExternalSecretTemplate().withType("kubernetes.io/tls"));

    Decision d = Sync.PLANNER.decide(es, null, NOW);

    assertThat(d).isInstanceOf(Decision.Rejected.class);
    SyncPlan plan = ((Decision.Rejected) d).plan();
    assertThat(plan.ready().getStatus()).isEqualTo("False");
    assertThat(plan.ready().getMessage()).isEqualTo(TemplateRenderer.UNSUPPORTED_MESSAGE);
    assertThat(plan.requeue()).isInstanceOf(Requeue.Never.class);
    assertThat(plan.write()).isInstanceOf(SecretWrite.None.class);
  }

  @Test
  void aTemplateEngineRendersOnTheBaseAndThePlannerAddsOwnership() {
    TemplateRenderer upperCase =
        request -> {
          Map<String, byte[]> data = new HashMap<>(request.base().data());
          request.fetched().forEach((k, v) -> data.put(k.toUpperCase(), v));
          return new TemplateRenderer.Rendered(
              data,
              request.template().getType(),
              request.base().labels(),
              request.base().annotations());
        };
    SyncPlanner planner = new SyncPlanner(upperCase, (t, k) -> k);
    ExternalSecret es = Fixtures.es();
    es.getMetadata().setLabels(Map.of("es-label", "not copied with a template"));
    es.getSpec()
        .getTarget()
        .setTemplate(
            new ExternalSecretTemplate()
                .withType("kubernetes.io/basic-auth")
                .withMetadata(
                    new io.jeso.api.externalsecret.TemplateMetadata()
                        .withLabels(Map.of("tpl", "yes"))));

    DesiredSecret s =
        ((SecretWrite.Create) Sync.run(planner, es, null, REMOTE, NOW).write()).secret();

    assertThat(s.type()).isEqualTo("kubernetes.io/basic-auth");
    assertThat(text(s.data())).containsExactly(Map.entry("K", "v1"));
    assertThat(s.labels())
        .containsEntry("tpl", "yes")
        .containsEntry(Labels.MANAGED, "true")
        .doesNotContainKey("es-label");
    assertThat(s.annotations())
        .containsEntry(Annotations.DATA_HASH, Hashes.dataHash(bytes("K", "v1")));
    assertThat(s.ownerReferences()).hasSize(1);
  }

  @Test
  void onDeletionDeletesOnlyWithDeleteAndOnlyWhatItControls() {
    ExternalSecret delete = Fixtures.es(CreationPolicy.OWNER, DeletionPolicy.DELETE);
    ExternalSecret retain = Fixtures.es();
    SecretSnapshot ours = Fixtures.managedSecret(Owner.SELF, bytes("k", "v"), Map.of());
    SecretSnapshot theirs = Fixtures.managedSecret(Owner.OTHER_ES, bytes("k", "v"), Map.of());

    assertThat(Sync.PLANNER.onDeletion(delete, ours))
        .isEqualTo(new SecretWrite.Delete("db", "uid-secret"));
    assertThat(Sync.PLANNER.onDeletion(delete, theirs)).isInstanceOf(SecretWrite.None.class);
    assertThat(Sync.PLANNER.onDeletion(delete, null)).isInstanceOf(SecretWrite.None.class);
    assertThat(Sync.PLANNER.onDeletion(retain, ours)).isInstanceOf(SecretWrite.None.class);
  }

  @Test
  void labelAndAnnotationChangesOnTheExternalSecretForceASyncAndPropagate() {
    ExternalSecret es = Fixtures.es();
    SecretSnapshot first = Sync.applied(Sync.run(es, null, REMOTE));
    Fixtures.synced(es, NOW.minusSeconds(60));
    assertThat(Sync.PLANNER.decide(es, first, NOW)).isInstanceOf(Decision.UpToDate.class);

    es.getMetadata().setAnnotations(Map.of(Annotations.FORCE_SYNC, "1700000000"));
    Decision d = Sync.PLANNER.decide(es, first, NOW);
    assertThat(d).isInstanceOf(Decision.Fetch.class);
    SyncPlan plan = Sync.run(es, first, REMOTE);
    assertThat(((SecretWrite.Update) plan.write()).secret().annotations())
        .containsEntry(Annotations.FORCE_SYNC, "1700000000");
    assertThat(plan.events()).extracting(PlannedEvent::reason).containsExactly("Updated");
  }
}
