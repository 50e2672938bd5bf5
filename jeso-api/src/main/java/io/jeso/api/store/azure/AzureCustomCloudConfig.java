package io.jeso.api.store.azure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** Endpoints of a cloud not in the environment list (needs useAzureSDK). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class AzureCustomCloudConfig {

  /** Entra ID endpoint. */
  @Required private String activeDirectoryEndpoint;

  /** Key Vault endpoint. */
  private String keyVaultEndpoint;

  /** Key Vault DNS suffix. */
  private String keyVaultDNSSuffix;

  /** Resource Manager endpoint. */
  private String resourceManagerEndpoint;

  public String getActiveDirectoryEndpoint() {
    return activeDirectoryEndpoint;
  }

  public void setActiveDirectoryEndpoint(String activeDirectoryEndpoint) {
    this.activeDirectoryEndpoint = activeDirectoryEndpoint;
  }

  public AzureCustomCloudConfig withActiveDirectoryEndpoint(String activeDirectoryEndpoint) {
    this.activeDirectoryEndpoint = activeDirectoryEndpoint;
    return this;
  }

  public String getKeyVaultEndpoint() {
    return keyVaultEndpoint;
  }

  public void setKeyVaultEndpoint(String keyVaultEndpoint) {
    this.keyVaultEndpoint = keyVaultEndpoint;
  }

  public AzureCustomCloudConfig withKeyVaultEndpoint(String keyVaultEndpoint) {
    this.keyVaultEndpoint = keyVaultEndpoint;
    return this;
  }

  public String getKeyVaultDNSSuffix() {
    return keyVaultDNSSuffix;
  }

  public void setKeyVaultDNSSuffix(String keyVaultDNSSuffix) {
    this.keyVaultDNSSuffix = keyVaultDNSSuffix;
  }

  public AzureCustomCloudConfig withKeyVaultDNSSuffix(String keyVaultDNSSuffix) {
    this.keyVaultDNSSuffix = keyVaultDNSSuffix;
    return this;
  }

  public String getResourceManagerEndpoint() {
    return resourceManagerEndpoint;
  }

  public void setResourceManagerEndpoint(String resourceManagerEndpoint) {
    this.resourceManagerEndpoint = resourceManagerEndpoint;
  }

  public AzureCustomCloudConfig withResourceManagerEndpoint(String resourceManagerEndpoint) {
    this.resourceManagerEndpoint = resourceManagerEndpoint;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AzureCustomCloudConfig that)) {
      return false;
    }
    return Objects.equals(activeDirectoryEndpoint, that.activeDirectoryEndpoint)
        && Objects.equals(keyVaultEndpoint, that.keyVaultEndpoint)
        && Objects.equals(keyVaultDNSSuffix, that.keyVaultDNSSuffix)
        && Objects.equals(resourceManagerEndpoint, that.resourceManagerEndpoint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        activeDirectoryEndpoint, keyVaultEndpoint, keyVaultDNSSuffix, resourceManagerEndpoint);
  }

  @Override
  public String toString() {
    return "AzureCustomCloudConfig{"
        + "activeDirectoryEndpoint="
        + activeDirectoryEndpoint
        + ", "
        + "keyVaultEndpoint="
        + keyVaultEndpoint
        + ", "
        + "keyVaultDNSSuffix="
        + keyVaultDNSSuffix
        + ", "
        + "resourceManagerEndpoint="
        + resourceManagerEndpoint
        + "}";
  }
}
