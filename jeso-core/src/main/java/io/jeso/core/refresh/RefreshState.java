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
 */
public record RefreshState(
    RefreshPolicy policy,
    Duration interval,
    String syncedResourceVersion,
    Instant refreshTime,
    String currentResourceVersion,
    SyncWindows windows) {

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
