package io.jeso.provider.aws;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before retrying a throttled or briefly failing AWS call: exponential with full
 * jitter (a random wait between zero and the exponential step), so that many clients throttled at
 * the same moment do not come back in step. Bounded in attempts and in total waiting, because the
 * operator retries the whole sync later with its own backoff: this only smooths short bursts.
 *
 * @param maxAttempts attempts in all, the first included
 * @param base the first step
 * @param cap the largest single wait
 * @param budget the most time spent waiting across all retries of one call
 */
record Backoff(int maxAttempts, Duration base, Duration cap, Duration budget) {
  /** 4 attempts, waits drawn from [0, 250 ms], [0, 500 ms], [0, 1 s]; at most 5 s in all. */
  static final Backoff DEFAULT =
      new Backoff(4, Duration.ofMillis(250), Duration.ofSeconds(4), Duration.ofSeconds(5));

  Backoff {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  /**
   * The wait before attempt {@code attempt + 1}, after {@code attempt} failed attempts (1-based),
   * given {@code waited} so far; null when no attempt is left or the budget is spent.
   *
   * @param random uniform in [0, 1)
   */
  Duration delay(int attempt, Duration waited, DoubleSupplier random) {
    if (attempt >= maxAttempts || waited.compareTo(budget) >= 0) {
      return null;
    }
    long step = base.toMillis() << Math.min(attempt - 1, 20);
    long ceiling = Math.min(step, cap.toMillis());
    long wait = (long) (random.getAsDouble() * (ceiling + 1));
    long left = budget.minus(waited).toMillis();
    return Duration.ofMillis(Math.min(wait, left));
  }
}
