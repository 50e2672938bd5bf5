package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How fetched values are decoded before they are stored. Unset behaves like None; no schema default
 * (GitOps).
 */
public enum DecodingStrategy {
  /** Try base64, then base64url, else keep the value. */
  @JsonProperty("Auto")
  AUTO("Auto"),
  @JsonProperty("Base64")
  BASE64("Base64"),
  @JsonProperty("Base64URL")
  BASE64_URL("Base64URL"),
  @JsonProperty("None")
  NONE("None");

  private final String value;

  DecodingStrategy(String value) {
    this.value = value;
  }

  /** The exact string ESO uses for this value, as it appears in manifests. */
  public String value() {
    return value;
  }
}
