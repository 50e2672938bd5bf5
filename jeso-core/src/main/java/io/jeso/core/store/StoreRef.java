package io.jeso.core.store;

import java.util.Objects;

/**
 * Identifies one store object.
 *
 * @param kind SecretStore or ClusterSecretStore
 * @param name the store's name
 * @param namespace the SecretStore's namespace; null for a ClusterSecretStore
 */
public record StoreRef(StoreKind kind, String name, String namespace) {
  public StoreRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    if (kind.clusterScoped()) {
      namespace = null;
    } else {
      Objects.requireNonNull(namespace, "a SecretStore has a namespace");
    }
  }

  public static StoreRef secretStore(String namespace, String name) {
    return new StoreRef(StoreKind.SECRET_STORE, name, namespace);
  }

  public static StoreRef clusterSecretStore(String name) {
    return new StoreRef(StoreKind.CLUSTER_SECRET_STORE, name, null);
  }

  @Override
  public String toString() {
    return kind.kind() + " " + (namespace == null ? name : namespace + "/" + name);
  }
}
