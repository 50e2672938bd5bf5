package io.jeso.api.generator;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a generated password is encoded. */
public enum PasswordEncoding {
  @JsonProperty("raw")
  RAW("raw"),
  @JsonProperty("base64")
  BASE64("base64"),
  @JsonProperty("base64url")
  BASE64_URL("base64url"),
  @JsonProperty("base32")
  BASE32("base32"),
  @JsonProperty("hex")
  HEX("hex");

  private final String value;

  PasswordEncoding(String value) {
    this.value = value;
  }

  /** The exact string ESO uses for this value, as it appears in manifests. */
  public String value() {
    return value;
  }
}
