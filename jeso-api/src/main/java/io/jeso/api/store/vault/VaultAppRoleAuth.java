package io.jeso.api.store.vault;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.jeso.api.common.SecretKeySelector;
import java.util.Objects;

/** AppRole login. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class VaultAppRoleAuth {

  /** Mount path of the AppRole method. */
  @Required
  @Default("approle")
  private String path;

  /** Role id, inline. */
  private String roleId;

  /** Role id, from a Secret. */
  private SecretKeySelector roleRef;

  /** Secret id. */
  @Required private SecretKeySelector secretRef;

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public VaultAppRoleAuth withPath(String path) {
    this.path = path;
    return this;
  }

  public String getRoleId() {
    return roleId;
  }

  public void setRoleId(String roleId) {
    this.roleId = roleId;
  }

  public VaultAppRoleAuth withRoleId(String roleId) {
    this.roleId = roleId;
    return this;
  }

  public SecretKeySelector getRoleRef() {
    return roleRef;
  }

  public void setRoleRef(SecretKeySelector roleRef) {
    this.roleRef = roleRef;
  }

  public VaultAppRoleAuth withRoleRef(SecretKeySelector roleRef) {
    this.roleRef = roleRef;
    return this;
  }

  public SecretKeySelector getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(SecretKeySelector secretRef) {
    this.secretRef = secretRef;
  }

  public VaultAppRoleAuth withSecretRef(SecretKeySelector secretRef) {
    this.secretRef = secretRef;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof VaultAppRoleAuth that)) {
      return false;
    }
    return Objects.equals(path, that.path)
        && Objects.equals(roleId, that.roleId)
        && Objects.equals(roleRef, that.roleRef)
        && Objects.equals(secretRef, that.secretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, roleId, roleRef, secretRef);
  }

  @Override
  public String toString() {
    return "VaultAppRoleAuth{"
        + "path="
        + path
        + ", "
        + "roleId="
        + roleId
        + ", "
        + "roleRef="
        + roleRef
        + ", "
        + "secretRef="
        + secretRef
        + "}";
  }
}
