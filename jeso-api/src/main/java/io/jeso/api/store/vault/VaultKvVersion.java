package io.jeso.api.store.vault;

import com.fasterxml.jackson.annotation.JsonProperty;

/** KV secrets engine version. */
public enum VaultKvVersion {
  @JsonProperty("v1")
  V1("v1"),
  @JsonProperty("v2")
  V2("v2");

  private final String value;

  VaultKvVersion(String value) {
    this.value = value;
  }

  /** The exact string ESO uses for this value, as it appears in manifests. */
  public String value() {
    return value;
  }
}
