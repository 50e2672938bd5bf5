package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What to do with values that contain a NUL byte. Unset behaves like Ignore; no schema default
 * (GitOps).
 */
public enum NullBytePolicy {
  @JsonProperty("Ignore")
  IGNORE("Ignore"),
  @JsonProperty("Fail")
  FAIL("Fail");

  private final String value;

  NullBytePolicy(String value) {
    this.value = value;
  }

  /** The exact string ESO uses for this value, as it appears in manifests. */
  public String value() {
    return value;
  }
}
