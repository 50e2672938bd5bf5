package io.jeso.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoDurationTest {

  @ParameterizedTest
  @CsvSource({
    "1h0m0s, PT1H",
    "1h, PT1H",
    "5m, PT5M",
    "15s, PT15S",
    "0, PT0S",
    "0s, PT0S",
    "1.5h, PT1H30M",
    "300ms, PT0.3S",
    "1h30m15s, PT1H30M15S",
    "-2m, PT-2M",
    "2h45m0.5s, PT2H45M0.5S",
    "10us, PT0.00001S"
  })
  void parsesGoDurations(String text, Duration expected) {
    assertThat(GoDuration.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "PT1H, 1h0m0s",
    "PT5M, 5m0s",
    "PT15S, 15s",
    "PT0S, 0s",
    "PT1H30M15S, 1h30m15s",
    "PT0.3S, 300ms",
    "PT1.5S, 1.5s",
    "PT-2M, -2m0s"
  })
  void formatsLikeGo(Duration d, String expected) {
    assertThat(GoDuration.format(d)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1x|time: unknown unit \"x\" in duration \"1x\"",
        "10|time: missing unit in duration \"10\"",
        "h|time: invalid duration \"h\"",
        "''|time: invalid duration \"\"",
        "1..5s|time: invalid duration \"1..5s\""
      })
  void rejectsWhatGoRejectsWithGosWords(String text, String message) {
    assertThatThrownBy(() -> GoDuration.parse(text)).hasMessage(message);
  }
}
