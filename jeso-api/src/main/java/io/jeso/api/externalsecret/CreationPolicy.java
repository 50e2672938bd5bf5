package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the target Secret is created and owned (spec.target.creationPolicy). */
public enum CreationPolicy {
  /** Create the Secret with a controller ownerReference to the ExternalSecret. */
  @JsonProperty("Owner")
  OWNER("Owner"),
  /** Create or update the Secret without an ownerReference; it outlives the ExternalSecret. */
  @JsonProperty("Orphan")
  ORPHAN("Orphan"),
  /** Never create; merge keys into a Secret that already exists. */
  @JsonProperty("Merge")
  MERGE("Merge"),
  /** Do not write any Secret. */
  @JsonProperty("None")
  NONE("None"),
  /** Create the Secret if missing, else merge into it keeping foreign keys; no ownerReference. */
  @JsonProperty("CreateOrMerge")
  CREATE_OR_MERGE("CreateOrMerge");

  private final String value;

  CreationPolicy(String value) {
    this.value = value;
  }

  /** The exact string ESO uses for this value, as it appears in manifests. */
  public String value() {
    return value;
  }
}
