package io.jeso.api.store.vault;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.jeso.api.common.SecretKeySelector;
import java.util.Objects;

/** How jeso logs in to Vault; exactly one method (checked by jeso). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class VaultAuth {

  /** Vault namespace for the login, when it differs from the store's. */
  private String namespace;

  /** A static token. */
  private SecretKeySelector tokenSecretRef;

  /** AppRole. */
  private VaultAppRoleAuth appRole;

  /** Kubernetes. */
  private VaultKubernetesAuth kubernetes;

  /** LDAP. */
  private VaultLdapAuth ldap;

  /** Username and password. */
  private VaultUserPassAuth userPass;

  /** JWT/OIDC. */
  private VaultJwtAuth jwt;

  /** TLS certificate. */
  private VaultCertAuth cert;

  /** AWS IAM. */
  private VaultIamAuth iam;

  /** GCP. */
  private VaultGcpAuth gcp;

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public VaultAuth withNamespace(String namespace) {
    this.namespace = namespace;
    return this;
  }

  public SecretKeySelector getTokenSecretRef() {
    return tokenSecretRef;
  }

  public void setTokenSecretRef(SecretKeySelector tokenSecretRef) {
    this.tokenSecretRef = tokenSecretRef;
  }

  public VaultAuth withTokenSecretRef(SecretKeySelector tokenSecretRef) {
    this.tokenSecretRef = tokenSecretRef;
    return this;
  }

  public VaultAppRoleAuth getAppRole() {
    return appRole;
  }

  public void setAppRole(VaultAppRoleAuth appRole) {
    this.appRole = appRole;
  }

  public VaultAuth withAppRole(VaultAppRoleAuth appRole) {
    this.appRole = appRole;
    return this;
  }

  public VaultKubernetesAuth getKubernetes() {
    return kubernetes;
  }

  public void setKubernetes(VaultKubernetesAuth kubernetes) {
    this.kubernetes = kubernetes;
  }

  public VaultAuth withKubernetes(VaultKubernetesAuth kubernetes) {
    this.kubernetes = kubernetes;
    return this;
  }

  public VaultLdapAuth getLdap() {
    return ldap;
  }

  public void setLdap(VaultLdapAuth ldap) {
    this.ldap = ldap;
  }

  public VaultAuth withLdap(VaultLdapAuth ldap) {
    this.ldap = ldap;
    return this;
  }

  public VaultUserPassAuth getUserPass() {
    return userPass;
  }

  public void setUserPass(VaultUserPassAuth userPass) {
    this.userPass = userPass;
  }

  public VaultAuth withUserPass(VaultUserPassAuth userPass) {
    this.userPass = userPass;
    return this;
  }

  public VaultJwtAuth getJwt() {
    return jwt;
  }

  public void setJwt(VaultJwtAuth jwt) {
    this.jwt = jwt;
  }

  public VaultAuth withJwt(VaultJwtAuth jwt) {
    this.jwt = jwt;
    return this;
  }

  public VaultCertAuth getCert() {
    return cert;
  }

  public void setCert(VaultCertAuth cert) {
    this.cert = cert;
  }

  public VaultAuth withCert(VaultCertAuth cert) {
    this.cert = cert;
    return this;
  }

  public VaultIamAuth getIam() {
    return iam;
  }

  public void setIam(VaultIamAuth iam) {
    this.iam = iam;
  }

  public VaultAuth withIam(VaultIamAuth iam) {
    this.iam = iam;
    return this;
  }

  public VaultGcpAuth getGcp() {
    return gcp;
  }

  public void setGcp(VaultGcpAuth gcp) {
    this.gcp = gcp;
  }

  public VaultAuth withGcp(VaultGcpAuth gcp) {
    this.gcp = gcp;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof VaultAuth that)) {
      return false;
    }
    return Objects.equals(namespace, that.namespace)
        && Objects.equals(tokenSecretRef, that.tokenSecretRef)
        && Objects.equals(appRole, that.appRole)
        && Objects.equals(kubernetes, that.kubernetes)
        && Objects.equals(ldap, that.ldap)
        && Objects.equals(userPass, that.userPass)
        && Objects.equals(jwt, that.jwt)
        && Objects.equals(cert, that.cert)
        && Objects.equals(iam, that.iam)
        && Objects.equals(gcp, that.gcp);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        namespace, tokenSecretRef, appRole, kubernetes, ldap, userPass, jwt, cert, iam, gcp);
  }

  @Override
  public String toString() {
    return "VaultAuth{"
        + "namespace="
        + namespace
        + ", "
        + "tokenSecretRef="
        + tokenSecretRef
        + ", "
        + "appRole="
        + appRole
        + ", "
        + "kubernetes="
        + kubernetes
        + ", "
        + "ldap="
        + ldap
        + ", "
        + "userPass="
        + userPass
        + ", "
        + "jwt="
        + jwt
        + ", "
        + "cert="
        + cert
        + ", "
        + "iam="
        + iam
        + ", "
        + "gcp="
        + gcp
        + "}";
  }
}
