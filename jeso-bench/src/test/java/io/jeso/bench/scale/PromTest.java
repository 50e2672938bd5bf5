package io.jeso.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PromTest {
  private static final String TEXT =
      """
      # HELP apiserver_request_total Counter of apiserver requests
      # TYPE apiserver_request_total counter
      apiserver_request_total{code="201",component="apiserver",group="",resource="secrets",subresource="",verb="APPLY",version="v1"} 5000
      apiserver_request_total{code="200",component="apiserver",group="external-secrets.io",resource="externalsecrets",subresource="status",verb="PATCH",version="v1"} 4.2e+03
      apiserver_request_total{code="200",component="apiserver",group="",resource="",subresource="",verb="GET",version=""} 7
      jeso_queue_refresh_depth 12.0
      odd{label="a \\"quoted\\", value"} +Inf 1700000000
      """;

  @Test
  void readsLabelsValuesAndKeepsOnlyWantedFamilies() {
    List<Prom.Sample> samples = Prom.parse(TEXT, n -> !n.startsWith("apiserver"));
    assertThat(samples)
        .extracting(Prom.Sample::name)
        .containsExactly("jeso_queue_refresh_depth", "odd");
    assertThat(samples.get(0).value()).isEqualTo(12.0);
    assertThat(samples.get(1).label("label")).isEqualTo("a \"quoted\", value");
    assertThat(samples.get(1).value()).isInfinite();
  }

  @Test
  void sumsApiserverRequestsByVerbAndResource() {
    List<Prom.Sample> samples = Prom.parse(TEXT, "apiserver_request_total"::equals);
    assertThat(Prom.sum(samples, "apiserver_request_total", s -> s.label("verb").equals("APPLY")))
        .isEqualTo(5000.0);
    assertThat(
            Prom.sum(
                samples, "apiserver_request_total", s -> s.label("subresource").equals("status")))
        .isEqualTo(4200.0);
  }
}
