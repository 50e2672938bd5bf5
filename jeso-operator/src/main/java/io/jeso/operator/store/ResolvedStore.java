package io.jeso.operator.store;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jeso.api.Conditions;
import io.jeso.api.common.Condition;
import io.jeso.api.store.SecretStoreSpec;
import io.jeso.api.store.SecretStoreStatus;
import io.jeso.api.v1.ClusterSecretStore;
import io.jeso.api.v1.SecretStore;
import io.jeso.core.store.StoreRef;
import java.util.List;

/**
 * A SecretStore or ClusterSecretStore seen the same way: the one shape the store routine, the
 * client cache and the ExternalSecret sync work with.
 *
 * @param generation bumps when the spec changes; cached clients of an older generation are replaced
 */
public record ResolvedStore(
    StoreRef ref, String uid, long generation, SecretStoreSpec spec, SecretStoreStatus status) {

  public static ResolvedStore of(SecretStore store) {
    return of(
        StoreRef.secretStore(store.getMetadata().getNamespace(), store.getMetadata().getName()),
        store,
        store.getSpec(),
        store.getStatus());
  }

  public static ResolvedStore of(ClusterSecretStore store) {
    return of(
        StoreRef.clusterSecretStore(store.getMetadata().getName()),
        store,
        store.getSpec(),
        store.getStatus());
  }

  private static ResolvedStore of(
      StoreRef ref, HasMetadata object, SecretStoreSpec spec, SecretStoreStatus status) {
    Long generation = object.getMetadata().getGeneration();
    return new ResolvedStore(
        ref, object.getMetadata().getUid(), generation == null ? 0 : generation, spec, status);
  }

  /**
   * The status of the Ready condition ("True", "False", "Unknown"), or null before the first
   * validation.
   */
  public String readyStatus() {
    List<Condition> conditions = status == null ? null : status.getConditions();
    if (conditions == null) {
      return null;
    }
    return conditions.stream()
        .filter(c -> Conditions.READY.equals(c.getType()))
        .map(Condition::getStatus)
        .findFirst()
        .orElse(null);
  }
}
