package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What happens to the target when the provider no longer has the data. */
public enum DeletionPolicy {
  /** Delete the Secret (only allowed with creationPolicy Owner). */
  @JsonProperty("Delete")
  DELETE("Delete"),
  /** Remove this ExternalSecret's keys, keep the Secret. */
  @JsonProperty("Merge")
  MERGE("Merge"),
  /** Keep the Secret as it is and report the missing data as an error. */
  @JsonProperty("Retain")
  RETAIN("Retain");

  private final String value;

  DeletionPolicy(String value) {
    this.value = value;
  }

  /** The exact string ESO uses for this value, as it appears in manifests. */
  public String value() {
    return value;
  }
}
