package io.jeso.api.store.vault;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.jeso.api.common.ServiceAccountSelector;
import io.jeso.api.store.gcp.GcpAuthSecretRef;
import io.jeso.api.store.gcp.GcpWorkloadIdentity;
import java.util.Objects;

/** GCP login. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class VaultGcpAuth {

  /** Mount path of the GCP method. */
  @Default("gcp")
  private String path;

  /** Vault role. */
  @Required private String role;

  /** GCP project. */
  private String projectID;

  /** GCP location. */
  private String location;

  /** Service-account key. */
  private GcpAuthSecretRef secretRef;

  /** GKE Workload Identity. */
  private GcpWorkloadIdentity workloadIdentity;

  /** ServiceAccount whose token is used. */
  private ServiceAccountSelector serviceAccountRef;

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public VaultGcpAuth withPath(String path) {
    this.path = path;
    return this;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public VaultGcpAuth withRole(String role) {
    this.role = role;
    return this;
  }

  public String getProjectID() {
    return projectID;
  }

  public void setProjectID(String projectID) {
    this.projectID = projectID;
  }

  public VaultGcpAuth withProjectID(String projectID) {
    this.projectID = projectID;
    return this;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public VaultGcpAuth withLocation(String location) {
    this.location = location;
    return this;
  }

  public GcpAuthSecretRef getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(GcpAuthSecretRef secretRef) {
    this.secretRef = secretRef;
  }

  public VaultGcpAuth withSecretRef(GcpAuthSecretRef secretRef) {
    this.secretRef = secretRef;
    return this;
  }

  public GcpWorkloadIdentity getWorkloadIdentity() {
    return workloadIdentity;
  }

  public void setWorkloadIdentity(GcpWorkloadIdentity workloadIdentity) {
    this.workloadIdentity = workloadIdentity;
  }

  public VaultGcpAuth withWorkloadIdentity(GcpWorkloadIdentity workloadIdentity) {
    this.workloadIdentity = workloadIdentity;
    return this;
  }

  public ServiceAccountSelector getServiceAccountRef() {
    return serviceAccountRef;
  }

  public void setServiceAccountRef(ServiceAccountSelector serviceAccountRef) {
    this.serviceAccountRef = serviceAccountRef;
  }

  public VaultGcpAuth withServiceAccountRef(ServiceAccountSelector serviceAccountRef) {
    this.serviceAccountRef = serviceAccountRef;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof VaultGcpAuth that)) {
      return false;
    }
    return Objects.equals(path, that.path)
        && Objects.equals(role, that.role)
        && Objects.equals(projectID, that.projectID)
        && Objects.equals(location, that.location)
        && Objects.equals(secretRef, that.secretRef)
        && Objects.equals(workloadIdentity, that.workloadIdentity)
        && Objects.equals(serviceAccountRef, that.serviceAccountRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        path, role, projectID, location, secretRef, workloadIdentity, serviceAccountRef);
  }

  @Override
  public String toString() {
    return "VaultGcpAuth{"
        + "path="
        + path
        + ", "
        + "role="
        + role
        + ", "
        + "projectID="
        + projectID
        + ", "
        + "location="
        + location
        + ", "
        + "secretRef="
        + secretRef
        + ", "
        + "workloadIdentity="
        + workloadIdentity
        + ", "
        + "serviceAccountRef="
        + serviceAccountRef
        + "}";
  }
}
