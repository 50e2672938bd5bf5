package io.jeso.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {
  @Test
  void defaultsMatchTheIssue() {
    BenchOptions o = BenchOptions.parse(new String[0], Map.of());
    assertThat(o.n()).isEqualTo(5000);
    assertThat(o.m()).isEqualTo(50);
    assertThat(o.k()).isEqualTo(10);
    assertThat(o.legs()).containsExactly("fake", "openbao");
    assertThat(o.trials()).isGreaterThanOrEqualTo(20);
  }

  @Test
  void flagsWinOverEnvironment() {
    BenchOptions o =
        BenchOptions.parse(
            new String[] {"--n", "200", "--interval=30s", "--jeso-args", "--concurrent 32"},
            Map.of("BENCH_N", "100", "BENCH_M", "20", "BENCH_JESO_ARGS", "--loglevel debug"));
    assertThat(o.n()).isEqualTo(200);
    assertThat(o.m()).isEqualTo(20);
    assertThat(o.interval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.jesoArgs()).isEqualTo(List.of("--concurrent", "32"));
  }

  @Test
  void goDurations() {
    assertThat(BenchOptions.duration("1m30s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(BenchOptions.duration("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThatThrownBy(() -> BenchOptions.duration("30"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsWhatCannotWork() {
    assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--k", "60"}, Map.of()))
        .hasMessageContaining("--k");
    assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--legs", "aws"}, Map.of()))
        .hasMessageContaining("aws");
    assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--bogus", "1"}, Map.of()))
        .hasMessageContaining("bogus");
  }
}
