package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Template engine version; only v2 exists in the v1 API. */
public enum TemplateEngineVersion {
  @JsonProperty("v2")
  V2("v2");

  private final String value;

  TemplateEngineVersion(String value) {
    this.value = value;
  }

  /** The exact string ESO uses for this value, as it appears in manifests. */
  public String value() {
    return value;
  }
}
