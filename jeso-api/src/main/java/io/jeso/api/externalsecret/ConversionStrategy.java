package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How invalid characters in keys found by dataFrom are replaced. Unset behaves like Default; the
 * schema deliberately has no default (GitOps tools would see a diff forever).
 */
public enum ConversionStrategy {
  /** Replace each invalid character with an underscore. */
  @JsonProperty("Default")
  DEFAULT("Default"),
  /** Replace each invalid character with _UXXXX_. */
  @JsonProperty("Unicode")
  UNICODE("Unicode");

  private final String value;

  ConversionStrategy(String value) {
    this.value = value;
  }

  /** The exact string ESO uses for this value, as it appears in manifests. */
  public String value() {
    return value;
  }
}
