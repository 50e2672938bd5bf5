package io.jeso.provider.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final Backoff backoff =
      new Backoff(4, Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofSeconds(1));

  @Test
  void theCeilingDoublesUpToTheCap() {
    // random() just below 1 gives the ceiling of each step.
    assertEquals(100, backoff.delay(1, Duration.ZERO, () -> 0.99999).toMillis());
    assertEquals(200, backoff.delay(2, Duration.ZERO, () -> 0.99999).toMillis());
    assertEquals(300, backoff.delay(3, Duration.ZERO, () -> 0.99999).toMillis());
  }

  @Test
  void jitterSpreadsWaitsDownToZero() {
    assertEquals(0, backoff.delay(3, Duration.ZERO, () -> 0.0).toMillis());
    assertEquals(150, backoff.delay(3, Duration.ZERO, () -> 0.5).toMillis());
  }

  @Test
  void stopsAfterTheLastAttempt() {
    assertNull(backoff.delay(4, Duration.ZERO, () -> 0.5));
  }

  @Test
  void neverWaitsBeyondTheBudget() {
    assertEquals(50, backoff.delay(3, Duration.ofMillis(950), () -> 0.99999).toMillis());
    assertNull(backoff.delay(2, Duration.ofSeconds(1), () -> 0.5));
  }

  @Test
  void theDefaultIsBoundedInTime() {
    Duration worst = Duration.ZERO;
    for (int attempt = 1; ; attempt++) {
      Duration d = Backoff.DEFAULT.delay(attempt, worst, () -> 0.99999);
      if (d == null) {
        break;
      }
      worst = worst.plus(d);
    }
    assertTrue(worst.compareTo(Backoff.DEFAULT.budget()) <= 0, "waited " + worst);
  }
}
