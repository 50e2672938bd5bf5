package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a rewrite merge combines the fetched values. */
public enum MergeStrategy {
  @JsonProperty("Extract")
  EXTRACT("Extract"),
  @JsonProperty("JSON")
  JSON("JSON");

  private final String value;

  MergeStrategy(String value) {
    this.value = value;
  }

  /** The exact string ESO uses for this value, as it appears in manifests. */
  public String value() {
    return value;
  }
}
