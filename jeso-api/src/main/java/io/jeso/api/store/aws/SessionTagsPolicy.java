package io.jeso.api.store.aws;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which session tags are attached when assuming a role. */
public enum SessionTagsPolicy {
  @JsonProperty("None")
  NONE("None"),
  /** Adds esoNamespace, esoStoreName and esoStoreKind. */
  @JsonProperty("Simple")
  SIMPLE("Simple"),
  /** Uses customSessionTags. */
  @JsonProperty("Custom")
  CUSTOM("Custom");

  private final String value;

  SessionTagsPolicy(String value) {
    this.value = value;
  }

  /** The exact string ESO uses for this value, as it appears in manifests. */
  public String value() {
    return value;
  }
}
