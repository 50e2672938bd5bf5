package io.jeso.api.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.Objects;

/** A CA certificate held in a Secret or ConfigMap, used to trust a provider's TLS endpoint. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class CAProvider {

  /** Secret or ConfigMap. */
  @Required private CAProviderType type;

  /** Name of the object. */
  @Required
  @Size(min = 1, max = 253)
  @Pattern(Patterns.DNS_SUBDOMAIN)
  private String name;

  /** Key holding the PEM bundle. */
  @Size(min = 1, max = 253)
  @Pattern(Patterns.SECRET_KEY)
  private String key;

  /** Namespace of the object; ClusterSecretStore only. */
  @Size(min = 1, max = 63)
  @Pattern(Patterns.DNS_LABEL)
  private String namespace;

  public CAProviderType getType() {
    return type;
  }

  public void setType(CAProviderType type) {
    this.type = type;
  }

  public CAProvider withType(CAProviderType type) {
    this.type = type;
    return this;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public CAProvider withName(String name) {
    this.name = name;
    return this;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public CAProvider withKey(String key) {
    this.key = key;
    return this;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public CAProvider withNamespace(String namespace) {
    this.namespace = namespace;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CAProvider that)) {
      return false;
    }
    return Objects.equals(type, that.type)
        && Objects.equals(name, that.name)
        && Objects.equals(key, that.key)
        && Objects.equals(namespace, that.namespace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, name, key, namespace);
  }

  @Override
  public String toString() {
    return "CAProvider{"
        + "type="
        + type
        + ", "
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
