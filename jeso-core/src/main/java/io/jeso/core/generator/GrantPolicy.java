package io.jeso.core.generator;

import java.time.Duration;
import java.time.Instant;

/**
 * Keep, renew or replace a {@link Grant}, from the grant and the clock alone:
 *
 * <ol>
 *   <li>a grant without expiry is kept for ever;
 *   <li>one that has ended (within a small safety margin) is replaced: {@link
 *       ReissueReason#EXPIRED};
 *   <li>one whose last renewal was cut short is replaced at once ({@link ReissueReason#MAX_TTL}),
 *       while a third of its life is still left for the replacement to arrive;
 *   <li>before two thirds of the current grant it is kept;
 *   <li>after that it is renewed by its original TTL, or replaced if it is not renewable ({@link
 *       ReissueReason#NOT_RENEWABLE}).
 * </ol>
 */
public final class GrantPolicy {
  private static final Duration MAX_MARGIN = Duration.ofSeconds(5);

  private GrantPolicy() {}

  /** What to do with a grant now. */
  public sealed interface Step {}

  /**
   * Nothing to do before {@code until}.
   *
   * @param until the next moment a decision is due; null for never
   */
  public record Keep(Instant until) implements Step {}

  /** Ask for {@code increment} more. */
  public record Renew(Duration increment) implements Step {}

  /** Issue a replacement. */
  public record Replace(ReissueReason reason) implements Step {}

  public static Step next(Grant grant, Instant now) {
    if (!grant.expires()) {
      return new Keep(null);
    }
    if (!now.isBefore(grant.expiresAt().minus(margin(grant.granted())))) {
      return new Replace(ReissueReason.EXPIRED);
    }
    if (grant.capped()) {
      return new Replace(ReissueReason.MAX_TTL);
    }
    if (now.isBefore(grant.renewAt())) {
      return new Keep(grant.renewAt());
    }
    return grant.renewable() ? new Renew(grant.ttl()) : new Replace(ReissueReason.NOT_RENEWABLE);
  }

  /**
   * Treat a grant as over slightly before the backend does, so it cannot end between the check and
   * its use: a tenth of it, at most five seconds.
   */
  static Duration margin(Duration granted) {
    Duration tenth = granted.dividedBy(10);
    return tenth.compareTo(MAX_MARGIN) < 0 ? tenth : MAX_MARGIN;
  }
}
