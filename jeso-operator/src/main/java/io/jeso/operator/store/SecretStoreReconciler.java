package io.jeso.operator.store;

import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.jeso.api.v1.SecretStore;
import io.jeso.operator.metrics.MetricFamily;

/** Validates SecretStores. */
@ControllerConfiguration(name = "secretstore")
public final class SecretStoreReconciler extends StoreReconciler<SecretStore> {
  public SecretStoreReconciler(
      StoreStatusRoutine routine,
      String controllerClass,
      MetricFamily conditionGauge,
      MetricFamily durationGauge) {
    super(routine, controllerClass, conditionGauge, durationGauge);
  }

  @Override
  protected ResolvedStore resolve(SecretStore store) {
    return ResolvedStore.of(store);
  }
}
