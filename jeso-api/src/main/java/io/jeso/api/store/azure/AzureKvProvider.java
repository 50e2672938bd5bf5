package io.jeso.api.store.azure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.jeso.api.common.ServiceAccountSelector;
import java.util.Objects;

/** spec.provider.azurekv: Azure Key Vault secrets, certificates and keys. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class AzureKvProvider {

  /** Vault URL, e.g. https://x.vault.azure.net. */
  @Required private String vaultUrl;

  /** Authentication type; defaulted as in ESO. */
  @Default("ServicePrincipal")
  private AzureAuthType authType;

  /** Tenant; required for ServicePrincipal. */
  private String tenantId;

  /** Cloud; defaulted as in ESO. */
  @Default("PublicCloud")
  private AzureEnvironmentType environmentType;

  /** ServicePrincipal credentials. */
  private AzureKvAuthSecretRef authSecretRef;

  /** WorkloadIdentity ServiceAccount. */
  private ServiceAccountSelector serviceAccountRef;

  /** ManagedIdentity client or resource id. */
  private String identityId;

  /** ESO's experimental azcore switch; defaulted as in ESO. */
  @Default("false")
  private Boolean useAzureSDK;

  /** Custom cloud endpoints. */
  private AzureCustomCloudConfig customCloudConfig;

  public String getVaultUrl() {
    return vaultUrl;
  }

  public void setVaultUrl(String vaultUrl) {
    this.vaultUrl = vaultUrl;
  }

  public AzureKvProvider withVaultUrl(String vaultUrl) {
    this.vaultUrl = vaultUrl;
    return this;
  }

  public AzureAuthType getAuthType() {
    return authType;
  }

  public void setAuthType(AzureAuthType authType) {
    this.authType = authType;
  }

  public AzureKvProvider withAuthType(AzureAuthType authType) {
    this.authType = authType;
    return this;
  }

  public String getTenantId() {
    return tenantId;
  }

  public void setTenantId(String tenantId) {
    this.tenantId = tenantId;
  }

  public AzureKvProvider withTenantId(String tenantId) {
    this.tenantId = tenantId;
    return this;
  }

  public AzureEnvironmentType getEnvironmentType() {
    return environmentType;
  }

  public void setEnvironmentType(AzureEnvironmentType environmentType) {
    this.environmentType = environmentType;
  }

  public AzureKvProvider withEnvironmentType(AzureEnvironmentType environmentType) {
    this.environmentType = environmentType;
    return this;
  }

  public AzureKvAuthSecretRef getAuthSecretRef() {
    return authSecretRef;
  }

  public void setAuthSecretRef(AzureKvAuthSecretRef authSecretRef) {
    this.authSecretRef = authSecretRef;
  }

  public AzureKvProvider withAuthSecretRef(AzureKvAuthSecretRef authSecretRef) {
    this.authSecretRef = authSecretRef;
    return this;
  }

  public ServiceAccountSelector getServiceAccountRef() {
    return serviceAccountRef;
  }

  public void setServiceAccountRef(ServiceAccountSelector serviceAccountRef) {
    this.serviceAccountRef = serviceAccountRef;
  }

  public AzureKvProvider withServiceAccountRef(ServiceAccountSelector serviceAccountRef) {
    this.serviceAccountRef = serviceAccountRef;
    return this;
  }

  public String getIdentityId() {
    return identityId;
  }

  public void setIdentityId(String identityId) {
    this.identityId = identityId;
  }

  public AzureKvProvider withIdentityId(String identityId) {
    this.identityId = identityId;
    return this;
  }

  public Boolean getUseAzureSDK() {
    return useAzureSDK;
  }

  public void setUseAzureSDK(Boolean useAzureSDK) {
    this.useAzureSDK = useAzureSDK;
  }

  public AzureKvProvider withUseAzureSDK(Boolean useAzureSDK) {
    this.useAzureSDK = useAzureSDK;
    return this;
  }

  public AzureCustomCloudConfig getCustomCloudConfig() {
    return customCloudConfig;
  }

  public void setCustomCloudConfig(AzureCustomCloudConfig customCloudConfig) {
    this.customCloudConfig = customCloudConfig;
  }

  public AzureKvProvider withCustomCloudConfig(AzureCustomCloudConfig customCloudConfig) {
    this.customCloudConfig = customCloudConfig;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AzureKvProvider that)) {
      return false;
    }
    return Objects.equals(vaultUrl, that.vaultUrl)
        && Objects.equals(authType, that.authType)
        && Objects.equals(tenantId, that.tenantId)
        && Objects.equals(environmentType, that.environmentType)
        && Objects.equals(authSecretRef, that.authSecretRef)
        && Objects.equals(serviceAccountRef, that.serviceAccountRef)
        && Objects.equals(identityId, that.identityId)
        && Objects.equals(useAzureSDK, that.useAzureSDK)
        && Objects.equals(customCloudConfig, that.customCloudConfig);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        vaultUrl,
        authType,
        tenantId,
        environmentType,
        authSecretRef,
        serviceAccountRef,
        identityId,
        useAzureSDK,
        customCloudConfig);
  }

  @Override
  public String toString() {
    return "AzureKvProvider{"
        + "vaultUrl="
        + vaultUrl
        + ", "
        + "authType="
        + authType
        + ", "
        + "tenantId="
        + tenantId
        + ", "
        + "environmentType="
        + environmentType
        + ", "
        + "authSecretRef="
        + authSecretRef
        + ", "
        + "serviceAccountRef="
        + serviceAccountRef
        + ", "
        + "identityId="
        + identityId
        + ", "
        + "useAzureSDK="
        + useAzureSDK
        + ", "
        + "customCloudConfig="
        + customCloudConfig
        + "}";
  }
}
