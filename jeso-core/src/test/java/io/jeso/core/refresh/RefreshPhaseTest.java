package io.jeso.core.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RefreshPhaseTest {
  private static final Instant T =
      Instant.parse("2026-03-04T10:00:00Z"); // epoch second % 3600 == 0

  @ParameterizedTest(name = "[{index}] last {0}, interval {1}, seed {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # last refresh (s after T) | interval | seed                 | due (s after T)
          0                          | PT1H     | 600                  | 600
          599                        | PT1H     | 600                  | 600
          600                        | PT1H     | 600                  | 4200
          601                        | PT1H     | 600                  | 4200
          0                          | PT1H     | 0                    | 3600
          0                          | PT1H     | 3600                 | 3600
          0                          | PT1H     | -600                 | 3000
          10                         | PT2M     | 125                  | 125
          0                          | PT1H     | -9223372036854775808 | 3600
          0                          | PT1S     | 7                    | 1
          """)
  void dueAtTheFirstPhaseInstantAfterTheLastRefresh(
      long last, String interval, long seed, long due) {
    assertThat(RefreshPhase.nextDue(T.plusSeconds(last), Duration.parse(interval), seed))
        .isEqualTo(T.plusSeconds(due));
  }

  @Test
  void neverLaterThanOneIntervalAndNeverAtTheLastRefresh() {
    Random random = new Random(1);
    for (int i = 0; i < 10_000; i++) {
      Duration interval = Duration.ofSeconds(2 + random.nextInt(100_000));
      Instant last = T.plusMillis(random.nextLong(1_000_000_000L));
      Instant due = RefreshPhase.nextDue(last, interval, random.nextLong());
      assertThat(due).isAfter(last).isBeforeOrEqualTo(last.plus(interval));
    }
  }

  @Test
  void externalSecretsWithOneSeedSyncedApartRefreshAtTheSameInstants() {
    Duration interval = Duration.ofMinutes(2);
    long seed = RefreshPhase.seed("store\0db/password");
    Set<Instant> firstRefresh = new HashSet<>();
    Set<Instant> laterRefreshes = new HashSet<>();
    for (int syncedAt = 0; syncedAt < 120; syncedAt += 7) { // a cold start spread over 2 minutes
      Instant due = RefreshPhase.nextDue(T.plusSeconds(syncedAt), interval, seed);
      firstRefresh.add(due);
      for (int wave = 0; wave < 3; wave++) {
        due = RefreshPhase.nextDue(due, interval, seed);
        laterRefreshes.add(due);
      }
    }
    // Two instants one interval apart (before and after the phase), then one grid for all.
    assertThat(firstRefresh).hasSize(2);
    Instant phase = firstRefresh.stream().min(Instant::compareTo).orElseThrow();
    assertThat(laterRefreshes)
        .allSatisfy(t -> assertThat(Duration.between(phase, t).toSeconds() % 120).isZero());
    assertThat(laterRefreshes).hasSize(4);
  }

  @Test
  void seedsAreStableAndSpreadOverTheInterval() {
    assertThat(RefreshPhase.seed("a")).isEqualTo(RefreshPhase.seed("a"));
    long period = 3600;
    int[] buckets = new int[4];
    for (int key = 0; key < 4000; key++) {
      buckets[(int) (Math.floorMod(RefreshPhase.seed("store\0key-" + key), period) / 900)]++;
    }
    for (int n : buckets) {
      assertThat(n).isBetween(850, 1150);
    }
  }
}
