package io.jeso.provider.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeso.core.provider.AuthenticationException;
import io.jeso.core.provider.ServiceAccountRef;
import io.jeso.core.provider.TokenMinter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenewingTokenTest {
  private final Instant start = Instant.parse("2030-01-01T00:00:00Z");
  private Clock clock = Clock.fixed(start, ZoneOffset.UTC);
  private final AtomicInteger minted = new AtomicInteger();
  private final AtomicBoolean failing = new AtomicBoolean();

  private final TokenMinter minter =
      (ref, audiences, expiration) -> {
        if (failing.get()) {
          throw new AuthenticationException("ServiceAccount " + ref.name() + " not found");
        }
        return new TokenMinter.Token("t" + minted.incrementAndGet(), now().plus(expiration));
      };

  private final RenewingToken token =
      new RenewingToken(minter, new ServiceAccountRef("sa", null, null), new DelegatingClock());

  @Test
  void renewsAtFourFifthsOfTheLifetime() throws Exception {
    token.mintNow();
    assertThat(token.getToken()).isEqualTo("t1");

    move(Duration.ofMinutes(47));
    assertThat(token.getToken()).isEqualTo("t1");
    move(Duration.ofMinutes(2));
    assertThat(token.getToken()).isEqualTo("t2");
  }

  @Test
  void keepsAValidTokenWhenRenewalFailsAndFailsOnceItExpired() throws Exception {
    token.mintNow();
    failing.set(true);

    move(Duration.ofMinutes(50));
    assertThat(token.getToken()).isEqualTo("t1");
    move(Duration.ofMinutes(11));
    assertThatThrownBy(token::getToken)
        .isInstanceOf(RenewingToken.TokenRenewalException.class)
        .hasMessageContaining("not found");
  }

  @Test
  void toStringShowsNoToken() throws Exception {
    token.mintNow();
    assertThat(token.toString()).doesNotContain("t1");
  }

  private Instant now() {
    return clock.instant();
  }

  private void move(Duration d) {
    clock = Clock.fixed(clock.instant().plus(d), ZoneOffset.UTC);
  }

  /** Reads the test's current clock, which the tests replace as time moves. */
  private final class DelegatingClock extends Clock {
    @Override
    public Instant instant() {
      return clock.instant();
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
