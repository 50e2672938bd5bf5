package io.jeso.api.store.gcp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** How jeso authenticates to GCP; none set means application default credentials. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GcpAuth {

  /** Service-account key. */
  private GcpAuthSecretRef secretRef;

  /** GKE Workload Identity. */
  private GcpWorkloadIdentity workloadIdentity;

  /** Workload identity federation. */
  private GcpWorkloadIdentityFederation workloadIdentityFederation;

  public GcpAuthSecretRef getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(GcpAuthSecretRef secretRef) {
    this.secretRef = secretRef;
  }

  public GcpAuth withSecretRef(GcpAuthSecretRef secretRef) {
    this.secretRef = secretRef;
    return this;
  }

  public GcpWorkloadIdentity getWorkloadIdentity() {
    return workloadIdentity;
  }

  public void setWorkloadIdentity(GcpWorkloadIdentity workloadIdentity) {
    this.workloadIdentity = workloadIdentity;
  }

  public GcpAuth withWorkloadIdentity(GcpWorkloadIdentity workloadIdentity) {
    this.workloadIdentity = workloadIdentity;
    return this;
  }

  public GcpWorkloadIdentityFederation getWorkloadIdentityFederation() {
    return workloadIdentityFederation;
  }

  public void setWorkloadIdentityFederation(
      GcpWorkloadIdentityFederation workloadIdentityFederation) {
    this.workloadIdentityFederation = workloadIdentityFederation;
  }

  public GcpAuth withWorkloadIdentityFederation(
      GcpWorkloadIdentityFederation workloadIdentityFederation) {
    this.workloadIdentityFederation = workloadIdentityFederation;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GcpAuth that)) {
      return false;
    }
    return Objects.equals(secretRef, that.secretRef)
        && Objects.equals(workloadIdentity, that.workloadIdentity)
        && Objects.equals(workloadIdentityFederation, that.workloadIdentityFederation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(secretRef, workloadIdentity, workloadIdentityFederation);
  }

  @Override
  public String toString() {
    return "GcpAuth{"
        + "secretRef="
        + secretRef
        + ", "
        + "workloadIdentity="
        + workloadIdentity
        + ", "
        + "workloadIdentityFederation="
        + workloadIdentityFederation
        + "}";
  }
}
