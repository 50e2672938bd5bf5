package io.jeso.api.store.gcp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.jeso.api.common.Patterns;
import java.util.Objects;

/** A key of a ConfigMap holding a credential configuration. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GcpConfigMapKeyRef {

  /** Name of the ConfigMap. */
  @Required
  @Size(min = 1, max = 253)
  @Pattern(Patterns.DNS_SUBDOMAIN)
  private String name;

  /** Key in the ConfigMap. */
  @Required
  @Size(min = 1, max = 253)
  @Pattern(Patterns.SECRET_KEY)
  private String key;

  /** Namespace; ClusterSecretStore only. */
  @Size(min = 1, max = 63)
  @Pattern(Patterns.DNS_LABEL)
  private String namespace;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public GcpConfigMapKeyRef withName(String name) {
    this.name = name;
    return this;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public GcpConfigMapKeyRef withKey(String key) {
    this.key = key;
    return this;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public GcpConfigMapKeyRef withNamespace(String namespace) {
    this.namespace = namespace;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GcpConfigMapKeyRef that)) {
      return false;
    }
    return Objects.equals(name, that.name)
        && Objects.equals(key, that.key)
        && Objects.equals(namespace, that.namespace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, key, namespace);
  }

  @Override
  public String toString() {
    return "GcpConfigMapKeyRef{"
        + "name="
        + name
        + ", "
        + "key="
        + key
        + ", "
        + "namespace="
        + namespace
        + "}";
  }
}
