package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a rewrite merge does when a key named in priority is missing. */
public enum MergePriorityPolicy {
  @JsonProperty("IgnoreNotFound")
  IGNORE_NOT_FOUND("IgnoreNotFound"),
  @JsonProperty("Strict")
  STRICT("Strict");

  private final String value;

  MergePriorityPolicy(String value) {
    this.value = value;
  }

  /** The exact string ESO uses for this value, as it appears in manifests. */
  public String value() {
    return value;
  }
}
