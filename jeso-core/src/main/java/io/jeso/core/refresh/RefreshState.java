package io.jeso.core.refresh;

import io.jeso.api.externalsecret.RefreshPolicy;
import io.jeso.api.externalsecret.SyncWindows;
import java.time.Duration;
import java.time.Instant;

/**
 * What the refresh decision looks at, taken from an ExternalSecret.
 *
 * @param policy {@code spec.refreshPolicy}; null means Periodic
 * @param interval {@code spec.refreshInterval}; zero or negative means "once"
 * @param syncedResourceVersion {@code status.syncedResourceVersion}, or null/empty when never
 *     synced
 * @param refreshTime {@code status.refreshTime}, or null when never synced
 * @param currentResourceVersion what syncedResourceVersion would be now ({@code <generation>-<meta
 *     hash>})
 * @param windows {@code spec.syncWindows}, or null
 * @param phaseSeed the refresh phase of what the ExternalSecret reads ({@link RefreshPhase}), or
 *     {@link RefreshPhase#NONE}
 */
public record RefreshState(
    RefreshPolicy policy,
    Duration interval,
    String syncedResourceVersion,
    Instant refreshTime,
    String currentResourceVersion,
    SyncWindows windows,
    long phaseSeed) {

  /** Without a phase: due one interval after the last refresh. */
  public RefreshState(
      RefreshPolicy policy,
      Duration interval,
      String syncedResourceVersion,
      Instant refreshTime,
      String currentResourceVersion,
      SyncWindows windows) {
    this(
        policy,
        interval,
        syncedResourceVersion,
        refreshTime,
        currentResourceVersion,
        windows,
        RefreshPhase.NONE);
  }

  public RefreshState {
    policy = policy == null ? RefreshPolicy.PERIODIC : policy;
    interval = interval == null ? Duration.ZERO : interval;
    syncedResourceVersion = syncedResourceVersion == null ? "" : syncedResourceVersion;
  }

  boolean neverSynced() {
    return syncedResourceVersion.isEmpty() || refreshTime == null;
  }

  boolean changedSinceSync() {
    return !syncedResourceVersion.equals(currentResourceVersion);
  }
}
