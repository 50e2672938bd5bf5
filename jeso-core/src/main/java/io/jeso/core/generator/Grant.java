package io.jeso.core.generator;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The life of something a backend granted for a while: a lease on generated credentials, or the
 * login that issued them. Immutable; renewals return a new grant.
 *
 * @param ttl what was granted at first (the renewal increment jeso asks for); zero: never expires
 * @param grantedAt when the last grant (first or renewal) was answered
 * @param granted what the last grant gave, counted from {@code grantedAt}
 * @param renewable whether it may be extended
 * @param capped the last renewal gave less than asked: the max TTL is near, renewing further only
 *     shortens it
 */
public record Grant(
    Duration ttl, Instant grantedAt, Duration granted, boolean renewable, boolean capped) {
  /** Vault answers in whole seconds; a renewal within this of the request is a full one. */
  static final Duration ROUNDING = Duration.ofSeconds(1);

  public Grant {
    Objects.requireNonNull(ttl, "ttl");
    Objects.requireNonNull(grantedAt, "grantedAt");
    Objects.requireNonNull(granted, "granted");
  }

  /** A fresh grant of {@code ttl} answered at {@code now}. */
  public static Grant of(Duration ttl, boolean renewable, Instant now) {
    return new Grant(ttl, now, ttl, renewable, false);
  }

  /** Whether it ends at all. */
  public boolean expires() {
    return ttl.isPositive();
  }

  public Instant expiresAt() {
    return grantedAt.plus(granted);
  }

  /** Two thirds into the current grant: late enough not to renew often, early enough to retry. */
  public Instant renewAt() {
    return grantedAt.plus(granted.multipliedBy(2).dividedBy(3));
  }

  /**
   * The grant after a renewal that asked for {@code requested} and got {@code got} at {@code now}.
   */
  public Grant renewed(Duration requested, Duration got, boolean stillRenewable, Instant now) {
    boolean cut = got.plus(ROUNDING).compareTo(requested) < 0;
    return new Grant(ttl, now, got, stillRenewable, cut);
  }
}
