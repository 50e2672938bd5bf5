package io.jeso.api.generator;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which part of Vault's response a VaultDynamicSecret returns. */
public enum VaultDynamicSecretResultType {
  @JsonProperty("Data")
  DATA("Data"),
  @JsonProperty("Auth")
  AUTH("Auth"),
  @JsonProperty("Raw")
  RAW("Raw");

  private final String value;

  VaultDynamicSecretResultType(String value) {
    this.value = value;
  }

  /** The exact string ESO uses for this value, as it appears in manifests. */
  public String value() {
    return value;
  }
}
