package io.jeso.e2e.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
  private static final String TEXT =
      """
      # HELP externalsecret_provider_api_calls_count provider API calls
      # TYPE externalsecret_provider_api_calls_count counter
      externalsecret_provider_api_calls_count{provider="AWS/SecretsManager",call="GetSecretValue",status="success"} 5.0
      externalsecret_provider_api_calls_count{provider="AWS/SecretsManager",call="GetSecretValue",status="error"} 2.0
      externalsecret_provider_api_calls_count{provider="HashiCorp/Vault",call="ReadSecret",status="success"} 7
      externalsecret_provider_api_calls_count_created{provider="AWS/SecretsManager"} 1.7E9
      jeso_shared_reads 3.0
      """;

  @Test
  void sumsTheSamplesWhoseLabelsMatch() {
    assertThat(
            Metrics.sum(
                TEXT,
                "externalsecret_provider_api_calls_count",
                Map.of("provider", "AWS/SecretsManager", "status", "success")))
        .isEqualTo(5.0);
    assertThat(
            Metrics.sum(
                TEXT,
                "externalsecret_provider_api_calls_count",
                Map.of("provider", "AWS/SecretsManager")))
        .isEqualTo(7.0);
    assertThat(Metrics.sum(TEXT, "jeso_shared_reads", Map.of())).isEqualTo(3.0);
  }

  @Test
  void aCounterNeverIncrementedIsZero() {
    assertThat(Metrics.sum(TEXT, "externalsecret_sync_calls_total", Map.of())).isZero();
  }

  @Test
  void readsEscapedLabelValues() {
    assertThat(Metrics.labels("a=\"x\\\"y\",b=\"c,d\""))
        .containsEntry("a", "x\"y")
        .containsEntry("b", "c,d");
  }
}
