package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.jeso.api.ApiVersions;
import io.jeso.api.common.Patterns;
import java.util.Objects;

/** Points at a generator (generators.external-secrets.io) whose output becomes secret data. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GeneratorRef {

  /**
   * API version of the generator. Defaulted by the apiserver as in ESO, so stored objects match
   * ESO's.
   */
  @Default(ApiVersions.GENERATORS_V1ALPHA1)
  private String apiVersion;

  /** Kind of the generator. */
  @Required private GeneratorKind kind;

  /** Name of the generator. */
  @Required
  @Size(min = 1, max = 253)
  @Pattern(Patterns.DNS_SUBDOMAIN)
  private String name;

  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public GeneratorRef withApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return this;
  }

  public GeneratorKind getKind() {
    return kind;
  }

  public void setKind(GeneratorKind kind) {
    this.kind = kind;
  }

  public GeneratorRef withKind(GeneratorKind kind) {
    this.kind = kind;
    return this;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public GeneratorRef withName(String name) {
    this.name = name;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GeneratorRef that)) {
      return false;
    }
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(kind, that.kind)
        && Objects.equals(name, that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, kind, name);
  }

  @Override
  public String toString() {
    return "GeneratorRef{"
        + "apiVersion="
        + apiVersion
        + ", "
        + "kind="
        + kind
        + ", "
        + "name="
        + name
        + "}";
  }
}
