package io.jeso.api.store.vault;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.jeso.api.common.SecretKeySelector;
import java.util.Objects;

/** LDAP login. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class VaultLdapAuth {

  /** Mount path of the LDAP method. */
  @Required
  @Default("ldap")
  private String path;

  /** LDAP user. */
  @Required private String username;

  /** Password. */
  private SecretKeySelector secretRef;

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public VaultLdapAuth withPath(String path) {
    this.path = path;
    return this;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public VaultLdapAuth withUsername(String username) {
    this.username = username;
    return this;
  }

  public SecretKeySelector getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(SecretKeySelector secretRef) {
    this.secretRef = secretRef;
  }

  public VaultLdapAuth withSecretRef(SecretKeySelector secretRef) {
    this.secretRef = secretRef;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof VaultLdapAuth that)) {
      return false;
    }
    return Objects.equals(path, that.path)
        && Objects.equals(username, that.username)
        && Objects.equals(secretRef, that.secretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, username, secretRef);
  }

  @Override
  public String toString() {
    return "VaultLdapAuth{"
        + "path="
        + path
        + ", "
        + "username="
        + username
        + ", "
        + "secretRef="
        + secretRef
        + "}";
  }
}
