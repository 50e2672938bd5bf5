package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Labels, annotations and finalizers the template puts on the target. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TemplateMetadata {

  /** Annotations; values are templates. */
  private Map<String, String> annotations;

  /** Labels; values are templates. */
  private Map<String, String> labels;

  /** Finalizers added to the target. */
  private List<String> finalizers;

  public Map<String, String> getAnnotations() {
    return annotations;
  }

  public void setAnnotations(Map<String, String> annotations) {
    this.annotations = annotations;
  }

  public TemplateMetadata withAnnotations(Map<String, String> annotations) {
    this.annotations = annotations;
    return this;
  }

  public Map<String, String> getLabels() {
    return labels;
  }

  public void setLabels(Map<String, String> labels) {
    this.labels = labels;
  }

  public TemplateMetadata withLabels(Map<String, String> labels) {
    this.labels = labels;
    return this;
  }

  public List<String> getFinalizers() {
    return finalizers;
  }

  public void setFinalizers(List<String> finalizers) {
    this.finalizers = finalizers;
  }

  public TemplateMetadata withFinalizers(List<String> finalizers) {
    this.finalizers = finalizers;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TemplateMetadata that)) {
      return false;
    }
    return Objects.equals(annotations, that.annotations)
        && Objects.equals(labels, that.labels)
        && Objects.equals(finalizers, that.finalizers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(annotations, labels, finalizers);
  }

  @Override
  public String toString() {
    return "TemplateMetadata{"
        + "annotations="
        + annotations
        + ", "
        + "labels="
        + labels
        + ", "
        + "finalizers="
        + finalizers
        + "}";
  }
}
