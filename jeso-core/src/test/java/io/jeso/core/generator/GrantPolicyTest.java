package io.jeso.core.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrantPolicyTest {
  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

  @ParameterizedTest(
      name = "[{index}] ttl {0}s granted {1}s renewable {2} capped {3} at +{4}s -> {5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # ttl | granted | renewable | capped | at (s) | step
          0     | 0       | false     | false  | 99999  | KEEP
          3600  | 3600    | true      | false  | 0      | KEEP
          3600  | 3600    | true      | false  | 2399   | KEEP
          3600  | 3600    | true      | false  | 2400   | RENEW
          3600  | 3600    | true      | false  | 3594   | RENEW
          3600  | 3600    | true      | false  | 3595   | EXPIRED
          3600  | 3600    | true      | false  | 4000   | EXPIRED
          3600  | 3600    | false     | false  | 2399   | KEEP
          3600  | 3600    | false     | false  | 2400   | NOT_RENEWABLE
          3600  | 1200    | true      | true   | 0      | MAX_TTL
          3600  | 1200    | true      | true   | 1196   | EXPIRED
          20    | 20      | true      | false  | 13     | KEEP
          20    | 20      | true      | false  | 14     | RENEW
          20    | 20      | true      | false  | 18     | EXPIRED
          20    | 7       | true      | true   | 1      | MAX_TTL
          """)
  void decides(long ttl, long granted, boolean renewable, boolean capped, long at, String step) {
    Grant grant =
        new Grant(Duration.ofSeconds(ttl), T0, Duration.ofSeconds(granted), renewable, capped);
    GrantPolicy.Step next = GrantPolicy.next(grant, T0.plusSeconds(at));
    String actual =
        switch (next) {
          case GrantPolicy.Keep k -> "KEEP";
          case GrantPolicy.Renew r -> "RENEW";
          case GrantPolicy.Replace r -> r.reason().name();
        };
    assertThat(actual).isEqualTo(step);
  }

  @Test
  void keepsUntilTwoThirdsAndRenewsByTheOriginalTtl() {
    Grant grant = Grant.of(Duration.ofSeconds(30), true, T0);
    assertThat(GrantPolicy.next(grant, T0)).isEqualTo(new GrantPolicy.Keep(T0.plusSeconds(20)));
    assertThat(GrantPolicy.next(grant, T0.plusSeconds(21)))
        .isEqualTo(new GrantPolicy.Renew(Duration.ofSeconds(30)));
    assertThat(GrantPolicy.next(Grant.of(Duration.ZERO, false, T0), T0))
        .isEqualTo(new GrantPolicy.Keep(null));
  }

  @ParameterizedTest(name = "[{index}] asked {0}s got {1}s -> capped {2}")
  @CsvSource({"20, 20, false", "20, 19, false", "20, 18, true", "3600, 600, true", "60, 0, true"})
  void aRenewalThatGivesLessThanAskedIsCapped(long asked, long got, boolean capped) {
    Grant renewed =
        Grant.of(Duration.ofSeconds(asked), true, T0)
            .renewed(Duration.ofSeconds(asked), Duration.ofSeconds(got), true, T0.plusSeconds(5));
    assertThat(renewed.capped()).isEqualTo(capped);
    assertThat(renewed.expiresAt()).isEqualTo(T0.plusSeconds(5 + got));
    assertThat(renewed.ttl()).isEqualTo(Duration.ofSeconds(asked));
  }

  @Test
  void aLeaseLifeWithDefaultTtl20AndMaxTtl60IsRenewedThenReplacedWithAThirdLeft() {
    // Vault grants min(increment, time left to max TTL): simulate a whole life, renewing on time.
    Duration ttl = Duration.ofSeconds(20);
    Instant maxEnd = T0.plusSeconds(60);
    Grant grant = Grant.of(ttl, true, T0);
    Instant now = T0;
    int renewals = 0;
    while (true) {
      GrantPolicy.Step step = GrantPolicy.next(grant, now);
      if (step instanceof GrantPolicy.Replace replace) {
        assertThat(replace.reason()).isEqualTo(ReissueReason.MAX_TTL);
        // Renewals at 14 s, 28 s and 42 s; the last is cut to 18 s: replaced at once, 17 s left.
        assertThat(Duration.between(now, grant.expiresAt())).isGreaterThan(ttl.dividedBy(3));
        break;
      }
      if (step instanceof GrantPolicy.Renew renew) {
        Duration left = Duration.between(now, maxEnd);
        Duration got = left.compareTo(renew.increment()) < 0 ? left : renew.increment();
        grant = grant.renewed(renew.increment(), got, true, now);
        renewals++;
      }
      now = now.plusSeconds(1);
    }
    assertThat(renewals).isEqualTo(3);
  }
}
