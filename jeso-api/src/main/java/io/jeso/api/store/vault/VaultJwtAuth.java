package io.jeso.api.store.vault;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.jeso.api.common.SecretKeySelector;
import java.util.Objects;

/** JWT/OIDC login. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class VaultJwtAuth {

  /** Mount path of the JWT method. */
  @Required
  @Default("jwt")
  private String path;

  /** Vault role. */
  private String role;

  /** A JWT held in a Secret. */
  private SecretKeySelector secretRef;

  /** A ServiceAccount token requested for the login. */
  private VaultKubernetesServiceAccountTokenAuth kubernetesServiceAccountToken;

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public VaultJwtAuth withPath(String path) {
    this.path = path;
    return this;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public VaultJwtAuth withRole(String role) {
    this.role = role;
    return this;
  }

  public SecretKeySelector getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(SecretKeySelector secretRef) {
    this.secretRef = secretRef;
  }

  public VaultJwtAuth withSecretRef(SecretKeySelector secretRef) {
    this.secretRef = secretRef;
    return this;
  }

  public VaultKubernetesServiceAccountTokenAuth getKubernetesServiceAccountToken() {
    return kubernetesServiceAccountToken;
  }

  public void setKubernetesServiceAccountToken(
      VaultKubernetesServiceAccountTokenAuth kubernetesServiceAccountToken) {
    this.kubernetesServiceAccountToken = kubernetesServiceAccountToken;
  }

  public VaultJwtAuth withKubernetesServiceAccountToken(
      VaultKubernetesServiceAccountTokenAuth kubernetesServiceAccountToken) {
    this.kubernetesServiceAccountToken = kubernetesServiceAccountToken;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof VaultJwtAuth that)) {
      return false;
    }
    return Objects.equals(path, that.path)
        && Objects.equals(role, that.role)
        && Objects.equals(secretRef, that.secretRef)
        && Objects.equals(kubernetesServiceAccountToken, that.kubernetesServiceAccountToken);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, role, secretRef, kubernetesServiceAccountToken);
  }

  @Override
  public String toString() {
    return "VaultJwtAuth{"
        + "path="
        + path
        + ", "
        + "role="
        + role
        + ", "
        + "secretRef="
        + secretRef
        + ", "
        + "kubernetesServiceAccountToken="
        + kubernetesServiceAccountToken
        + "}";
  }
}
