package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Nullable;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.jeso.api.common.Condition;
import java.util.List;
import java.util.Objects;

/** Observed state of an ExternalSecret, written only by jeso. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ExternalSecretStatus {

  /** RFC 3339 start time of the last successful sync. */
  @Nullable private String refreshTime;

  /** <generation>-<hash of labels and annotations> of the last sync. */
  private String syncedResourceVersion;

  /** Ready (and Deleted, metrics only). */
  private List<Condition> conditions;

  /** servicebinding.io: the Secret that was provisioned. */
  private LocalObjectReference binding;

  public String getRefreshTime() {
    return refreshTime;
  }

  public void setRefreshTime(String refreshTime) {
    this.refreshTime = refreshTime;
  }

  public ExternalSecretStatus withRefreshTime(String refreshTime) {
    this.refreshTime = refreshTime;
    return this;
  }

  public String getSyncedResourceVersion() {
    return syncedResourceVersion;
  }

  public void setSyncedResourceVersion(String syncedResourceVersion) {
    this.syncedResourceVersion = syncedResourceVersion;
  }

  public ExternalSecretStatus withSyncedResourceVersion(String syncedResourceVersion) {
    this.syncedResourceVersion = syncedResourceVersion;
    return this;
  }

  public List<Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<Condition> conditions) {
    this.conditions = conditions;
  }

  public ExternalSecretStatus withConditions(List<Condition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public LocalObjectReference getBinding() {
    return binding;
  }

  public void setBinding(LocalObjectReference binding) {
    this.binding = binding;
  }

  public ExternalSecretStatus withBinding(LocalObjectReference binding) {
    this.binding = binding;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ExternalSecretStatus that)) {
      return false;
    }
    return Objects.equals(refreshTime, that.refreshTime)
        && Objects.equals(syncedResourceVersion, that.syncedResourceVersion)
        && Objects.equals(conditions, that.conditions)
        && Objects.equals(binding, that.binding);
  }

  @Override
  public int hashCode() {
    return Objects.hash(refreshTime, syncedResourceVersion, conditions, binding);
  }

  @Override
  public String toString() {
    return "ExternalSecretStatus{"
        + "refreshTime="
        + refreshTime
        + ", "
        + "syncedResourceVersion="
        + syncedResourceVersion
        + ", "
        + "conditions="
        + conditions
        + ", "
        + "binding="
        + binding
        + "}";
  }
}
