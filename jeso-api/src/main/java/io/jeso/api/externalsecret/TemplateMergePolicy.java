package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether the template replaces the fetched data or is merged over it. */
public enum TemplateMergePolicy {
  @JsonProperty("Replace")
  REPLACE("Replace"),
  @JsonProperty("Merge")
  MERGE("Merge");

  private final String value;

  TemplateMergePolicy(String value) {
    this.value = value;
  }

  /** The exact string ESO uses for this value, as it appears in manifests. */
  public String value() {
    return value;
  }
}
