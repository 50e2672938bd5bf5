package io.jeso.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void nearestRankPercentiles() {
    List<Double> values = new ArrayList<>();
    for (int i = 100; i >= 1; i--) {
      values.add((double) i);
    }
    assertThat(Stats.percentile(values, 50)).isEqualTo(50.0);
    assertThat(Stats.percentile(values, 99)).isEqualTo(99.0);
    assertThat(Stats.percentile(values, 100)).isEqualTo(100.0);
    assertThat(Stats.percentile(List.of(7.0), 99)).isEqualTo(7.0);
    assertThat(Stats.percentile(List.of(), 50)).isNaN();
  }

  @Test
  void twentyTrialsP99IsTheWorst() {
    List<Double> values = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      values.add((double) i);
    }
    assertThat(Stats.percentile(values, 99)).isEqualTo(20.0);
  }
}
