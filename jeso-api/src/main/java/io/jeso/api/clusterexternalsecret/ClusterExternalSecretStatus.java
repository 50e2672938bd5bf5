package io.jeso.api.clusterexternalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.jeso.api.common.Condition;
import java.util.List;
import java.util.Objects;

/** Observed state of a ClusterExternalSecret, written only by jeso. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ClusterExternalSecretStatus {

  /** Name of the ExternalSecrets created. */
  private String externalSecretName;

  /** Namespaces that failed. */
  private List<NamespaceFailure> failedNamespaces;

  /** Namespaces that have the ExternalSecret. */
  private List<String> provisionedNamespaces;

  /** Ready. */
  private List<Condition> conditions;

  public String getExternalSecretName() {
    return externalSecretName;
  }

  public void setExternalSecretName(String externalSecretName) {
    this.externalSecretName = externalSecretName;
  }

  public ClusterExternalSecretStatus withExternalSecretName(String externalSecretName) {
    this.externalSecretName = externalSecretName;
    return this;
  }

  public List<NamespaceFailure> getFailedNamespaces() {
    return failedNamespaces;
  }

  public void setFailedNamespaces(List<NamespaceFailure> failedNamespaces) {
    this.failedNamespaces = failedNamespaces;
  }

  public ClusterExternalSecretStatus withFailedNamespaces(List<NamespaceFailure> failedNamespaces) {
    this.failedNamespaces = failedNamespaces;
    return this;
  }

  public List<String> getProvisionedNamespaces() {
    return provisionedNamespaces;
  }

  public void setProvisionedNamespaces(List<String> provisionedNamespaces) {
    this.provisionedNamespaces = provisionedNamespaces;
  }

  public ClusterExternalSecretStatus withProvisionedNamespaces(List<String> provisionedNamespaces) {
    this.provisionedNamespaces = provisionedNamespaces;
    return this;
  }

  public List<Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<Condition> conditions) {
    this.conditions = conditions;
  }

  public ClusterExternalSecretStatus withConditions(List<Condition> conditions) {
    this.conditions = conditions;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ClusterExternalSecretStatus that)) {
      return false;
    }
    return Objects.equals(externalSecretName, that.externalSecretName)
        && Objects.equals(failedNamespaces, that.failedNamespaces)
        && Objects.equals(provisionedNamespaces, that.provisionedNamespaces)
        && Objects.equals(conditions, that.conditions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(externalSecretName, failedNamespaces, provisionedNamespaces, conditions);
  }

  @Override
  public String toString() {
    return "ClusterExternalSecretStatus{"
        + "externalSecretName="
        + externalSecretName
        + ", "
        + "failedNamespaces="
        + failedNamespaces
        + ", "
        + "provisionedNamespaces="
        + provisionedNamespaces
        + ", "
        + "conditions="
        + conditions
        + "}";
  }
}
