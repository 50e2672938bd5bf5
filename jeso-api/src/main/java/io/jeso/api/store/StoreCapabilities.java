package io.jeso.api.store;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a store can do, shown in the Capabilities printer column. */
public enum StoreCapabilities {
  @JsonProperty("ReadOnly")
  READ_ONLY("ReadOnly"),
  @JsonProperty("WriteOnly")
  WRITE_ONLY("WriteOnly"),
  @JsonProperty("ReadWrite")
  READ_WRITE("ReadWrite");

  private final String value;

  StoreCapabilities(String value) {
    this.value = value;
  }

  /** The exact string ESO uses for this value, as it appears in manifests. */
  public String value() {
    return value;
  }
}
