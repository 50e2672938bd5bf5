package io.jeso.core.refresh;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether an ExternalSecret must fetch from its provider now, and when to look again; ESO's
 * semantics exactly:
 *
 * <ul>
 *   <li><b>CreatedOnce</b>: only if it never synced.
 *   <li><b>OnChange</b>: if it never synced or its spec, labels or annotations changed since the
 *       last sync.
 *   <li><b>Periodic</b> (also when unset): with {@code refreshInterval} 0 or less, never again
 *       after the first sync, not even on a change (ESO's long-standing rule; OnChange exists for
 *       that). Otherwise if anything changed, if it never synced, if the last refresh lies in the
 *       future (a clock jump), or if the interval has passed and the sync windows allow it.
 * </ul>
 *
 * <p>Independently of this, a target Secret that is missing or was edited is repaired (see the
 * planner's "secret valid" check), which is how CreatedOnce and interval 0 still self-heal.
 */
public final class RefreshDecision {
  private RefreshDecision() {}

  /** Why the decision came out as it did, for debug logs. */
  public record Outcome(boolean refresh, String why) {}

  public static Outcome decide(RefreshState s, Instant now) {
    return switch (s.policy()) {
      case CREATED_ONCE ->
          s.neverSynced()
              ? new Outcome(true, "never synced")
              : new Outcome(false, "refreshPolicy CreatedOnce and already synced");
      case ON_CHANGE -> {
        if (s.neverSynced()) {
          yield new Outcome(true, "never synced");
        }
        yield s.changedSinceSync()
            ? new Outcome(true, "spec, labels or annotations changed")
            : new Outcome(false, "refreshPolicy OnChange and nothing changed");
      }
      case PERIODIC -> periodic(s, now);
    };
  }

  private static Outcome periodic(RefreshState s, Instant now) {
    if (!s.interval().isPositive() && !s.syncedResourceVersion().isEmpty()) {
      return new Outcome(false, "refreshInterval 0 and already synced");
    }
    if (s.changedSinceSync()) {
      return new Outcome(true, "spec, labels or annotations changed");
    }
    if (s.refreshTime() == null) {
      return new Outcome(true, "never synced");
    }
    if (s.refreshTime().isAfter(now)) {
      return new Outcome(true, "last refresh time lies in the future");
    }
    Instant due = RefreshPhase.nextDue(s.refreshTime(), s.interval(), s.phaseSeed());
    if (s.phaseSeed() == RefreshPhase.NONE ? !due.isBefore(now) : now.isBefore(due)) {
      return new Outcome(false, "refresh interval has not passed");
    }
    return SyncWindowGate.allowsPeriodicRefresh(s.windows(), now)
        ? new Outcome(true, "refresh interval passed")
        : new Outcome(false, "refresh interval passed but the sync windows hold it back");
  }

  /**
   * When to reconcile again after a successful pass (ESO's requeue): never for an interval of 0 or
   * less; the remainder of the interval since {@code refreshTime}; at once when that is overdue or
   * in the future.
   *
   * @return null for "do not requeue", {@link Duration#ZERO} for "now", else the delay
   */
  public static Duration requeueAfter(Duration interval, Instant refreshTime, Instant now) {
    return requeueAfter(interval, refreshTime, now, RefreshPhase.NONE);
  }

  /**
   * As {@link #requeueAfter(Duration, Instant, Instant)}, until the refresh is due at the phase of
   * {@code phaseSeed} ({@link RefreshPhase}).
   */
  public static Duration requeueAfter(
      Duration interval, Instant refreshTime, Instant now, long phaseSeed) {
    if (interval == null || !interval.isPositive()) {
      return null;
    }
    if (refreshTime == null) {
      return interval;
    }
    if (refreshTime.isAfter(now)) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(now, RefreshPhase.nextDue(refreshTime, interval, phaseSeed));
    return left.isNegative() ? Duration.ZERO : left;
  }
}
