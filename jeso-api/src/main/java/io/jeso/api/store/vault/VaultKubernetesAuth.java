package io.jeso.api.store.vault;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.jeso.api.common.SecretKeySelector;
import io.jeso.api.common.ServiceAccountSelector;
import java.util.Objects;

/**
 * Kubernetes login; with neither serviceAccountRef nor secretRef jeso's own ServiceAccount token is
 * used.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class VaultKubernetesAuth {

  /** Mount path of the Kubernetes method. */
  @Required
  @Default("kubernetes")
  private String mountPath;

  /** Vault role. */
  @Required private String role;

  /** ServiceAccount whose token is requested. */
  private ServiceAccountSelector serviceAccountRef;

  /** A token held in a Secret. */
  private SecretKeySelector secretRef;

  public String getMountPath() {
    return mountPath;
  }

  public void setMountPath(String mountPath) {
    this.mountPath = mountPath;
  }

  public VaultKubernetesAuth withMountPath(String mountPath) {
    this.mountPath = mountPath;
    return this;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public VaultKubernetesAuth withRole(String role) {
    this.role = role;
    return this;
  }

  public ServiceAccountSelector getServiceAccountRef() {
    return serviceAccountRef;
  }

  public void setServiceAccountRef(ServiceAccountSelector serviceAccountRef) {
    this.serviceAccountRef = serviceAccountRef;
  }

  public VaultKubernetesAuth withServiceAccountRef(ServiceAccountSelector serviceAccountRef) {
    this.serviceAccountRef = serviceAccountRef;
    return this;
  }

  public SecretKeySelector getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(SecretKeySelector secretRef) {
    this.secretRef = secretRef;
  }

  public VaultKubernetesAuth withSecretRef(SecretKeySelector secretRef) {
    this.secretRef = secretRef;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof VaultKubernetesAuth that)) {
      return false;
    }
    return Objects.equals(mountPath, that.mountPath)
        && Objects.equals(role, that.role)
        && Objects.equals(serviceAccountRef, that.serviceAccountRef)
        && Objects.equals(secretRef, that.secretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mountPath, role, serviceAccountRef, secretRef);
  }

  @Override
  public String toString() {
    return "VaultKubernetesAuth{"
        + "mountPath="
        + mountPath
        + ", "
        + "role="
        + role
        + ", "
        + "serviceAccountRef="
        + serviceAccountRef
        + ", "
        + "secretRef="
        + secretRef
        + "}";
  }
}
