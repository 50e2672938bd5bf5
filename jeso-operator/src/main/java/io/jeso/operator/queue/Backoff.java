package io.jeso.operator.queue;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Capped exponential backoff with full jitter, without a give-up: a provider outage of any length
 * is retried until it ends. Jitter keeps the many ExternalSecrets of one broken store from retrying
 * in lockstep.
 */
public record Backoff(Duration base, Duration cap) {
  public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

  public Backoff {
    if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
      throw new IllegalArgumentException(
          "backoff needs 0 < base <= cap, got " + base + " and " + cap);
    }
  }

  /**
   * The delay before retry number {@code failures} (1 for the first retry): uniform in [d/2, d].
   */
  public Duration delay(int failures, RandomGenerator random) {
    long ceiling = ceilingMillis(failures);
    return Duration.ofMillis(ceiling / 2 + random.nextLong(ceiling / 2 + 1));
  }

  long ceilingMillis(int failures) {
    int doublings = Math.min(Math.max(failures - 1, 0), 30);
    long grown = base.toMillis() << doublings;
    return grown <= 0 ? cap.toMillis() : Math.min(grown, cap.toMillis());
  }
}
