package io.jeso.operator.queue;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Spreads periodic refreshes. ExternalSecrets created together, or all of them after a restart,
 * would otherwise refresh in lockstep forever and hit the provider in bursts (ESO #4231). The
 * jitter only ever delays: waking early would find the refresh not yet due and cost a pass for
 * nothing.
 */
public final class Jitter {
  private static final Duration MAX = Duration.ofMinutes(5);

  private Jitter() {}

  /** {@code delay} plus up to 10% of {@code interval} (at most five minutes). */
  public static Duration late(Duration delay, Duration interval, RandomGenerator random) {
    long spread = Math.min(interval.toMillis() / 10, MAX.toMillis());
    return spread <= 0 ? delay : delay.plusMillis(random.nextLong(spread + 1));
  }
}
