package io.jeso.operator.store;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jeso.api.Annotations;
import io.jeso.api.Conditions;
import io.jeso.api.EventReasons;
import io.jeso.api.Messages;
import io.jeso.api.Reasons;
import io.jeso.api.common.Condition;
import io.jeso.api.store.SecretStoreStatus;
import io.jeso.api.store.StoreCapabilities;
import io.jeso.core.provider.Maintenance;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.provider.SelectedProvider;
import io.jeso.core.provider.StoreValidation;
import io.jeso.core.store.ReferentNamespaces.ReferentNamespaceUnknownException;
import io.jeso.core.time.GoDuration;
import io.jeso.operator.kube.EventRecorder;
import io.jeso.operator.metrics.EsoMetrics;
import io.jeso.operator.metrics.MetricFamily;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one routine behind both store reconcilers: build (or reuse) the store's client, ask the
 * provider whether it works, and turn the answer into the Ready condition, capabilities, events and
 * metrics ESO users know.
 */
public final class StoreStatusRoutine {
  private static final Logger LOG = LoggerFactory.getLogger(StoreStatusRoutine.class);
  private static final Duration RETRY_NOT_READY = Duration.ofSeconds(20);

  /** What the reconciler writes and when it comes back. */
  public record Outcome(SecretStoreStatus status, Duration requeueAfter) {}

  private final StoreClients clients;
  private final EventRecorder events;
  private final Clock clock;
  private final Duration defaultRequeue;

  public StoreStatusRoutine(
      StoreClients clients, EventRecorder events, Clock clock, Duration defaultRequeue) {
    this.clients = clients;
    this.events = events;
    this.clock = clock;
    this.defaultRequeue = defaultRequeue;
  }

  public Outcome validate(HasMetadata object, ResolvedStore store, MetricFamily conditionGauge) {
    Condition ready;
    StoreCapabilities capabilities = null;
    try {
      SelectedProvider<?> provider = clients.select(store);
      capabilities = capabilitiesOf(provider);
      warnIfUnmaintained(object, provider.provider().maintenance());
      ready = check(store);
    } catch (SecretProviderException e) {
      ready =
          condition(
              Conditions.FALSE,
              Reasons.INVALID_PROVIDER_CONFIG,
              Messages.STORE_UNABLE_CREATE_CLIENT,
              e);
    }
    record(object, store, ready);
    EsoMetrics.setCondition(
        conditionGauge,
        store.ref().name(),
        namespaceLabel(store),
        Conditions.READY,
        ready.getStatus());
    SecretStoreStatus status =
        new SecretStoreStatus()
            .withConditions(
                StoreConditions.set(
                    store.status() == null ? null : store.status().getConditions(),
                    ready,
                    clock.instant()))
            .withCapabilities(capabilities);
    Duration requeue = requeueInterval(store);
    if (Conditions.FALSE.equals(ready.getStatus()) && requeue.compareTo(RETRY_NOT_READY) > 0) {
      // A referenced Secret or ConfigMap may appear any moment; don't leave the store broken for
      // the interval.
      requeue = RETRY_NOT_READY;
    }
    return new Outcome(status, requeue);
  }

  private Condition check(ResolvedStore store) throws SecretProviderException {
    SecretsClient client;
    try {
      client = clients.client(store, null);
    } catch (ReferentNamespaceUnknownException e) {
      // Credentials are read per consuming namespace (referent auth): nothing to check until one
      // asks.
      return condition(
          Conditions.TRUE, Reasons.VALIDATION_UNKNOWN, Messages.STORE_VALIDATION_UNKNOWN, e);
    }
    StoreValidation validation = client.validate();
    return switch (validation.result()) {
      case READY ->
          new Condition()
              .withType(Conditions.READY)
              .withStatus(Conditions.TRUE)
              .withReason(Reasons.STORE_VALID)
              .withMessage(Messages.STORE_VALIDATED);
      case UNKNOWN ->
          withDetail(
              Conditions.TRUE,
              Reasons.VALIDATION_UNKNOWN,
              Messages.STORE_VALIDATION_UNKNOWN,
              validation.message());
      case ERROR -> {
        clients.invalidate(store.ref());
        yield withDetail(
            Conditions.FALSE,
            Reasons.INVALID_PROVIDER_CONFIG,
            Messages.STORE_UNABLE_VALIDATE,
            validation.message());
      }
    };
  }

  private void record(HasMetadata object, ResolvedStore store, Condition ready) {
    if (Conditions.TRUE.equals(ready.getStatus())) {
      events.normal(object, ready.getReason(), ready.getMessage());
    } else {
      LOG.warn("{} is not ready: {}", store.ref(), ready.getMessage());
      events.warning(object, ready.getReason(), ready.getMessage());
    }
  }

  private void warnIfUnmaintained(HasMetadata object, Maintenance maintenance) {
    var annotations = object.getMetadata().getAnnotations();
    if (annotations != null && annotations.containsKey(Annotations.IGNORE_MAINTENANCE_CHECKS)) {
      return;
    }
    switch (maintenance) {
      case NOT_MAINTAINED ->
          events.warning(object, EventReasons.STORE_UNMAINTAINED, Messages.STORE_UNMAINTAINED);
      case DEPRECATED ->
          events.warning(object, EventReasons.STORE_DEPRECATED, Messages.STORE_DEPRECATED);
      case MAINTAINED -> {}
    }
  }

  /**
   * {@code spec.refreshInterval}: seconds as an integer or a Go duration; empty or 0 means the
   * flag's default.
   */
  Duration requeueInterval(ResolvedStore store) {
    var interval = store.spec().getRefreshInterval();
    if (interval == null) {
      return defaultRequeue;
    }
    try {
      Duration d =
          interval.getIntVal() != null
              ? Duration.ofSeconds(interval.getIntVal())
              : GoDuration.parse(interval.getStrVal());
      return d.isZero() || d.isNegative() ? defaultRequeue : d;
    } catch (IllegalArgumentException e) {
      return defaultRequeue;
    }
  }

  private static Condition condition(
      String status, String reason, String message, SecretProviderException e) {
    return withDetail(status, reason, message, e.getMessage());
  }

  /**
   * ESO's fixed message, then the typed error's value-free detail, so alerts on the prefix keep
   * working.
   */
  private static Condition withDetail(String status, String reason, String message, String detail) {
    return new Condition()
        .withType(Conditions.READY)
        .withStatus(status)
        .withReason(reason)
        .withMessage(detail == null || detail.isBlank() ? message : message + ": " + detail);
  }

  private static StoreCapabilities capabilitiesOf(SelectedProvider<?> provider) {
    return switch (provider.provider().capabilities()) {
      case READ_ONLY -> StoreCapabilities.READ_ONLY;
      case WRITE_ONLY -> StoreCapabilities.WRITE_ONLY;
      case READ_WRITE -> StoreCapabilities.READ_WRITE;
    };
  }

  private static String namespaceLabel(ResolvedStore store) {
    return store.ref().namespace() == null ? "" : store.ref().namespace();
  }
}
