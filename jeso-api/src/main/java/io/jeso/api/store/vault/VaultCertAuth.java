package io.jeso.api.store.vault;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Default;
import io.jeso.api.common.SecretKeySelector;
import java.util.Objects;

/** TLS certificate login. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class VaultCertAuth {

  /** Mount path of the cert method. */
  @Default("cert")
  private String path;

  /** Vault role. */
  private String vaultRole;

  /** Client certificate. */
  private SecretKeySelector clientCert;

  /** Client key. */
  private SecretKeySelector secretRef;

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public VaultCertAuth withPath(String path) {
    this.path = path;
    return this;
  }

  public String getVaultRole() {
    return vaultRole;
  }

  public void setVaultRole(String vaultRole) {
    this.vaultRole = vaultRole;
  }

  public VaultCertAuth withVaultRole(String vaultRole) {
    this.vaultRole = vaultRole;
    return this;
  }

  public SecretKeySelector getClientCert() {
    return clientCert;
  }

  public void setClientCert(SecretKeySelector clientCert) {
    this.clientCert = clientCert;
  }

  public VaultCertAuth withClientCert(SecretKeySelector clientCert) {
    this.clientCert = clientCert;
    return this;
  }

  public SecretKeySelector getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(SecretKeySelector secretRef) {
    this.secretRef = secretRef;
  }

  public VaultCertAuth withSecretRef(SecretKeySelector secretRef) {
    this.secretRef = secretRef;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof VaultCertAuth that)) {
      return false;
    }
    return Objects.equals(path, that.path)
        && Objects.equals(vaultRole, that.vaultRole)
        && Objects.equals(clientCert, that.clientCert)
        && Objects.equals(secretRef, that.secretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, vaultRole, clientCert, secretRef);
  }

  @Override
  public String toString() {
    return "VaultCertAuth{"
        + "path="
        + path
        + ", "
        + "vaultRole="
        + vaultRole
        + ", "
        + "clientCert="
        + clientCert
        + ", "
        + "secretRef="
        + secretRef
        + "}";
  }
}
