package io.jeso.provider.aws;

import io.jeso.core.provider.SecretProviderException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Temporary credentials from STS, kept until shortly before they expire and then fetched again, so
 * that a long-lived client neither calls STS per request nor signs with expired keys. The clock is
 * the store context's, so tests can move time.
 *
 * <p>A lock rather than {@code synchronized}: callers run on virtual threads, which a monitor held
 * across network I/O would pin on Java 21.
 */
abstract class RefreshingCredentials implements AwsCredentialsProvider {
  /** Renew this long before expiry (or at half the lifetime, for short sessions). */
  static final Duration RENEW_BEFORE = Duration.ofMinutes(5);

  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private AwsSessionCredentials current;
  private Instant renewAt = Instant.MIN;

  RefreshingCredentials(Clock clock) {
    this.clock = clock;
  }

  /** Asks STS for new credentials. */
  protected abstract Credentials fetch() throws SecretProviderException;

  @Override
  public AwsCredentials resolveCredentials() {
    lock.lock();
    try {
      Instant now = clock.instant();
      if (current == null || !now.isBefore(renewAt)) {
        Credentials fresh;
        try {
          fresh = fetch();
        } catch (SecretProviderException e) {
          if (stillValid(now)) {
            // STS is down or refusing, but the session we hold is good for a few more minutes:
            // keep reading with it and try to renew again on the next call.
            return current;
          }
          throw new CredentialsUnavailable(e);
        }
        current =
            AwsSessionCredentials.builder()
                .accessKeyId(fresh.accessKeyId())
                .secretAccessKey(fresh.secretAccessKey())
                .sessionToken(fresh.sessionToken())
                .expirationTime(fresh.expiration())
                .build();
        renewAt = renewAt(now, fresh.expiration());
      }
      return current;
    } finally {
      lock.unlock();
    }
  }

  private boolean stillValid(Instant now) {
    return current != null
        && current.expirationTime().map(expiry -> now.isBefore(expiry)).orElse(false);
  }

  /** When credentials fetched at {@code now} and expiring at {@code expiry} should be renewed. */
  static Instant renewAt(Instant now, Instant expiry) {
    if (expiry == null) {
      return now;
    }
    Duration lifetime = Duration.between(now, expiry);
    Duration margin =
        lifetime.dividedBy(2).compareTo(RENEW_BEFORE) < 0 ? lifetime.dividedBy(2) : RENEW_BEFORE;
    return expiry.minus(margin);
  }

  @Override
  public String toString() {
    // The SDK may print providers in debug logs; never show keys.
    return getClass().getSimpleName();
  }
}
