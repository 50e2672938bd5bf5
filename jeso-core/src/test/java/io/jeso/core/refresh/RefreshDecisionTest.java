package io.jeso.core.refresh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeso.api.externalsecret.RefreshPolicy;
import io.jeso.api.externalsecret.SyncWindow;
import io.jeso.api.externalsecret.SyncWindowKind;
import io.jeso.api.externalsecret.SyncWindows;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RefreshDecisionTest {
  private static final Instant NOW = Instant.parse("2026-03-04T10:30:00Z"); // a Wednesday

  @ParameterizedTest(
      name = "[{index}] {0} interval {1}, synced {2}, last refresh {3}s ago, changed {4} -> {5}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # policy    | interval | synced version | refreshed (s ago) | changed | refresh?
          PERIODIC    | PT1H     | -              | -                 | false   | true
          PERIODIC    | PT1H     | v1             | 600               | false   | false
          PERIODIC    | PT1H     | v1             | 3600              | false   | false
          PERIODIC    | PT1H     | v1             | 3601              | false   | true
          PERIODIC    | PT1H     | v1             | 600               | true    | true
          PERIODIC    | PT1H     | v1             | -                 | false   | true
          PERIODIC    | PT1H     | v1             | -60               | false   | true
          PERIODIC    | PT0S     | -              | -                 | false   | true
          PERIODIC    | PT0S     | v1             | 600               | true    | false
          PERIODIC    | PT0S     | v1             | 99999             | false   | false
          ON_CHANGE   | PT1H     | -              | -                 | false   | true
          ON_CHANGE   | PT1H     | v1             | 99999             | false   | false
          ON_CHANGE   | PT1H     | v1             | 60                | true    | true
          ON_CHANGE   | PT1H     | v1             | -                 | false   | true
          CREATED_ONCE| PT1H     | -              | -                 | false   | true
          CREATED_ONCE| PT1H     | v1             | 99999             | true    | false
          """)
  void decide(
      RefreshPolicy policy,
      Duration interval,
      String synced,
      Long ago,
      boolean changed,
      boolean refresh) {
    Instant refreshTime = ago == null ? null : NOW.minusSeconds(ago);
    String current = changed ? "v2" : (synced == null ? "v1" : synced);
    RefreshState state = new RefreshState(policy, interval, synced, refreshTime, current, null);
    assertThat(RefreshDecision.decide(state, NOW).refresh()).isEqualTo(refresh);
  }

  @Test
  void unsetPolicyIsPeriodic() {
    RefreshState state =
        new RefreshState(null, Duration.ofHours(1), "v1", NOW.minusSeconds(7200), "v1", null);
    assertThat(RefreshDecision.decide(state, NOW).refresh()).isTrue();
  }

  @Test
  void requeueAfterIsTheRestOfTheInterval() {
    Duration hour = Duration.ofHours(1);
    assertThat(RefreshDecision.requeueAfter(hour, NOW.minusSeconds(600), NOW))
        .isEqualTo(Duration.ofSeconds(3000));
    assertThat(RefreshDecision.requeueAfter(hour, null, NOW)).isEqualTo(hour);
    assertThat(RefreshDecision.requeueAfter(hour, NOW.plusSeconds(5), NOW)).isZero();
    assertThat(RefreshDecision.requeueAfter(hour, NOW.minusSeconds(4000), NOW)).isZero();
    assertThat(RefreshDecision.requeueAfter(Duration.ZERO, NOW, NOW)).isNull();
  }

  @ParameterizedTest(name = "{0} {1} for {2} at 10:30 Wed -> open {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          0 9 * * *         | 2h    | open
          0 9 * * *         | 1h    | closed
          30 10 * * *       | 1m    | open
          0 11 * * *        | 8h    | closed
          0 22 * * *        | 13h   | open
          0 9 * * MON-FRI   | 8h    | open
          0 9 * * SAT,SUN   | 8h    | closed
          */15 * * * *      | 1m    | open
          0 9 4 3 *         | 2h    | open
          0 9 4 APR *       | 2h    | closed
          0 9 1 * WED       | 2h    | open
          @daily            | 11h   | open
          @hourly           | 29m   | closed
          not a cron        | 1h    | closed
          """)
  void windows(String schedule, String duration, String state) {
    SyncWindow window = new SyncWindow().withSchedule(schedule).withDuration(duration);
    assertThat(SyncWindowGate.isOpen(window, NOW)).isEqualTo(state.equals("open"));
  }

  @Test
  void denyBlocksWhileOpenAllowPermitsOnlyWhileOpen() {
    SyncWindow open = new SyncWindow().withSchedule("0 9 * * *").withDuration("2h");
    SyncWindow closed = new SyncWindow().withSchedule("0 20 * * *").withDuration("1h");
    assertThat(SyncWindowGate.allowsPeriodicRefresh(windows(SyncWindowKind.DENY, open), NOW))
        .isFalse();
    assertThat(SyncWindowGate.allowsPeriodicRefresh(windows(SyncWindowKind.DENY, closed), NOW))
        .isTrue();
    assertThat(
            SyncWindowGate.allowsPeriodicRefresh(windows(SyncWindowKind.ALLOW, closed, open), NOW))
        .isTrue();
    assertThat(SyncWindowGate.allowsPeriodicRefresh(windows(SyncWindowKind.ALLOW, closed), NOW))
        .isFalse();
    assertThat(SyncWindowGate.allowsPeriodicRefresh(null, NOW)).isTrue();

    // Windows hold back only the periodic refresh, never a change.
    RefreshState due =
        new RefreshState(
            null,
            Duration.ofHours(1),
            "v1",
            NOW.minusSeconds(7200),
            "v1",
            windows(SyncWindowKind.DENY, open));
    assertThat(RefreshDecision.decide(due, NOW).refresh()).isFalse();
    RefreshState changed =
        new RefreshState(
            null,
            Duration.ofHours(1),
            "v1",
            NOW.minusSeconds(7200),
            "v2",
            windows(SyncWindowKind.DENY, open));
    assertThat(RefreshDecision.decide(changed, NOW).refresh()).isTrue();
  }

  @Test
  void cronNextAndErrors() {
    ZonedDateTime t = ZonedDateTime.of(2026, 3, 4, 10, 30, 15, 0, ZoneOffset.UTC);
    assertThat(CronSchedule.parse("*/20 * * * *").next(t)).contains(t.withMinute(40).withSecond(0));
    assertThat(CronSchedule.parse("0 0 29 2 *").next(t))
        .contains(ZonedDateTime.of(2028, 2, 29, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(CronSchedule.parse("@every 90s").next(t)).contains(t.plusSeconds(90));
    assertThatThrownBy(() -> CronSchedule.parse("* * *")).hasMessageContaining("5 fields");
    assertThatThrownBy(() -> CronSchedule.parse("61 * * * *")).hasMessageContaining("out of range");
    assertThatThrownBy(() -> CronSchedule.parse("@sometimes")).hasMessageContaining("unrecognized");
  }

  private static SyncWindows windows(SyncWindowKind kind, SyncWindow... w) {
    return new SyncWindows().withKind(kind).withWindows(List.of(w));
  }
}
