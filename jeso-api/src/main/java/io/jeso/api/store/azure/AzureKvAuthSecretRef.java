package io.jeso.api.store.azure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.jeso.api.common.SecretKeySelector;
import java.util.Objects;

/** Service principal credentials held in Secrets. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class AzureKvAuthSecretRef {

  /** Client id. */
  private SecretKeySelector clientId;

  /** Tenant id. */
  private SecretKeySelector tenantId;

  /** Client secret. */
  private SecretKeySelector clientSecret;

  /** Client certificate, instead of a secret. */
  private SecretKeySelector clientCertificate;

  public SecretKeySelector getClientId() {
    return clientId;
  }

  public void setClientId(SecretKeySelector clientId) {
    this.clientId = clientId;
  }

  public AzureKvAuthSecretRef withClientId(SecretKeySelector clientId) {
    this.clientId = clientId;
    return this;
  }

  public SecretKeySelector getTenantId() {
    return tenantId;
  }

  public void setTenantId(SecretKeySelector tenantId) {
    this.tenantId = tenantId;
  }

  public AzureKvAuthSecretRef withTenantId(SecretKeySelector tenantId) {
    this.tenantId = tenantId;
    return this;
  }

  public SecretKeySelector getClientSecret() {
    return clientSecret;
  }

  public void setClientSecret(SecretKeySelector clientSecret) {
    this.clientSecret = clientSecret;
  }

  public AzureKvAuthSecretRef withClientSecret(SecretKeySelector clientSecret) {
    this.clientSecret = clientSecret;
    return this;
  }

  public SecretKeySelector getClientCertificate() {
    return clientCertificate;
  }

  public void setClientCertificate(SecretKeySelector clientCertificate) {
    this.clientCertificate = clientCertificate;
  }

  public AzureKvAuthSecretRef withClientCertificate(SecretKeySelector clientCertificate) {
    this.clientCertificate = clientCertificate;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AzureKvAuthSecretRef that)) {
      return false;
    }
    return Objects.equals(clientId, that.clientId)
        && Objects.equals(tenantId, that.tenantId)
        && Objects.equals(clientSecret, that.clientSecret)
        && Objects.equals(clientCertificate, that.clientCertificate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clientId, tenantId, clientSecret, clientCertificate);
  }

  @Override
  public String toString() {
    return "AzureKvAuthSecretRef{"
        + "clientId="
        + clientId
        + ", "
        + "tenantId="
        + tenantId
        + ", "
        + "clientSecret="
        + clientSecret
        + ", "
        + "clientCertificate="
        + clientCertificate
        + "}";
  }
}
