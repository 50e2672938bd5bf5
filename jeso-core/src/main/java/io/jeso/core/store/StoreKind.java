package io.jeso.core.store;

/** The two kinds of store an ExternalSecret can reference, with their API kind names. */
public enum StoreKind {
  SECRET_STORE("SecretStore"),
  CLUSTER_SECRET_STORE("ClusterSecretStore");

  private final String kind;

  StoreKind(String kind) {
    this.kind = kind;
  }

  /** The Kubernetes kind name. */
  public String kind() {
    return kind;
  }

  public boolean clusterScoped() {
    return this == CLUSTER_SECRET_STORE;
  }

  /** Parses {@code secretStoreRef.kind}; unset means SecretStore (the CRD default). */
  public static StoreKind parse(String kind) {
    if (kind == null || kind.isEmpty() || kind.equals("SecretStore")) {
      return SECRET_STORE;
    }
    if (kind.equals("ClusterSecretStore")) {
      return CLUSTER_SECRET_STORE;
    }
    throw new IllegalArgumentException(
        "unsupported secret store kind: " + kind + " (must be SecretStore or ClusterSecretStore)");
  }
}
