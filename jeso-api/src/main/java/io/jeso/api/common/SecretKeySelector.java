package io.jeso.api.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import java.util.Objects;

/**
 * A key of a Kubernetes Secret, used by store auth blocks. In a SecretStore the namespace must be
 * empty or the store's own; in a ClusterSecretStore an empty namespace means referent auth (the
 * ExternalSecret's namespace). Those rules are enforced by jeso, not by the schema, because they
 * depend on the kind of the owning store.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class SecretKeySelector {

  /** Name of the Secret. */
  @Size(min = 1, max = 253)
  @Pattern(Patterns.DNS_SUBDOMAIN)
  private String name;

  /** Namespace of the Secret; see the class comment for when it may be set. */
  @Size(min = 1, max = 63)
  @Pattern(Patterns.DNS_LABEL)
  private String namespace;

  /** Key inside the Secret. Some providers use a default when it is empty. */
  @Size(min = 1, max = 253)
  @Pattern(Patterns.SECRET_KEY)
  private String key;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public SecretKeySelector withName(String name) {
    this.name = name;
    return this;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public SecretKeySelector withNamespace(String namespace) {
    this.namespace = namespace;
    return this;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public SecretKeySelector withKey(String key) {
    this.key = key;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SecretKeySelector that)) {
      return false;
    }
    return Objects.equals(name, that.name)
        && Objects.equals(namespace, that.namespace)
        && Objects.equals(key, that.key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, namespace, key);
  }

  @Override
  public String toString() {
    return "SecretKeySelector{"
        + "name="
        + name
        + ", "
        + "namespace="
        + namespace
        + ", "
        + "key="
        + key
        + "}";
  }
}
