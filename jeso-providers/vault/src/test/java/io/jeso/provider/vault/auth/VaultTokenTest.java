package io.jeso.provider.vault.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VaultTokenTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void renewsAtTwoThirdsAndCountsItExpiredAMomentEarly() {
    VaultToken t = new VaultToken("s.x", "acc", Duration.ofSeconds(90), true, T0, true);
    assertFalse(t.renewalDue(T0.plusSeconds(59)));
    assertTrue(t.renewalDue(T0.plusSeconds(60)));
    assertFalse(t.expired(T0.plusSeconds(84)));
    assertTrue(t.expired(T0.plusSeconds(85)), "five seconds of margin");
  }

  @Test
  void aShortTokenKeepsATenthAsMargin() {
    VaultToken t = new VaultToken("s.x", "acc", Duration.ofSeconds(10), true, T0, true);
    assertFalse(t.expired(T0.plusSeconds(8)));
    assertTrue(t.expired(T0.plusSeconds(9)));
  }

  @Test
  void nonExpiringAndSuppliedTokensAreNeverRenewed() {
    VaultToken root = new VaultToken("s.x", "acc", Duration.ZERO, false, T0, true);
    assertFalse(root.renewalDue(T0.plusSeconds(1_000_000)));
    assertFalse(root.expired(T0.plusSeconds(1_000_000)));
    assertFalse(VaultToken.supplied("s.y", T0).renewalDue(T0.plusSeconds(1_000_000)));
  }

  @Test
  void toStringHidesTheToken() {
    VaultToken t = new VaultToken("s.SECRET", "acc", Duration.ofSeconds(9), true, T0, true);
    assertFalse(t.toString().contains("SECRET"));
  }
}
