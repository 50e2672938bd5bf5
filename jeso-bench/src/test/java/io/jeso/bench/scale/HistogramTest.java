package io.jeso.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistogramTest {
  private static final String TEXT =
      """
      12345:
       num     #instances         #bytes  class name (module)
      -------------------------------------------------------
         1:        402561       31537984  [B (java.base@25.0.3)
         2:        390123        9362952  java.lang.String (java.base@25.0.3)
         3:         20000        1048576  io.fabric8.kubernetes.api.model.ManagedFieldsEntry
      Total       1200000      104857600
      """;

  @Test
  void topClassesAndTotal() {
    assertThat(Histogram.top(TEXT, 2))
        .extracting(r -> r.get("class"))
        .containsExactly("[B", "java.lang.String");
    assertThat(Histogram.top(TEXT, 5).get(2).get("MiB")).isEqualTo(1.0);
    assertThat(Histogram.totalMiB(TEXT)).isEqualTo(100.0);
  }
}
