package io.jeso.core.refresh;

import java.time.Duration;
import java.time.Instant;

/**
 * When a periodic refresh is due. ESO refreshes each ExternalSecret one interval after its own last
 * sync, so ExternalSecrets that read the same secret drift apart and each costs a provider call.
 * jeso gives every ExternalSecret a <em>phase</em>: a fixed second within the interval, derived
 * from what it reads ({@link #seed}). Its refresh is due at the first instant of its phase after
 * the last refresh. ExternalSecrets that read the same keys therefore come due together, one shared
 * read serves them all, and different keys are spread evenly over the interval instead of bunching
 * where a restart or a bulk apply put them.
 *
 * <p>The gap between two refreshes is never longer than the interval; after a sync that was not a
 * periodic refresh (a new or changed ExternalSecret) the next one may come earlier, at the phase.
 * Phases are whole seconds, matching refreshTime in the status, so the decision taken from the
 * status and the requeue computed right after a sync agree.
 */
public final class RefreshPhase {
  /** No phase: due exactly one interval after the last refresh, as in ESO. */
  public static final long NONE = Long.MIN_VALUE;

  private RefreshPhase() {}

  /**
   * The first instant of the phase of {@code seed} after {@code lastRefresh} (truncated to whole
   * seconds), at most {@code interval} after it.
   */
  public static Instant nextDue(Instant lastRefresh, Duration interval, long seed) {
    long period = interval.toSeconds();
    if (seed == NONE || period < 2) {
      return lastRefresh.plus(interval);
    }
    long last = lastRefresh.getEpochSecond();
    long offset = Math.floorMod(Math.floorMod(seed, period) - last, period);
    return Instant.ofEpochSecond(last + (offset == 0 ? period : offset));
  }

  /**
   * A phase seed for what an ExternalSecret reads: equal inputs give equal seeds, in every jeso
   * process (String's hash is specified), and different inputs spread evenly.
   */
  public static long seed(String whatItReads) {
    long h = 0xcbf29ce484222325L; // 64-bit FNV-1a: spreads short, similar strings well
    for (int i = 0; i < whatItReads.length(); i++) {
      h ^= whatItReads.charAt(i);
      h *= 0x100000001b3L;
    }
    return h == NONE ? 0 : h;
  }
}
