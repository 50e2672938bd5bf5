package io.jeso.api.clusterexternalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;
import java.util.Objects;

/** A namespace where the ExternalSecret could not be created or updated. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class NamespaceFailure {

  /** The namespace. */
  @Required private String namespace;

  /** Why it failed; safe to show (no secret values). */
  private String reason;

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public NamespaceFailure withNamespace(String namespace) {
    this.namespace = namespace;
    return this;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public NamespaceFailure withReason(String reason) {
    this.reason = reason;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof NamespaceFailure that)) {
      return false;
    }
    return Objects.equals(namespace, that.namespace) && Objects.equals(reason, that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(namespace, reason);
  }

  @Override
  public String toString() {
    return "NamespaceFailure{" + "namespace=" + namespace + ", " + "reason=" + reason + "}";
  }
}
