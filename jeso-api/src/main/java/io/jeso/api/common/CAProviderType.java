package io.jeso.api.common;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a CAProvider reads its certificate from. */
public enum CAProviderType {
  @JsonProperty("Secret")
  SECRET("Secret"),
  @JsonProperty("ConfigMap")
  CONFIG_MAP("ConfigMap");

  private final String value;

  CAProviderType(String value) {
    this.value = value;
  }

  /** The exact string ESO uses for this value, as it appears in manifests. */
  public String value() {
    return value;
  }
}
