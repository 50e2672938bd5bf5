package io.jeso.api.store.vault;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.jeso.api.common.SecretKeySelector;
import java.util.Objects;

/** Client certificate for mutual TLS with Vault. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class VaultClientTls {

  /** Client certificate (key defaults to tls.crt). */
  private SecretKeySelector certSecretRef;

  /** Client key (key defaults to tls.key). */
  private SecretKeySelector keySecretRef;

  public SecretKeySelector getCertSecretRef() {
    return certSecretRef;
  }

  public void setCertSecretRef(SecretKeySelector certSecretRef) {
    this.certSecretRef = certSecretRef;
  }

  public VaultClientTls withCertSecretRef(SecretKeySelector certSecretRef) {
    this.certSecretRef = certSecretRef;
    return this;
  }

  public SecretKeySelector getKeySecretRef() {
    return keySecretRef;
  }

  public void setKeySecretRef(SecretKeySelector keySecretRef) {
    this.keySecretRef = keySecretRef;
  }

  public VaultClientTls withKeySecretRef(SecretKeySelector keySecretRef) {
    this.keySecretRef = keySecretRef;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof VaultClientTls that)) {
      return false;
    }
    return Objects.equals(certSecretRef, that.certSecretRef)
        && Objects.equals(keySecretRef, that.keySecretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(certSecretRef, keySecretRef);
  }

  @Override
  public String toString() {
    return "VaultClientTls{"
        + "certSecretRef="
        + certSecretRef
        + ", "
        + "keySecretRef="
        + keySecretRef
        + "}";
  }
}
