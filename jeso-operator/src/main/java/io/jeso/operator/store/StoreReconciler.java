package io.jeso.operator.store;

import io.fabric8.kubernetes.client.CustomResource;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.jeso.api.store.SecretStoreSpec;
import io.jeso.api.store.SecretStoreStatus;
import io.jeso.core.store.ControllerClass;
import io.jeso.operator.metrics.MetricFamily;
import java.util.Objects;

/**
 * Validates a store and keeps its Ready condition, capabilities and metrics current; SecretStore
 * and ClusterSecretStore differ only in how they become a {@link ResolvedStore}.
 */
public abstract class StoreReconciler<T extends CustomResource<SecretStoreSpec, SecretStoreStatus>>
    implements Reconciler<T> {
  private final StoreStatusRoutine routine;
  private final String controllerClass;
  private final MetricFamily conditionGauge;
  private final MetricFamily durationGauge;

  protected StoreReconciler(
      StoreStatusRoutine routine,
      String controllerClass,
      MetricFamily conditionGauge,
      MetricFamily durationGauge) {
    this.routine = routine;
    this.controllerClass = controllerClass;
    this.conditionGauge = conditionGauge;
    this.durationGauge = durationGauge;
  }

  protected abstract ResolvedStore resolve(T store);

  @Override
  public UpdateControl<T> reconcile(T store, Context<T> context) {
    if (!ControllerClass.serves(controllerClass, store.getSpec().getController())) {
      return UpdateControl.noUpdate();
    }
    long start = System.nanoTime();
    ResolvedStore resolved = resolve(store);
    StoreStatusRoutine.Outcome outcome = routine.validate(store, resolved, conditionGauge);
    String namespace = resolved.ref().namespace() == null ? "" : resolved.ref().namespace();
    durationGauge.set(System.nanoTime() - start, resolved.ref().name(), namespace);
    if (Objects.equals(outcome.status(), store.getStatus())) {
      return UpdateControl.<T>noUpdate().rescheduleAfter(outcome.requeueAfter());
    }
    store.setStatus(outcome.status());
    return UpdateControl.patchStatus(store).rescheduleAfter(outcome.requeueAfter());
  }
}
