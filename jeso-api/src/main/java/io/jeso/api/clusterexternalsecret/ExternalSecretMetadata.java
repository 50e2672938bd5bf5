package io.jeso.api.clusterexternalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.Objects;

/** Labels and annotations put on every ExternalSecret a ClusterExternalSecret creates. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ExternalSecretMetadata {

  /** Annotations. */
  private Map<String, String> annotations;

  /** Labels. */
  private Map<String, String> labels;

  public Map<String, String> getAnnotations() {
    return annotations;
  }

  public void setAnnotations(Map<String, String> annotations) {
    this.annotations = annotations;
  }

  public ExternalSecretMetadata withAnnotations(Map<String, String> annotations) {
    this.annotations = annotations;
    return this;
  }

  public Map<String, String> getLabels() {
    return labels;
  }

  public void setLabels(Map<String, String> labels) {
    this.labels = labels;
  }

  public ExternalSecretMetadata withLabels(Map<String, String> labels) {
    this.labels = labels;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ExternalSecretMetadata that)) {
      return false;
    }
    return Objects.equals(annotations, that.annotations) && Objects.equals(labels, that.labels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(annotations, labels);
  }

  @Override
  public String toString() {
    return "ExternalSecretMetadata{"
        + "annotations="
        + annotations
        + ", "
        + "labels="
        + labels
        + "}";
  }
}
