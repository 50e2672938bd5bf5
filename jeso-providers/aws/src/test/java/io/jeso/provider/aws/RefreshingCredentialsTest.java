package io.jeso.provider.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jeso.core.provider.AuthenticationException;
import io.jeso.core.provider.SecretProviderException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sts.model.Credentials;

class RefreshingCredentialsTest {
  private Instant now = Instant.parse("2026-11-22T10:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public java.time.ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };
  private final AtomicInteger fetches = new AtomicInteger();
  private Duration lifetime = Duration.ofHours(1);
  private SecretProviderException failure;

  private final RefreshingCredentials credentials =
      new RefreshingCredentials(clock) {
        @Override
        protected Credentials fetch() throws SecretProviderException {
          if (failure != null) {
            throw failure;
          }
          int n = fetches.incrementAndGet();
          return Credentials.builder()
              .accessKeyId("AKIA" + n)
              .secretAccessKey("secret")
              .sessionToken("token")
              .expiration(now.plus(lifetime))
              .build();
        }
      };

  @Test
  void reusesCredentialsUntilShortlyBeforeExpiry() {
    var first = credentials.resolveCredentials();
    now = now.plus(Duration.ofMinutes(54));
    assertSame(first, credentials.resolveCredentials());
    now = now.plus(Duration.ofMinutes(1));
    assertEquals("AKIA2", credentials.resolveCredentials().accessKeyId());
    assertEquals(2, fetches.get());
  }

  @Test
  void shortSessionsAreRenewedAtHalfTime() {
    lifetime = Duration.ofMinutes(4);
    credentials.resolveCredentials();
    now = now.plus(Duration.ofMinutes(1));
    credentials.resolveCredentials();
    assertEquals(1, fetches.get());
    now = now.plus(Duration.ofMinutes(1));
    credentials.resolveCredentials();
    assertEquals(2, fetches.get());
  }

  @Test
  void failuresTravelAsTypedErrors() {
    failure = new AuthenticationException("refused");
    CredentialsUnavailable e =
        assertThrows(CredentialsUnavailable.class, credentials::resolveCredentials);
    assertSame(failure, e.error());
  }

  @Test
  void aFailedRenewalKeepsTheSessionUntilItExpires() {
    var first = credentials.resolveCredentials();
    failure = new AuthenticationException("STS unavailable");
    now = now.plus(Duration.ofMinutes(57));
    assertSame(first, credentials.resolveCredentials());
    now = now.plus(Duration.ofMinutes(3));
    assertThrows(CredentialsUnavailable.class, credentials::resolveCredentials);
  }

  @Test
  void toStringShowsNoKeys() {
    credentials.resolveCredentials();
    assertEquals(false, credentials.toString().contains("AKIA"));
  }
}
