package io.jeso.api.generator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.jeso.api.store.RetrySettings;
import io.jeso.api.store.vault.VaultProvider;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Spec of a VaultDynamicSecret generator. {@code provider} reuses the store's Vault type, so the
 * same auth variants apply.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class VaultDynamicSecretSpec {

  /** Controller class. */
  private String controller;

  /** HTTP method; GET when empty. */
  private String method;

  /** Body of a write call: any JSON value, so it is untyped in the schema too. */
  private JsonNode parameters;

  /** Query parameters of GET calls. */
  private Map<String, List<String>> getParameters;

  /** Part of the response to return. */
  @Default("Data")
  private VaultDynamicSecretResultType resultType;

  /** Retry settings. */
  private RetrySettings retrySettings;

  /** Vault connection and auth. */
  @Required private VaultProvider provider;

  /** Vault path to call. */
  @Required private String path;

  /** Accept an empty response. */
  @Default("false")
  private Boolean allowEmptyResponse;

  public String getController() {
    return controller;
  }

  public void setController(String controller) {
    this.controller = controller;
  }

  public VaultDynamicSecretSpec withController(String controller) {
    this.controller = controller;
    return this;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public VaultDynamicSecretSpec withMethod(String method) {
    this.method = method;
    return this;
  }

  public JsonNode getParameters() {
    return parameters;
  }

  public void setParameters(JsonNode parameters) {
    this.parameters = parameters;
  }

  public VaultDynamicSecretSpec withParameters(JsonNode parameters) {
    this.parameters = parameters;
    return this;
  }

  public Map<String, List<String>> getGetParameters() {
    return getParameters;
  }

  public void setGetParameters(Map<String, List<String>> getParameters) {
    this.getParameters = getParameters;
  }

  public VaultDynamicSecretSpec withGetParameters(Map<String, List<String>> getParameters) {
    this.getParameters = getParameters;
    return this;
  }

  public VaultDynamicSecretResultType getResultType() {
    return resultType;
  }

  public void setResultType(VaultDynamicSecretResultType resultType) {
    this.resultType = resultType;
  }

  public VaultDynamicSecretSpec withResultType(VaultDynamicSecretResultType resultType) {
    this.resultType = resultType;
    return this;
  }

  public RetrySettings getRetrySettings() {
    return retrySettings;
  }

  public void setRetrySettings(RetrySettings retrySettings) {
    this.retrySettings = retrySettings;
  }

  public VaultDynamicSecretSpec withRetrySettings(RetrySettings retrySettings) {
    this.retrySettings = retrySettings;
    return this;
  }

  public VaultProvider getProvider() {
    return provider;
  }

  public void setProvider(VaultProvider provider) {
    this.provider = provider;
  }

  public VaultDynamicSecretSpec withProvider(VaultProvider provider) {
    this.provider = provider;
    return this;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public VaultDynamicSecretSpec withPath(String path) {
    this.path = path;
    return this;
  }

  public Boolean getAllowEmptyResponse() {
    return allowEmptyResponse;
  }

  public void setAllowEmptyResponse(Boolean allowEmptyResponse) {
    this.allowEmptyResponse = allowEmptyResponse;
  }

  public VaultDynamicSecretSpec withAllowEmptyResponse(Boolean allowEmptyResponse) {
    this.allowEmptyResponse = allowEmptyResponse;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof VaultDynamicSecretSpec that)) {
      return false;
    }
    return Objects.equals(controller, that.controller)
        && Objects.equals(method, that.method)
        && Objects.equals(parameters, that.parameters)
        && Objects.equals(getParameters, that.getParameters)
        && Objects.equals(resultType, that.resultType)
        && Objects.equals(retrySettings, that.retrySettings)
        && Objects.equals(provider, that.provider)
        && Objects.equals(path, that.path)
        && Objects.equals(allowEmptyResponse, that.allowEmptyResponse);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        controller,
        method,
        parameters,
        getParameters,
        resultType,
        retrySettings,
        provider,
        path,
        allowEmptyResponse);
  }

  @Override
  public String toString() {
    return "VaultDynamicSecretSpec{"
        + "controller="
        + controller
        + ", "
        + "method="
        + method
        + ", "
        + "parameters="
        + (parameters == null ? "null" : "<redacted>")
        + ", "
        + "getParameters="
        + getParameters
        + ", "
        + "resultType="
        + resultType
        + ", "
        + "retrySettings="
        + retrySettings
        + ", "
        + "provider="
        + provider
        + ", "
        + "path="
        + path
        + ", "
        + "allowEmptyResponse="
        + allowEmptyResponse
        + "}";
  }
}
