package io.jeso.api.store.vault;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;
import io.jeso.api.store.aws.AwsAuthSecretRef;
import io.jeso.api.store.aws.AwsJwtAuth;
import java.util.Objects;

/** AWS IAM login; neither secretRef nor jwt means the pod's own AWS identity. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class VaultIamAuth {

  /** Mount path of the AWS method. */
  private String path;

  /** AWS region. */
  private String region;

  /** AWS role to assume before logging in. */
  private String role;

  /** Vault role. */
  @Required private String vaultRole;

  /** External id for the assume-role call. */
  private String externalID;

  /** Value of the X-Vault-AWS-IAM-Server-ID header. */
  private String vaultAwsIamServerID;

  /** Static AWS credentials. */
  private AwsAuthSecretRef secretRef;

  /** Web identity through a ServiceAccount token. */
  private AwsJwtAuth jwt;

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public VaultIamAuth withPath(String path) {
    this.path = path;
    return this;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public VaultIamAuth withRegion(String region) {
    this.region = region;
    return this;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public VaultIamAuth withRole(String role) {
    this.role = role;
    return this;
  }

  public String getVaultRole() {
    return vaultRole;
  }

  public void setVaultRole(String vaultRole) {
    this.vaultRole = vaultRole;
  }

  public VaultIamAuth withVaultRole(String vaultRole) {
    this.vaultRole = vaultRole;
    return this;
  }

  public String getExternalID() {
    return externalID;
  }

  public void setExternalID(String externalID) {
    this.externalID = externalID;
  }

  public VaultIamAuth withExternalID(String externalID) {
    this.externalID = externalID;
    return this;
  }

  public String getVaultAwsIamServerID() {
    return vaultAwsIamServerID;
  }

  public void setVaultAwsIamServerID(String vaultAwsIamServerID) {
    this.vaultAwsIamServerID = vaultAwsIamServerID;
  }

  public VaultIamAuth withVaultAwsIamServerID(String vaultAwsIamServerID) {
    this.vaultAwsIamServerID = vaultAwsIamServerID;
    return this;
  }

  public AwsAuthSecretRef getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(AwsAuthSecretRef secretRef) {
    this.secretRef = secretRef;
  }

  public VaultIamAuth withSecretRef(AwsAuthSecretRef secretRef) {
    this.secretRef = secretRef;
    return this;
  }

  public AwsJwtAuth getJwt() {
    return jwt;
  }

  public void setJwt(AwsJwtAuth jwt) {
    this.jwt = jwt;
  }

  public VaultIamAuth withJwt(AwsJwtAuth jwt) {
    this.jwt = jwt;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof VaultIamAuth that)) {
      return false;
    }
    return Objects.equals(path, that.path)
        && Objects.equals(region, that.region)
        && Objects.equals(role, that.role)
        && Objects.equals(vaultRole, that.vaultRole)
        && Objects.equals(externalID, that.externalID)
        && Objects.equals(vaultAwsIamServerID, that.vaultAwsIamServerID)
        && Objects.equals(secretRef, that.secretRef)
        && Objects.equals(jwt, that.jwt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        path, region, role, vaultRole, externalID, vaultAwsIamServerID, secretRef, jwt);
  }

  @Override
  public String toString() {
    return "VaultIamAuth{"
        + "path="
        + path
        + ", "
        + "region="
        + region
        + ", "
        + "role="
        + role
        + ", "
        + "vaultRole="
        + vaultRole
        + ", "
        + "externalID="
        + externalID
        + ", "
        + "vaultAwsIamServerID="
        + vaultAwsIamServerID
        + ", "
        + "secretRef="
        + secretRef
        + ", "
        + "jwt="
        + jwt
        + "}";
  }
}
