package io.jeso.operator.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricRegistryTest {

  @Test
  void exportsEsoNamesExactlyWithoutAddingSuffixes() {
    MetricRegistry registry = new MetricRegistry();
    EsoMetrics metrics = new EsoMetrics(registry);
    metrics.syncErrors.inc("db", "team-a");
    metrics.syncCalls.inc("db", "team-a");
    metrics.syncCalls.inc("db", "team-a");
    EsoMetrics.setCondition(metrics.externalSecretCondition, "db", "team-a", "Ready", "True");

    String text = registry.scrape();

    assertThat(text)
        .contains("# TYPE externalsecret_sync_calls_error counter\n")
        .contains("externalsecret_sync_calls_error{name=\"db\",namespace=\"team-a\"} 1\n")
        .contains("externalsecret_sync_calls_total{name=\"db\",namespace=\"team-a\"} 2\n")
        .contains(
            "externalsecret_status_condition{name=\"db\",namespace=\"team-a\",condition=\"Ready\",status=\"True\"} 1\n")
        .contains(
            "externalsecret_status_condition{name=\"db\",namespace=\"team-a\",condition=\"Ready\",status=\"False\"} 0\n")
        .doesNotContain("error_total");
  }

  @Test
  void removesTheSeriesOfADeletedObject() {
    MetricRegistry registry = new MetricRegistry();
    EsoMetrics metrics = new EsoMetrics(registry);
    EsoMetrics.setCondition(metrics.externalSecretCondition, "gone", "ns", "Ready", "False");

    metrics.externalSecretCondition.removeMatching("gone", "ns");

    assertThat(registry.scrape()).doesNotContain("gone");
  }

  @Test
  void escapesLabelValues() {
    MetricRegistry registry = new MetricRegistry();
    MetricFamily family = registry.counter("c", "help", "l");
    family.inc("a\"b\\c\nd");
    assertThat(registry.scrape()).contains("c{l=\"a\\\"b\\\\c\\nd\"} 1");
  }
}
