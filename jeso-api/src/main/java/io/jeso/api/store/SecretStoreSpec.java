package io.jeso.api.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.kubernetes.api.model.IntOrString;
import java.util.List;
import java.util.Objects;

/**
 * Desired state of a SecretStore or ClusterSecretStore (one spec for both, as in ESO). {@code
 * conditions} only has a meaning on ClusterSecretStores.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class SecretStoreSpec {

  /** Controller class; empty means every jeso instance handles this store. */
  private String controller;

  /** The provider; exactly one key. */
  @Required
  @PreserveUnknownFields
  @Size(min = 1, max = 1)
  private SecretStoreProvider provider;

  /** Retry settings for provider calls. */
  private RetrySettings retrySettings;

  /**
   * How often the store is re-validated: seconds (legacy integer) or a Go duration string; empty or
   * 0 means the controller's default.
   */
  private IntOrString refreshInterval;

  /** ClusterSecretStore only: which namespaces may use it. */
  private List<ClusterSecretStoreCondition> conditions;

  public String getController() {
    return controller;
  }

  public void setController(String controller) {
    this.controller = controller;
  }

  public SecretStoreSpec withController(String controller) {
    this.controller = controller;
    return this;
  }

  public SecretStoreProvider getProvider() {
    return provider;
  }

  public void setProvider(SecretStoreProvider provider) {
    this.provider = provider;
  }

  public SecretStoreSpec withProvider(SecretStoreProvider provider) {
    this.provider = provider;
    return this;
  }

  public RetrySettings getRetrySettings() {
    return retrySettings;
  }

  public void setRetrySettings(RetrySettings retrySettings) {
    this.retrySettings = retrySettings;
  }

  public SecretStoreSpec withRetrySettings(RetrySettings retrySettings) {
    this.retrySettings = retrySettings;
    return this;
  }

  public IntOrString getRefreshInterval() {
    return refreshInterval;
  }

  public void setRefreshInterval(IntOrString refreshInterval) {
    this.refreshInterval = refreshInterval;
  }

  public SecretStoreSpec withRefreshInterval(IntOrString refreshInterval) {
    this.refreshInterval = refreshInterval;
    return this;
  }

  public List<ClusterSecretStoreCondition> getConditions() {
    return conditions;
  }

  public void setConditions(List<ClusterSecretStoreCondition> conditions) {
    this.conditions = conditions;
  }

  public SecretStoreSpec withConditions(List<ClusterSecretStoreCondition> conditions) {
    this.conditions = conditions;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SecretStoreSpec that)) {
      return false;
    }
    return Objects.equals(controller, that.controller)
        && Objects.equals(provider, that.provider)
        && Objects.equals(retrySettings, that.retrySettings)
        && Objects.equals(refreshInterval, that.refreshInterval)
        && Objects.equals(conditions, that.conditions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(controller, provider, retrySettings, refreshInterval, conditions);
  }

  @Override
  public String toString() {
    return "SecretStoreSpec{"
        + "controller="
        + controller
        + ", "
        + "provider="
        + provider
        + ", "
        + "retrySettings="
        + retrySettings
        + ", "
        + "refreshInterval="
        + refreshInterval
        + ", "
        + "conditions="
        + conditions
        + "}";
  }
}
