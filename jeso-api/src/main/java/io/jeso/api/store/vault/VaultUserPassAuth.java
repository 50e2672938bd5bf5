package io.jeso.api.store.vault;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Required;
import io.jeso.api.common.SecretKeySelector;
import java.util.Objects;

/** Username and password login. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class VaultUserPassAuth {

  /** Mount path of the userpass method. */
  @Required
  @Default("userpass")
  private String path;

  /** User. */
  @Required private String username;

  /** Password. */
  private SecretKeySelector secretRef;

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public VaultUserPassAuth withPath(String path) {
    this.path = path;
    return this;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public VaultUserPassAuth withUsername(String username) {
    this.username = username;
    return this;
  }

  public SecretKeySelector getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(SecretKeySelector secretRef) {
    this.secretRef = secretRef;
  }

  public VaultUserPassAuth withSecretRef(SecretKeySelector secretRef) {
    this.secretRef = secretRef;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof VaultUserPassAuth that)) {
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
    return "VaultUserPassAuth{"
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
