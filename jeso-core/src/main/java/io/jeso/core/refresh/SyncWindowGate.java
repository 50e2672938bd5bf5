package io.jeso.core.refresh;

import io.jeso.api.externalsecret.SyncWindow;
import io.jeso.api.externalsecret.SyncWindowKind;
import io.jeso.api.externalsecret.SyncWindows;
import io.jeso.core.time.GoDuration;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * {@code spec.syncWindows}: whether a <em>periodic</em> refresh may run now (spec and metadata
 * changes and self-healing are never held back). {@code deny} blocks while any window is open;
 * {@code allow} permits only while one is. A window opens at each activation of its schedule and
 * stays open for its duration (UTC). A window whose schedule or duration does not parse is ignored,
 * as ESO does, so a typo cannot stop syncs forever; the CRD pattern rejects most typos at
 * admission.
 */
public final class SyncWindowGate {
  private SyncWindowGate() {}

  public static boolean allowsPeriodicRefresh(SyncWindows windows, Instant now) {
    if (windows == null || windows.getWindows() == null || windows.getWindows().isEmpty()) {
      return true;
    }
    boolean anyOpen = windows.getWindows().stream().anyMatch(w -> isOpen(w, now));
    return windows.getKind() == SyncWindowKind.ALLOW ? anyOpen : !anyOpen;
  }

  /** Whether {@code now} lies within the window opened by the latest activation at or before it. */
  static boolean isOpen(SyncWindow window, Instant now) {
    Optional<CronSchedule> schedule = parse(window);
    Optional<Duration> duration = duration(window);
    if (schedule.isEmpty() || duration.isEmpty()) {
      return false;
    }
    ZonedDateTime at = now.atZone(ZoneOffset.UTC);
    // The first activation after (now - duration - 1s) is the latest one that can still be open.
    Optional<ZonedDateTime> opened = schedule.get().next(at.minus(duration.get()).minusSeconds(1));
    return opened.isPresent()
        && !opened.get().isAfter(at)
        && !at.isAfter(opened.get().plus(duration.get()));
  }

  private static Optional<CronSchedule> parse(SyncWindow window) {
    try {
      return Optional.of(CronSchedule.parse(window.getSchedule()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> duration(SyncWindow window) {
    try {
      return Optional.of(GoDuration.parse(window.getDuration()));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
