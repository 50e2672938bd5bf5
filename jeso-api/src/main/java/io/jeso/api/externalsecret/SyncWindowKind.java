package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether sync windows allow or deny periodic refreshes while they are active. */
public enum SyncWindowKind {
  @JsonProperty("allow")
  ALLOW("allow"),
  @JsonProperty("deny")
  DENY("deny");

  private final String value;

  SyncWindowKind(String value) {
    this.value = value;
  }

  /** The exact string ESO uses for this value, as it appears in manifests. */
  public String value() {
    return value;
  }
}
