package io.jeso.api.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;
import java.util.Objects;

/** A ServiceAccount whose token jeso requests (TokenRequest API) to authenticate to a provider. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ServiceAccountSelector {

  /** Name of the ServiceAccount. */
  @Required
  @Size(min = 1, max = 253)
  @Pattern(Patterns.DNS_SUBDOMAIN)
  private String name;

  /** Namespace; only meaningful on ClusterSecretStores. */
  @Size(min = 1, max = 63)
  @Pattern(Patterns.DNS_LABEL)
  private String namespace;

  /** Extra audiences for the requested token. */
  private List<String> audiences;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public ServiceAccountSelector withName(String name) {
    this.name = name;
    return this;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public ServiceAccountSelector withNamespace(String namespace) {
    this.namespace = namespace;
    return this;
  }

  public List<String> getAudiences() {
    return audiences;
  }

  public void setAudiences(List<String> audiences) {
    this.audiences = audiences;
  }

  public ServiceAccountSelector withAudiences(List<String> audiences) {
    this.audiences = audiences;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ServiceAccountSelector that)) {
      return false;
    }
    return Objects.equals(name, that.name)
        && Objects.equals(namespace, that.namespace)
        && Objects.equals(audiences, that.audiences);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, namespace, audiences);
  }

  @Override
  public String toString() {
    return "ServiceAccountSelector{"
        + "name="
        + name
        + ", "
        + "namespace="
        + namespace
        + ", "
        + "audiences="
        + audiences
        + "}";
  }
}
