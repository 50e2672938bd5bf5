package io.jeso.api.generator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.crd.generator.annotation.PreserveUnknownFields;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.Objects;

/** Spec of a ClusterGenerator: a cluster-wide generator of any kind. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ClusterGeneratorSpec {

  /** Kind of the wrapped generator. */
  @Required private ClusterGeneratorKind kind;

  /** The wrapped generator's spec. */
  @Required
  @PreserveUnknownFields
  @Size(min = 1, max = 1)
  private GeneratorSpecs generator;

  public ClusterGeneratorKind getKind() {
    return kind;
  }

  public void setKind(ClusterGeneratorKind kind) {
    this.kind = kind;
  }

  public ClusterGeneratorSpec withKind(ClusterGeneratorKind kind) {
    this.kind = kind;
    return this;
  }

  public GeneratorSpecs getGenerator() {
    return generator;
  }

  public void setGenerator(GeneratorSpecs generator) {
    this.generator = generator;
  }

  public ClusterGeneratorSpec withGenerator(GeneratorSpecs generator) {
    this.generator = generator;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ClusterGeneratorSpec that)) {
      return false;
    }
    return Objects.equals(kind, that.kind) && Objects.equals(generator, that.generator);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, generator);
  }

  @Override
  public String toString() {
    return "ClusterGeneratorSpec{" + "kind=" + kind + ", " + "generator=" + generator + "}";
  }
}
