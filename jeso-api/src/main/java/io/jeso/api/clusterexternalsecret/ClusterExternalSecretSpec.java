package io.jeso.api.clusterexternalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.jeso.api.common.Patterns;
import io.jeso.api.externalsecret.ExternalSecretSpec;
import java.util.List;
import java.util.Objects;

/** Desired state of a ClusterExternalSecret: one ExternalSecret per selected namespace. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ClusterExternalSecretSpec {

  /**
   * Spec of the ExternalSecrets to create (the same type as ExternalSecret's, so the same schema
   * and defaults apply).
   */
  @Required private ExternalSecretSpec externalSecretSpec;

  /** Name of the ExternalSecrets; the ClusterExternalSecret's name when empty. */
  @Size(min = 1, max = 253)
  @Pattern(Patterns.DNS_SUBDOMAIN)
  private String externalSecretName;

  /** Metadata of the ExternalSecrets. */
  private ExternalSecretMetadata externalSecretMetadata;

  /** Deprecated in ESO: use namespaceSelectors. */
  private LabelSelector namespaceSelector;

  /** Namespaces whose labels match any of these selectors. */
  private List<LabelSelector> namespaceSelectors;

  /** Deprecated in ESO: namespaces by name, ORed with the selectors. */
  private List<String> namespaces;

  /** Go duration after which namespaces are selected again. */
  private String refreshTime;

  public ExternalSecretSpec getExternalSecretSpec() {
    return externalSecretSpec;
  }

  public void setExternalSecretSpec(ExternalSecretSpec externalSecretSpec) {
    this.externalSecretSpec = externalSecretSpec;
  }

  public ClusterExternalSecretSpec withExternalSecretSpec(ExternalSecretSpec externalSecretSpec) {
    this.externalSecretSpec = externalSecretSpec;
    return this;
  }

  public String getExternalSecretName() {
    return externalSecretName;
  }

  public void setExternalSecretName(String externalSecretName) {
    this.externalSecretName = externalSecretName;
  }

  public ClusterExternalSecretSpec withExternalSecretName(String externalSecretName) {
    this.externalSecretName = externalSecretName;
    return this;
  }

  public ExternalSecretMetadata getExternalSecretMetadata() {
    return externalSecretMetadata;
  }

  public void setExternalSecretMetadata(ExternalSecretMetadata externalSecretMetadata) {
    this.externalSecretMetadata = externalSecretMetadata;
  }

  public ClusterExternalSecretSpec withExternalSecretMetadata(
      ExternalSecretMetadata externalSecretMetadata) {
    this.externalSecretMetadata = externalSecretMetadata;
    return this;
  }

  public LabelSelector getNamespaceSelector() {
    return namespaceSelector;
  }

  public void setNamespaceSelector(LabelSelector namespaceSelector) {
    this.namespaceSelector = namespaceSelector;
  }

  public ClusterExternalSecretSpec withNamespaceSelector(LabelSelector namespaceSelector) {
    this.namespaceSelector = namespaceSelector;
    return this;
  }

  public List<LabelSelector> getNamespaceSelectors() {
    return namespaceSelectors;
  }

  public void setNamespaceSelectors(List<LabelSelector> namespaceSelectors) {
    this.namespaceSelectors = namespaceSelectors;
  }

  public ClusterExternalSecretSpec withNamespaceSelectors(List<LabelSelector> namespaceSelectors) {
    this.namespaceSelectors = namespaceSelectors;
    return this;
  }

  public List<String> getNamespaces() {
    return namespaces;
  }

  public void setNamespaces(List<String> namespaces) {
    this.namespaces = namespaces;
  }

  public ClusterExternalSecretSpec withNamespaces(List<String> namespaces) {
    this.namespaces = namespaces;
    return this;
  }

  public String getRefreshTime() {
    return refreshTime;
  }

  public void setRefreshTime(String refreshTime) {
    this.refreshTime = refreshTime;
  }

  public ClusterExternalSecretSpec withRefreshTime(String refreshTime) {
    this.refreshTime = refreshTime;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ClusterExternalSecretSpec that)) {
      return false;
    }
    return Objects.equals(externalSecretSpec, that.externalSecretSpec)
        && Objects.equals(externalSecretName, that.externalSecretName)
        && Objects.equals(externalSecretMetadata, that.externalSecretMetadata)
        && Objects.equals(namespaceSelector, that.namespaceSelector)
        && Objects.equals(namespaceSelectors, that.namespaceSelectors)
        && Objects.equals(namespaces, that.namespaces)
        && Objects.equals(refreshTime, that.refreshTime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        externalSecretSpec,
        externalSecretName,
        externalSecretMetadata,
        namespaceSelector,
        namespaceSelectors,
        namespaces,
        refreshTime);
  }

  @Override
  public String toString() {
    return "ClusterExternalSecretSpec{"
        + "externalSecretSpec="
        + externalSecretSpec
        + ", "
        + "externalSecretName="
        + externalSecretName
        + ", "
        + "externalSecretMetadata="
        + externalSecretMetadata
        + ", "
        + "namespaceSelector="
        + namespaceSelector
        + ", "
        + "namespaceSelectors="
        + namespaceSelectors
        + ", "
        + "namespaces="
        + namespaces
        + ", "
        + "refreshTime="
        + refreshTime
        + "}";
  }
}
