package io.jeso.api.store.gcp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;
import io.jeso.api.common.ServiceAccountSelector;
import java.util.Objects;

/**
 * GKE Workload Identity: the ServiceAccount's iam.gke.io/gcp-service-account annotation names the
 * GSA.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GcpWorkloadIdentity {

  /** ServiceAccount whose token is exchanged. */
  @Required private ServiceAccountSelector serviceAccountRef;

  /** Location of the GKE cluster. */
  private String clusterLocation;

  /** Name of the GKE cluster. */
  private String clusterName;

  /** Project of the GKE cluster. */
  private String clusterProjectID;

  public ServiceAccountSelector getServiceAccountRef() {
    return serviceAccountRef;
  }

  public void setServiceAccountRef(ServiceAccountSelector serviceAccountRef) {
    this.serviceAccountRef = serviceAccountRef;
  }

  public GcpWorkloadIdentity withServiceAccountRef(ServiceAccountSelector serviceAccountRef) {
    this.serviceAccountRef = serviceAccountRef;
    return this;
  }

  public String getClusterLocation() {
    return clusterLocation;
  }

  public void setClusterLocation(String clusterLocation) {
    this.clusterLocation = clusterLocation;
  }

  public GcpWorkloadIdentity withClusterLocation(String clusterLocation) {
    this.clusterLocation = clusterLocation;
    return this;
  }

  public String getClusterName() {
    return clusterName;
  }

  public void setClusterName(String clusterName) {
    this.clusterName = clusterName;
  }

  public GcpWorkloadIdentity withClusterName(String clusterName) {
    this.clusterName = clusterName;
    return this;
  }

  public String getClusterProjectID() {
    return clusterProjectID;
  }

  public void setClusterProjectID(String clusterProjectID) {
    this.clusterProjectID = clusterProjectID;
  }

  public GcpWorkloadIdentity withClusterProjectID(String clusterProjectID) {
    this.clusterProjectID = clusterProjectID;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GcpWorkloadIdentity that)) {
      return false;
    }
    return Objects.equals(serviceAccountRef, that.serviceAccountRef)
        && Objects.equals(clusterLocation, that.clusterLocation)
        && Objects.equals(clusterName, that.clusterName)
        && Objects.equals(clusterProjectID, that.clusterProjectID);
  }

  @Override
  public int hashCode() {
    return Objects.hash(serviceAccountRef, clusterLocation, clusterName, clusterProjectID);
  }

  @Override
  public String toString() {
    return "GcpWorkloadIdentity{"
        + "serviceAccountRef="
        + serviceAccountRef
        + ", "
        + "clusterLocation="
        + clusterLocation
        + ", "
        + "clusterName="
        + clusterName
        + ", "
        + "clusterProjectID="
        + clusterProjectID
        + "}";
  }
}
