package io.jeso.api.store.azure;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which Azure cloud the vault lives in. */
public enum AzureEnvironmentType {
  @JsonProperty("PublicCloud")
  PUBLIC_CLOUD("PublicCloud"),
  @JsonProperty("USGovernmentCloud")
  US_GOVERNMENT_CLOUD("USGovernmentCloud"),
  @JsonProperty("ChinaCloud")
  CHINA_CLOUD("ChinaCloud"),
  @JsonProperty("GermanCloud")
  GERMAN_CLOUD("GermanCloud"),
  @JsonProperty("AzureStackCloud")
  AZURE_STACK_CLOUD("AzureStackCloud");

  private final String value;

  AzureEnvironmentType(String value) {
    this.value = value;
  }

  /** The exact string ESO uses for this value, as it appears in manifests. */
  public String value() {
    return value;
  }
}
