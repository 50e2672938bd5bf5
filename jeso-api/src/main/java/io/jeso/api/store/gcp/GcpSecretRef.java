package io.jeso.api.store.gcp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.jeso.api.common.Patterns;
import java.util.Objects;

/** A whole Secret (all keys), by name. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GcpSecretRef {

  /** Name of the Secret. */
  @Required
  @Size(min = 1, max = 253)
  @Pattern(Patterns.DNS_SUBDOMAIN)
  private String name;

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

  public GcpSecretRef withName(String name) {
    this.name = name;
    return this;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public GcpSecretRef withNamespace(String namespace) {
    this.namespace = namespace;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GcpSecretRef that)) {
      return false;
    }
    return Objects.equals(name, that.name) && Objects.equals(namespace, that.namespace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, namespace);
  }

  @Override
  public String toString() {
    return "GcpSecretRef{" + "name=" + name + ", " + "namespace=" + namespace + "}";
  }
}
