package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether the provider returns a secret's metadata (tags, labels) instead of its value. Unset
 * behaves like None; no schema default (GitOps).
 */
public enum MetadataPolicy {
  @JsonProperty("None")
  NONE("None"),
  @JsonProperty("Fetch")
  FETCH("Fetch");

  private final String value;

  MetadataPolicy(String value) {
    this.value = value;
  }

  /** The exact string ESO uses for this value, as it appears in manifests. */
  public String value() {
    return value;
  }
}
