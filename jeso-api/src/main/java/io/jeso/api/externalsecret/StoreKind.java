package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kind a store reference points at. */
public enum StoreKind {
  @JsonProperty("SecretStore")
  SECRET_STORE("SecretStore"),
  @JsonProperty("ClusterSecretStore")
  CLUSTER_SECRET_STORE("ClusterSecretStore");

  private final String value;

  StoreKind(String value) {
    this.value = value;
  }

  /** The exact string ESO uses for this value, as it appears in manifests. */
  public String value() {
    return value;
  }
}
