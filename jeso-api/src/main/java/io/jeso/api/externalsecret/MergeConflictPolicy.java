package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a rewrite merge does when two sources define the same key. */
public enum MergeConflictPolicy {
  @JsonProperty("Ignore")
  IGNORE("Ignore"),
  @JsonProperty("Error")
  ERROR("Error");

  private final String value;

  MergeConflictPolicy(String value) {
    this.value = value;
  }

  /** The exact string ESO uses for this value, as it appears in manifests. */
  public String value() {
    return value;
  }
}
