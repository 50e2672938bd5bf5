package io.jeso.api.store.azure;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How jeso authenticates to Azure. */
public enum AzureAuthType {
  @JsonProperty("ServicePrincipal")
  SERVICE_PRINCIPAL("ServicePrincipal"),
  @JsonProperty("ManagedIdentity")
  MANAGED_IDENTITY("ManagedIdentity"),
  @JsonProperty("WorkloadIdentity")
  WORKLOAD_IDENTITY("WorkloadIdentity");

  private final String value;

  AzureAuthType(String value) {
    this.value = value;
  }

  /** The exact string ESO uses for this value, as it appears in manifests. */
  public String value() {
    return value;
  }
}
