package io.jeso.operator.externalsecret;

import io.jeso.api.externalsecret.SecretStoreRef;
import io.jeso.api.externalsecret.StoreKind;
import io.jeso.api.v1.ExternalSecret;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Index keys that map watched objects back to the ExternalSecrets that use them: the target
 * Secret's {@code namespace/name}, and every store an ExternalSecret references ({@code
 * kind/namespace/name}), so that a store turning Ready wakes exactly its ExternalSecrets.
 */
final class StoreIndex {
  static final String TARGET = "jeso-target";
  static final String STORE = "jeso-store";

  private StoreIndex() {}

  static String targetKey(String namespace, String secretName) {
    return namespace + "/" + secretName;
  }

  static String targetKey(ExternalSecret es) {
    var target = es.getSpec() == null ? null : es.getSpec().getTarget();
    String name =
        target == null || target.getName() == null || target.getName().isEmpty()
            ? es.getMetadata().getName()
            : target.getName();
    return targetKey(es.getMetadata().getNamespace(), name);
  }

  static String storeKey(boolean cluster, String namespace, String name) {
    return (cluster ? "ClusterSecretStore//" : "SecretStore/" + namespace + "/") + name;
  }

  static List<String> storeKeys(ExternalSecret es) {
    Set<String> keys = new LinkedHashSet<>();
    var spec = es.getSpec();
    if (spec == null) {
      return List.of();
    }
    String ns = es.getMetadata().getNamespace();
    add(keys, spec.getSecretStoreRef(), ns);
    if (spec.getData() != null) {
      spec.getData()
          .forEach(
              d -> add(keys, d.getSourceRef() == null ? null : d.getSourceRef().getStoreRef(), ns));
    }
    if (spec.getDataFrom() != null) {
      spec.getDataFrom()
          .forEach(
              d -> add(keys, d.getSourceRef() == null ? null : d.getSourceRef().getStoreRef(), ns));
    }
    return new ArrayList<>(keys);
  }

  private static void add(Set<String> keys, SecretStoreRef ref, String namespace) {
    if (ref != null && ref.getName() != null) {
      keys.add(
          storeKey(
              ref.effectiveKind() == StoreKind.CLUSTER_SECRET_STORE, namespace, ref.getName()));
    }
  }
}
