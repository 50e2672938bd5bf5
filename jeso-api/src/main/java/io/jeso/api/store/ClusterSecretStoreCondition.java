package io.jeso.api.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.kubernetes.api.model.LabelSelector;
import java.util.List;
import java.util.Objects;

/**
 * Which namespaces may use a ClusterSecretStore. Entries are ORed; within one entry every set field
 * must match. Enforced by jeso's controller on every fetch, not only at admission.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ClusterSecretStoreCondition {

  /** Namespaces whose labels match. */
  private LabelSelector namespaceSelector;

  /** Namespaces by name. */
  private List<String> namespaces;

  /** Regular expressions a namespace name must match. */
  private List<String> namespaceRegexes;

  public LabelSelector getNamespaceSelector() {
    return namespaceSelector;
  }

  public void setNamespaceSelector(LabelSelector namespaceSelector) {
    this.namespaceSelector = namespaceSelector;
  }

  public ClusterSecretStoreCondition withNamespaceSelector(LabelSelector namespaceSelector) {
    this.namespaceSelector = namespaceSelector;
    return this;
  }

  public List<String> getNamespaces() {
    return namespaces;
  }

  public void setNamespaces(List<String> namespaces) {
    this.namespaces = namespaces;
  }

  public ClusterSecretStoreCondition withNamespaces(List<String> namespaces) {
    this.namespaces = namespaces;
    return this;
  }

  public List<String> getNamespaceRegexes() {
    return namespaceRegexes;
  }

  public void setNamespaceRegexes(List<String> namespaceRegexes) {
    this.namespaceRegexes = namespaceRegexes;
  }

  public ClusterSecretStoreCondition withNamespaceRegexes(List<String> namespaceRegexes) {
    this.namespaceRegexes = namespaceRegexes;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ClusterSecretStoreCondition that)) {
      return false;
    }
    return Objects.equals(namespaceSelector, that.namespaceSelector)
        && Objects.equals(namespaces, that.namespaces)
        && Objects.equals(namespaceRegexes, that.namespaceRegexes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(namespaceSelector, namespaces, namespaceRegexes);
  }

  @Override
  public String toString() {
    return "ClusterSecretStoreCondition{"
        + "namespaceSelector="
        + namespaceSelector
        + ", "
        + "namespaces="
        + namespaces
        + ", "
        + "namespaceRegexes="
        + namespaceRegexes
        + "}";
  }
}
