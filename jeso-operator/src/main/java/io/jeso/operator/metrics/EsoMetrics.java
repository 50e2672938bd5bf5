package io.jeso.operator.metrics;

/**
 * The metrics ESO exports, under ESO's names and labels, so that existing dashboards and alerts
 * keep working. Conditions are exported as one gauge per (condition, status) with value 1 for the
 * current status and 0 for the others, as ESO does.
 */
public final class EsoMetrics {
  public final MetricFamily syncCalls;
  public final MetricFamily syncErrors;
  public final MetricFamily externalSecretCondition;
  public final MetricFamily externalSecretReconcileDuration;
  public final MetricFamily providerApiCalls;
  public final MetricFamily secretStoreCondition;
  public final MetricFamily clusterSecretStoreCondition;
  public final MetricFamily clusterExternalSecretCondition;
  public final MetricFamily secretStoreReconcileDuration;
  public final MetricFamily clusterSecretStoreReconcileDuration;
  public final MetricFamily clusterExternalSecretReconcileDuration;

  public EsoMetrics(MetricRegistry registry) {
    syncCalls =
        registry.counter(
            "externalsecret_sync_calls_total",
            "Total number of ExternalSecret sync calls",
            "name",
            "namespace");
    syncErrors =
        registry.counter(
            "externalsecret_sync_calls_error",
            "Total number of failed ExternalSecret syncs",
            "name",
            "namespace");
    externalSecretCondition =
        registry.gauge(
            "externalsecret_status_condition",
            "The status condition of an ExternalSecret",
            "name",
            "namespace",
            "condition",
            "status");
    externalSecretReconcileDuration =
        registry.gauge(
            "externalsecret_reconcile_duration",
            "Duration of the last ExternalSecret reconcile, in nanoseconds (as ESO)",
            "name",
            "namespace");
    providerApiCalls =
        registry.counter(
            "externalsecret_provider_api_calls_count",
            "Number of API calls to secret providers",
            "provider",
            "call",
            "status");
    secretStoreCondition = condition(registry, "secretstore", "a SecretStore");
    clusterSecretStoreCondition = condition(registry, "clustersecretstore", "a ClusterSecretStore");
    clusterExternalSecretCondition =
        condition(registry, "clusterexternalsecret", "a ClusterExternalSecret");
    secretStoreReconcileDuration = duration(registry, "secretstore", "SecretStore");
    clusterSecretStoreReconcileDuration =
        duration(registry, "clustersecretstore", "ClusterSecretStore");
    clusterExternalSecretReconcileDuration =
        duration(registry, "clusterexternalsecret", "ClusterExternalSecret");
  }

  /**
   * Sets the (condition, status) gauges of one object: 1 for the status it has, 0 for the other
   * two.
   */
  public static void setCondition(
      MetricFamily family, String name, String namespace, String condition, String status) {
    for (String candidate : new String[] {"True", "False", "Unknown"}) {
      family.set(candidate.equals(status) ? 1 : 0, name, namespace, condition, candidate);
    }
  }

  private static MetricFamily condition(MetricRegistry registry, String prefix, String what) {
    return registry.gauge(
        prefix + "_status_condition",
        "The status condition of " + what,
        "name",
        "namespace",
        "condition",
        "status");
  }

  private static MetricFamily duration(MetricRegistry registry, String prefix, String kind) {
    return registry.gauge(
        prefix + "_reconcile_duration",
        "Duration of the last " + kind + " reconcile, in nanoseconds",
        "name",
        "namespace");
  }
}
