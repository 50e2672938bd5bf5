package io.jeso.provider.kubernetes;

import io.fabric8.kubernetes.client.OAuthTokenProvider;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.ServiceAccountRef;
import io.jeso.core.provider.TokenMinter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A ServiceAccount token minted through {@link TokenMinter} and minted again before it expires.
 * fabric8 asks for the token before every request, so a long-lived client never sends an expired
 * one.
 */
final class RenewingToken implements OAuthTokenProvider {
  /** As ESO requests: one hour. */
  static final Duration LIFETIME = Duration.ofHours(1);

  private final TokenMinter minter;
  private final ServiceAccountRef account;
  private final Clock clock;
  private TokenMinter.Token current;
  private Instant renewAt = Instant.MIN;

  RenewingToken(TokenMinter minter, ServiceAccountRef account, Clock clock) {
    this.minter = minter;
    this.account = account;
    this.clock = clock;
  }

  /** Mints the first token, so that a client is only built with working credentials. */
  synchronized void mintNow() throws SecretProviderException {
    Instant now = clock.instant();
    current = minter.mint(account, List.of(), LIFETIME);
    // Renew at 80% of the lifetime the apiserver granted (it may shorten or lengthen it).
    Duration granted = Duration.between(now, current.expiresAt());
    renewAt = now.plus(granted.multipliedBy(4).dividedBy(5));
  }

  @Override
  public synchronized String getToken() {
    if (current == null || !clock.instant().isBefore(renewAt)) {
      try {
        mintNow();
      } catch (SecretProviderException e) {
        // Keep using a token that has not expired yet; the next request tries again.
        if (current == null || !clock.instant().isBefore(current.expiresAt())) {
          throw new TokenRenewalException(e);
        }
      }
    }
    return current.value();
  }

  /** When the current token will be replaced; for tests. */
  synchronized Instant renewAt() {
    return renewAt;
  }

  @Override
  public String toString() {
    return "RenewingToken[" + account.name() + ", renewAt=" + renewAt + "]";
  }

  /** Carries a typed minting failure out of fabric8's callback. */
  static final class TokenRenewalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient SecretProviderException error;

    TokenRenewalException(SecretProviderException error) {
      super(error.getMessage(), null, false, false);
      this.error = error;
    }

    SecretProviderException error() {
      return error;
    }
  }
}
