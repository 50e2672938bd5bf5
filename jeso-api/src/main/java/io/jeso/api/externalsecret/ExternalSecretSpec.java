package io.jeso.api.externalsecret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Default;
import io.jeso.api.Defaults;
import java.util.List;
import java.util.Objects;

/**
 * Desired state of an ExternalSecret; shared by v1, v1beta1 and
 * ClusterExternalSecret.externalSecretSpec.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ExternalSecretSpec {

  /** Default store; optional when every entry has a sourceRef. */
  private SecretStoreRef secretStoreRef;

  /** The Secret to write; see Defaults when absent. */
  private ExternalSecretTarget target;

  /** When to fetch again; Periodic when unset. */
  private RefreshPolicy refreshPolicy;

  /**
   * Go duration between periodic fetches; 0 fetches once. Defaulted to 1h0m0s as in ESO (a
   * top-level field, so no GitOps drift, and kubectl shows the effective value).
   */
  @Default(Defaults.REFRESH_INTERVAL)
  private String refreshInterval;

  /** Windows gating periodic refresh. */
  private SyncWindows syncWindows;

  /** Individual keys. */
  private List<ExternalSecretData> data;

  /** Maps of keys, merged in order (later wins). */
  private List<ExternalSecretDataFrom> dataFrom;

  public SecretStoreRef getSecretStoreRef() {
    return secretStoreRef;
  }

  public void setSecretStoreRef(SecretStoreRef secretStoreRef) {
    this.secretStoreRef = secretStoreRef;
  }

  public ExternalSecretSpec withSecretStoreRef(SecretStoreRef secretStoreRef) {
    this.secretStoreRef = secretStoreRef;
    return this;
  }

  public ExternalSecretTarget getTarget() {
    return target;
  }

  public void setTarget(ExternalSecretTarget target) {
    this.target = target;
  }

  public ExternalSecretSpec withTarget(ExternalSecretTarget target) {
    this.target = target;
    return this;
  }

  public RefreshPolicy getRefreshPolicy() {
    return refreshPolicy;
  }

  public void setRefreshPolicy(RefreshPolicy refreshPolicy) {
    this.refreshPolicy = refreshPolicy;
  }

  public ExternalSecretSpec withRefreshPolicy(RefreshPolicy refreshPolicy) {
    this.refreshPolicy = refreshPolicy;
    return this;
  }

  public String getRefreshInterval() {
    return refreshInterval;
  }

  public void setRefreshInterval(String refreshInterval) {
    this.refreshInterval = refreshInterval;
  }

  public ExternalSecretSpec withRefreshInterval(String refreshInterval) {
    this.refreshInterval = refreshInterval;
    return this;
  }

  public SyncWindows getSyncWindows() {
    return syncWindows;
  }

  public void setSyncWindows(SyncWindows syncWindows) {
    this.syncWindows = syncWindows;
  }

  public ExternalSecretSpec withSyncWindows(SyncWindows syncWindows) {
    this.syncWindows = syncWindows;
    return this;
  }

  public List<ExternalSecretData> getData() {
    return data;
  }

  public void setData(List<ExternalSecretData> data) {
    this.data = data;
  }

  public ExternalSecretSpec withData(List<ExternalSecretData> data) {
    this.data = data;
    return this;
  }

  public List<ExternalSecretDataFrom> getDataFrom() {
    return dataFrom;
  }

  public void setDataFrom(List<ExternalSecretDataFrom> dataFrom) {
    this.dataFrom = dataFrom;
  }

  public ExternalSecretSpec withDataFrom(List<ExternalSecretDataFrom> dataFrom) {
    this.dataFrom = dataFrom;
    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ExternalSecretSpec that)) {
      return false;
    }
    return Objects.equals(secretStoreRef, that.secretStoreRef)
        && Objects.equals(target, that.target)
        && Objects.equals(refreshPolicy, that.refreshPolicy)
        && Objects.equals(refreshInterval, that.refreshInterval)
        && Objects.equals(syncWindows, that.syncWindows)
        && Objects.equals(data, that.data)
        && Objects.equals(dataFrom, that.dataFrom);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        secretStoreRef, target, refreshPolicy, refreshInterval, syncWindows, data, dataFrom);
  }

  @Override
  public String toString() {
    return "ExternalSecretSpec{"
        + "secretStoreRef="
        + secretStoreRef
        + ", "
        + "target="
        + target
        + ", "
        + "refreshPolicy="
        + refreshPolicy
        + ", "
        + "refreshInterval="
        + refreshInterval
        + ", "
        + "syncWindows="
        + syncWindows
        + ", "
        + "data="
        + data
        + ", "
        + "dataFrom="
        + dataFrom
        + "}";
  }
}
