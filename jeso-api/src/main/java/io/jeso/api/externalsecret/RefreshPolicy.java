package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonProperty;

/** When an ExternalSecret is fetched again; unset behaves like Periodic. */
public enum RefreshPolicy {
  @JsonProperty("CreatedOnce")
  CREATED_ONCE("CreatedOnce"),
  @JsonProperty("Periodic")
  PERIODIC("Periodic"),
  @JsonProperty("OnChange")
  ON_CHANGE("OnChange");

  private final String value;

  RefreshPolicy(String value) {
    this.value = value;
  }

  /** The exact string ESO uses for this value, as it appears in manifests. */
  public String value() {
    return value;
  }
}
