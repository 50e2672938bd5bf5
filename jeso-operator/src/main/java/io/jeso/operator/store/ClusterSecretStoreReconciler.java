package io.jeso.operator.store;

import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.jeso.api.v1.ClusterSecretStore;
import io.jeso.operator.metrics.MetricFamily;

/** Validates ClusterSecretStores. */
@ControllerConfiguration(name = "clustersecretstore")
public final class ClusterSecretStoreReconciler extends StoreReconciler<ClusterSecretStore> {
  public ClusterSecretStoreReconciler(
      StoreStatusRoutine routine,
      String controllerClass,
      MetricFamily conditionGauge,
      MetricFamily durationGauge) {
    super(routine, controllerClass, conditionGauge, durationGauge);
  }

  @Override
  protected ResolvedStore resolve(ClusterSecretStore store) {
    return ResolvedStore.of(store);
  }
}
