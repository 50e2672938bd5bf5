package io.jeso.core.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.jeso.core.generator.SyncChoice.Held;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyncChoiceTest {
  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

  /**
   * Held credentials are written {@code state}: {@code -} none, {@code ok} valid, {@code renew} due
   * for renewal (still usable), {@code capped}, {@code expired}, {@code other} another generator,
   * {@code ending} session ending, {@code failed} renewal refused.
   */
  @ParameterizedTest(name = "[{index}] current {0}, pending {1}, rotate {2}, recorded {3} -> {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # current | pending | rotate | recorded | choice
          -         | -       | false  | false    | FIRST
          -         | -       | false  | true     | RESTARTED
          -         | -       | true   | true     | RESTARTED
          -         | ok      | false  | false    | PENDING
          -         | expired | false  | true     | RESTARTED
          ok        | -       | false  | false    | CURRENT
          ok        | -       | false  | true     | CURRENT
          renew     | -       | false  | false    | CURRENT
          ok        | -       | true   | false    | ROTATION_REQUESTED
          ok        | ok      | true   | false    | PENDING
          ok        | ok      | false  | false    | PENDING
          ok        | expired | false  | false    | CURRENT
          ok        | other   | true   | false    | ROTATION_REQUESTED
          capped    | -       | false  | false    | MAX_TTL
          capped    | ok      | false  | false    | PENDING
          expired   | -       | false  | false    | EXPIRED
          other     | -       | false  | false    | GENERATOR_CHANGED
          ending    | -       | false  | false    | SESSION_ENDING
          ending    | ending  | false  | false    | SESSION_ENDING
          failed    | -       | false  | false    | RENEW_FAILED
          """)
  void chooses(String current, String pending, boolean rotate, boolean recorded, String want) {
    Instant now = T0.plusSeconds(30);
    SyncChoice.Choice choice =
        SyncChoice.choose(held(current), held(pending), rotate, recorded, now);
    String actual =
        switch (choice) {
          case SyncChoice.UseCurrent c -> "CURRENT";
          case SyncChoice.UsePending p -> "PENDING";
          case SyncChoice.Issue i -> i.reason().name();
        };
    assertThat(actual).isEqualTo(want);
  }

  @ParameterizedTest(name = "[{index}] current {0}, recorded {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -       | false | false
          -       | true  | true
          ok      | true  | false
          renew   | false | false
          capped  | false | true
          expired | false | true
          other   | false | true
          ending  | false | true
          failed  | false | true
          """)
  void needsASyncOnlyWhenTheSecretsCredentialsMustBeReplaced(
      String current, boolean recorded, boolean want) {
    assertThat(SyncChoice.needsSync(held(current), recorded, T0.plusSeconds(30))).isEqualTo(want);
  }

  /** All grants are 60 s long, issued at T0; decisions are made at T0 + 30 s. */
  private static Held held(String state) {
    Duration ttl = Duration.ofSeconds(60);
    Grant fresh = Grant.of(ttl, true, T0);
    return switch (state) {
      case "-" -> null;
      case "ok" -> new Held(Grant.of(ttl, true, T0.plusSeconds(20)), true, false, false);
      case "renew" ->
          new Held(fresh.renewed(ttl, ttl, true, T0.minusSeconds(15)), true, false, false);
      case "capped" ->
          new Held(fresh.renewed(ttl, Duration.ofSeconds(40), true, T0), true, false, false);
      case "expired" -> new Held(Grant.of(ttl, true, T0.minusSeconds(60)), true, false, false);
      case "other" -> new Held(fresh, false, false, false);
      case "ending" -> new Held(fresh, true, true, false);
      case "failed" -> new Held(fresh, true, false, true);
      default -> throw new IllegalArgumentException(state);
    };
  }
}
