package io.jeso.core.sync;

import static io.jeso.core.sync.Fixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import io.jeso.api.externalsecret.CreationPolicy;
import io.jeso.api.externalsecret.DeletionPolicy;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.core.sync.Fixtures.Owner;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The heart of the sync semantics: every creationPolicy × deletionPolicy × state of the target
 * Secret × what the provider answers, and what jeso decides (write, Ready condition, events). One
 * row per behaviour of reference/eso-behaviour.md §2.2/§2.4.
 *
 * <p>Columns: the target Secret is NONE (absent), IN_SYNC (exactly what jeso would write), STALE
 * (written by jeso, older value) or FOREIGN (someone else's, key f); its controller is NONE, SELF
 * (this ExternalSecret), OTHER_ES or DEPLOYMENT. The provider answers v1, MISSING (not found) or
 * NOMATCH (a find that matches nothing: empty data without an error).
 */
class PolicyTableTest {

  @ParameterizedTest(
      name = "[{index}] {0}/{1}, secret {2} owned by {3}, provider {4} -> {5} {6} {7}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # creation    | deletion | secret  | owner      | remote  | write  | ready | reason            | message                                                  | events
          Owner         | Retain   | NONE    | NONE       | v1      | CREATE | True  | SecretSynced      | secret synced                                            | Created
          Owner         | Retain   | IN_SYNC | SELF       | v1      | NONE   | True  | SecretSynced      | secret synced                                            | -
          Owner         | Retain   | STALE   | SELF       | v1      | UPDATE | True  | SecretSynced      | secret synced                                            | Updated
          Owner         | Retain   | FOREIGN | NONE       | v1      | UPDATE | True  | SecretSynced      | secret synced                                            | Updated
          Owner         | Retain   | STALE   | OTHER_ES   | v1      | NONE   | False | SecretSyncedError | target is owned by another ExternalSecret                | UpdateFailed
          Owner         | Retain   | FOREIGN | DEPLOYMENT | v1      | NONE   | False | SecretSyncedError | failed to take ownership of target secret                | UpdateFailed
          Orphan        | Retain   | NONE    | NONE       | v1      | CREATE | True  | SecretSynced      | secret synced                                            | Created
          Orphan        | Retain   | STALE   | SELF       | v1      | UPDATE | True  | SecretSynced      | secret synced                                            | Updated
          Orphan        | Retain   | FOREIGN | DEPLOYMENT | v1      | UPDATE | True  | SecretSynced      | secret synced                                            | Updated
          Orphan        | Retain   | STALE   | OTHER_ES   | v1      | NONE   | False | SecretSyncedError | target is owned by another ExternalSecret                | UpdateFailed
          Merge         | Retain   | NONE    | NONE       | v1      | NONE   | True  | SecretMissing     | secret will not be created due to CreationPolicy=Merge   | -
          Merge         | Retain   | FOREIGN | NONE       | v1      | UPDATE | True  | SecretSynced      | secret synced                                            | Updated
          Merge         | Retain   | FOREIGN | DEPLOYMENT | v1      | UPDATE | True  | SecretSynced      | secret synced                                            | Updated
          Merge         | Retain   | STALE   | OTHER_ES   | v1      | NONE   | False | SecretSyncedError | target is owned by another ExternalSecret                | UpdateFailed
          None          | Retain   | NONE    | NONE       | v1      | NONE   | True  | SecretSynced      | secret synced                                            | -
          None          | Retain   | FOREIGN | NONE       | v1      | NONE   | True  | SecretSynced      | secret synced                                            | -
          CreateOrMerge | Retain   | NONE    | NONE       | v1      | CREATE | True  | SecretSynced      | secret synced                                            | Created
          CreateOrMerge | Retain   | FOREIGN | NONE       | v1      | UPDATE | True  | SecretSynced      | secret synced                                            | Updated
          Owner         | Retain   | STALE   | SELF       | MISSING | NONE   | False | SecretSyncedError | could not get secret data from provider                  | UpdateFailed
          Merge         | Retain   | FOREIGN | NONE       | MISSING | NONE   | False | SecretSyncedError | could not get secret data from provider                  | UpdateFailed
          Owner         | Delete   | STALE   | SELF       | MISSING | DELETE | True  | SecretDeleted     | secret deleted due to DeletionPolicy=Delete              | MissingProviderSecret,Deleted
          Owner         | Delete   | NONE    | NONE       | MISSING | NONE   | True  | SecretDeleted     | secret deleted due to DeletionPolicy=Delete              | MissingProviderSecret
          Owner         | Delete   | FOREIGN | NONE       | MISSING | NONE   | False | SecretSyncedError | could not delete secret                                  | MissingProviderSecret,UpdateFailed
          Owner         | Delete   | STALE   | OTHER_ES   | MISSING | NONE   | False | SecretSyncedError | could not delete secret                                  | MissingProviderSecret,UpdateFailed
          Orphan        | Delete   | STALE   | NONE       | MISSING | NONE   | False | SecretSyncedError | could not delete secret                                  | MissingProviderSecret,UpdateFailed
          Owner         | Merge    | STALE   | SELF       | MISSING | UPDATE | True  | SecretSynced      | secret synced                                            | MissingProviderSecret,Updated
          Merge         | Merge    | STALE   | NONE       | MISSING | UPDATE | True  | SecretSynced      | secret synced                                            | MissingProviderSecret,Updated
          Merge         | Merge    | NONE    | NONE       | MISSING | NONE   | True  | SecretMissing     | secret will not be created due to CreationPolicy=Merge   | MissingProviderSecret
          Owner         | Retain   | STALE   | SELF       | NOMATCH | NONE   | True  | SecretSynced      | secret retained due to DeletionPolicy=Retain             | -
          Merge         | Retain   | FOREIGN | NONE       | NOMATCH | NONE   | True  | SecretSynced      | secret retained due to DeletionPolicy=Retain             | -
          Owner         | Delete   | STALE   | SELF       | NOMATCH | DELETE | True  | SecretDeleted     | secret deleted due to DeletionPolicy=Delete              | Deleted
          Owner         | Merge    | STALE   | SELF       | NOMATCH | UPDATE | True  | SecretSynced      | secret synced                                            | Updated
          """)
  void policyTable(
      String creation,
      String deletion,
      String secret,
      Owner owner,
      String remote,
      String write,
      String ready,
      String reason,
      String message,
      String events) {
    ExternalSecret es = es(creation, deletion, remote);
    SyncPlan plan = Sync.run(es, existing(es, secret, owner), remoteFor(remote));

    assertThat(kind(plan.write())).as("write").isEqualTo(write);
    assertThat(plan.ready().getStatus()).as("Ready").isEqualTo(ready);
    assertThat(plan.ready().getReason()).as("reason").isEqualTo(reason);
    assertThat(plan.ready().getMessage()).as("message").isEqualTo(message);
    assertThat(plan.events()).extracting(PlannedEvent::reason).as("events").isEqualTo(list(events));
  }

  private static ExternalSecret es(String creation, String deletion, String remote) {
    ExternalSecret es =
        Fixtures.es(creationPolicy(creation), DeletionPolicy.valueOf(deletion.toUpperCase()));
    if (remote.equals("NOMATCH")) {
      es.getSpec().setData(null);
      es.getSpec().setDataFrom(List.of(Fixtures.find("^nothing-matches$")));
    }
    return es;
  }

  private static CreationPolicy creationPolicy(String value) {
    return Arrays.stream(CreationPolicy.values())
        .filter(p -> p.value().equals(value))
        .findFirst()
        .orElseThrow();
  }

  private static SecretSnapshot existing(ExternalSecret es, String secret, Owner owner) {
    return switch (secret) {
      case "NONE" -> null;
      case "IN_SYNC" -> Sync.applied(Sync.run(es, null, Remote.of("remote/k", "v1")));
      case "STALE" -> Fixtures.managedSecret(owner, bytes("k", "v0"), bytes("f", "foreign"));
      case "FOREIGN" -> Fixtures.foreignSecret(owner, bytes("f", "foreign"));
      default -> throw new IllegalArgumentException(secret);
    };
  }

  private static Remote remoteFor(String remote) {
    return switch (remote) {
      case "v1" -> Remote.of("remote/k", "v1");
      case "MISSING", "NOMATCH" -> Remote.of("unrelated", "x");
      default -> throw new IllegalArgumentException(remote);
    };
  }

  static String kind(SecretWrite write) {
    return switch (write) {
      case SecretWrite.None n -> "NONE";
      case SecretWrite.Create c -> "CREATE";
      case SecretWrite.Update u -> "UPDATE";
      case SecretWrite.Delete d -> "DELETE";
    };
  }

  private static List<String> list(String events) {
    return events.equals("-") ? List.of() : List.of(events.split(","));
  }

  static Map<String, String> data(SyncPlan plan) {
    return Fixtures.text(Sync.applied(plan).data());
  }
}
