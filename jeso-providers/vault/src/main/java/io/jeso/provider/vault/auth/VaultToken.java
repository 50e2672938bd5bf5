package io.jeso.provider.vault.auth;

import java.time.Duration;
import java.time.Instant;

/**
 * A Vault token and what jeso knows about its life. Its {@code toString} never shows the token.
 *
 * @param value the token, or null for "no token" (a store without auth, e.g. behind Vault Agent)
 * @param accessor the token's accessor (not a secret), or empty when unknown
 * @param ttl the lease Vault granted at login or the last renewal; zero means it does not expire
 * @param renewable whether renew-self may extend it
 * @param obtainedAt when jeso got (or last renewed) it, by the store context's clock
 * @param owned true when jeso logged in for it, so jeso renews and revokes it; false for a token
 *     the user supplied, which jeso neither renews nor revokes
 */
public record VaultToken(
    String value,
    String accessor,
    Duration ttl,
    boolean renewable,
    Instant obtainedAt,
    boolean owned) {

  /**
   * A token the user supplied ({@code tokenSecretRef}): used as it is, never renewed or revoked.
   */
  public static VaultToken supplied(String value, Instant now) {
    return new VaultToken(value, "", Duration.ZERO, false, now, false);
  }

  /** No token at all. */
  public static VaultToken none(Instant now) {
    return new VaultToken(null, "", Duration.ZERO, false, now, false);
  }

  public boolean expires() {
    return !ttl.isZero() && !ttl.isNegative();
  }

  /** Renew when two thirds of the lease are gone, so a slow or failed renewal has time left. */
  public boolean renewalDue(Instant now) {
    return owned && expires() && !now.isBefore(obtainedAt.plus(ttl.multipliedBy(2).dividedBy(3)));
  }

  /**
   * Treat the token as gone slightly before Vault does, so that it cannot expire between this check
   * and the request that uses it.
   */
  public boolean expired(Instant now) {
    if (!expires()) {
      return false;
    }
    Duration margin =
        ttl.dividedBy(10).compareTo(Duration.ofSeconds(5)) < 0
            ? ttl.dividedBy(10)
            : Duration.ofSeconds(5);
    return !now.isBefore(obtainedAt.plus(ttl).minus(margin));
  }

  /** The same token after a renewal granted {@code newTtl}. */
  public VaultToken renewed(Duration newTtl, boolean stillRenewable, Instant now) {
    return new VaultToken(value, accessor, newTtl, stillRenewable, now, owned);
  }

  @Override
  public String toString() {
    return "VaultToken[accessor="
        + accessor
        + ", ttl="
        + ttl
        + ", renewable="
        + renewable
        + ", owned="
        + owned
        + "]";
  }
}
