package io.jeso.api.store.vault;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;
import io.jeso.api.common.ServiceAccountSelector;
import java.util.List;
import java.util.Objects;

/** A ServiceAccount token requested for JWT login. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class VaultKubernetesServiceAccountTokenAuth {

  /** ServiceAccount. */
  @Required private ServiceAccountSelector serviceAccountRef;

  /** Deprecated in ESO: use serviceAccountRef.audiences. */
  private List<String> audiences;

  /** Deprecated in ESO: token lifetime. */
  private Long expirationSeconds;

  public ServiceAccountSelector getServiceAccountRef() {
    return serviceAccountRef;
  }

  public void setServiceAccountRef(ServiceAccountSelector serviceAccountRef) {
    this.serviceAccountRef = serviceAccountRef;
  }

  public VaultKubernetesServiceAccountTokenAuth withServiceAccountRef(
      ServiceAccountSelector serviceAccountRef) {
    this.serviceAccountRef = serviceAccountRef;
    return this;
  }

  public List<String> getAudiences() {
    return audiences;
  }

  public void setAudiences(List<String> audiences) {
    this.audiences = audiences;
  }

  public VaultKubernetesServiceAccountTokenAuth withAudiences(List<String> audiences) {
    this.audiences = audiences;
    return this;
  }

  public Long getExpirationSeconds() {
    return expirationSeconds;
  }

  public void setExpirationSeconds(Long expirationSeconds) {
    this.expirationSeconds = expirationSeconds;
  }

  public VaultKubernetesServiceAccountTokenAuth withExpirationSeconds(Long expirationSeconds) {
    this.expirationSeconds = expirationSeconds;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof VaultKubernetesServiceAccountTokenAuth that)) {
      return false;
    }
    return Objects.equals(serviceAccountRef, that.serviceAccountRef)
        && Objects.equals(audiences, that.audiences)
        && Objects.equals(expirationSeconds, that.expirationSeconds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(serviceAccountRef, audiences, expirationSeconds);
  }

  @Override
  public String toString() {
    return "VaultKubernetesServiceAccountTokenAuth{"
        + "serviceAccountRef="
        + serviceAccountRef
        + ", "
        + "audiences="
        + audiences
        + ", "
        + "expirationSeconds="
        + expirationSeconds
        + "}";
  }
}
