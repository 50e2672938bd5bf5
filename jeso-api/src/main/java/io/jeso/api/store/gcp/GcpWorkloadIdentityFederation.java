package io.jeso.api.store.gcp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Size;
import io.jeso.api.common.ServiceAccountSelector;
import java.util.Objects;

/** Workload identity federation with an external token source. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GcpWorkloadIdentityFederation {

  /** Credential configuration file in a ConfigMap. */
  private GcpConfigMapKeyRef credConfig;

  /** ServiceAccount whose token is the external token. */
  private ServiceAccountSelector serviceAccountRef;

  /** AWS credentials as the external identity. */
  private GcpAwsSecurityCredentials awsSecurityCredentials;

  /** Audience of the external token. */
  private String audience;

  /** Endpoint that serves the external token. */
  private String externalTokenEndpoint;

  /** GSA to impersonate. */
  @Size(min = 1)
  private String gcpServiceAccountEmail;

  public GcpConfigMapKeyRef getCredConfig() {
    return credConfig;
  }

  public void setCredConfig(GcpConfigMapKeyRef credConfig) {
    this.credConfig = credConfig;
  }

  public GcpWorkloadIdentityFederation withCredConfig(GcpConfigMapKeyRef credConfig) {
    this.credConfig = credConfig;
    return this;
  }

  public ServiceAccountSelector getServiceAccountRef() {
    return serviceAccountRef;
  }

  public void setServiceAccountRef(ServiceAccountSelector serviceAccountRef) {
    this.serviceAccountRef = serviceAccountRef;
  }

  public GcpWorkloadIdentityFederation withServiceAccountRef(
      ServiceAccountSelector serviceAccountRef) {
    this.serviceAccountRef = serviceAccountRef;
    return this;
  }

  public GcpAwsSecurityCredentials getAwsSecurityCredentials() {
    return awsSecurityCredentials;
  }

  public void setAwsSecurityCredentials(GcpAwsSecurityCredentials awsSecurityCredentials) {
    this.awsSecurityCredentials = awsSecurityCredentials;
  }

  public GcpWorkloadIdentityFederation withAwsSecurityCredentials(
      GcpAwsSecurityCredentials awsSecurityCredentials) {
    this.awsSecurityCredentials = awsSecurityCredentials;
    return this;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public GcpWorkloadIdentityFederation withAudience(String audience) {
    this.audience = audience;
    return this;
  }

  public String getExternalTokenEndpoint() {
    return externalTokenEndpoint;
  }

  public void setExternalTokenEndpoint(String externalTokenEndpoint) {
    this.externalTokenEndpoint = externalTokenEndpoint;
  }

  public GcpWorkloadIdentityFederation withExternalTokenEndpoint(String externalTokenEndpoint) {
    this.externalTokenEndpoint = externalTokenEndpoint;
    return this;
  }

  public String getGcpServiceAccountEmail() {
    return gcpServiceAccountEmail;
  }

  public void setGcpServiceAccountEmail(String gcpServiceAccountEmail) {
    this.gcpServiceAccountEmail = gcpServiceAccountEmail;
  }

  public GcpWorkloadIdentityFederation withGcpServiceAccountEmail(String gcpServiceAccountEmail) {
    this.gcpServiceAccountEmail = gcpServiceAccountEmail;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GcpWorkloadIdentityFederation that)) {
      return false;
    }
    return Objects.equals(credConfig, that.credConfig)
        && Objects.equals(serviceAccountRef, that.serviceAccountRef)
        && Objects.equals(awsSecurityCredentials, that.awsSecurityCredentials)
        && Objects.equals(audience, that.audience)
        && Objects.equals(externalTokenEndpoint, that.externalTokenEndpoint)
        && Objects.equals(gcpServiceAccountEmail, that.gcpServiceAccountEmail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        credConfig,
        serviceAccountRef,
        awsSecurityCredentials,
        audience,
        externalTokenEndpoint,
        gcpServiceAccountEmail);
  }

  @Override
  public String toString() {
    return "GcpWorkloadIdentityFederation{"
        + "credConfig="
        + credConfig
        + ", "
        + "serviceAccountRef="
        + serviceAccountRef
        + ", "
        + "awsSecurityCredentials="
        + awsSecurityCredentials
        + ", "
        + "audience="
        + audience
        + ", "
        + "externalTokenEndpoint="
        + externalTokenEndpoint
        + ", "
        + "gcpServiceAccountEmail="
        + gcpServiceAccountEmail
        + "}";
  }
}
