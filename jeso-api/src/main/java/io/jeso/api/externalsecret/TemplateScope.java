package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a templateFrom item is rendered. */
public enum TemplateScope {
  /** Each value is a template rendering that key's value. */
  @JsonProperty("Values")
  VALUES("Values"),
  /** The whole item renders a YAML map of keys and values. */
  @JsonProperty("KeysAndValues")
  KEYS_AND_VALUES("KeysAndValues");

  private final String value;

  TemplateScope(String value) {
    this.value = value;
  }

  /** The exact string ESO uses for this value, as it appears in manifests. */
  public String value() {
    return value;
  }
}
