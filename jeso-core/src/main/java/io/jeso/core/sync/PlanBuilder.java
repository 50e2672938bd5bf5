package io.jeso.core.sync;

import io.jeso.api.EventReasons;
import io.jeso.api.Reasons;
import io.jeso.api.externalsecret.ExternalSecretStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Assembles {@link SyncPlan}s for one reconcile: accumulates events, then finishes as done or
 * failed.
 */
final class PlanBuilder {
  private final SpecView es;
  private final Instant now;
  private final List<PlannedEvent> events = new ArrayList<>();
  private SecretWrite write = SecretWrite.none();
  private Optional<OrphanCleanup> orphanCleanup = Optional.empty();
  private String bindingName;

  PlanBuilder(SpecView es, Instant now) {
    this.es = es;
    this.now = now;
  }

  PlanBuilder event(PlannedEvent event) {
    events.add(event);
    return this;
  }

  PlanBuilder events(List<PlannedEvent> more) {
    events.addAll(more);
    return this;
  }

  PlanBuilder write(SecretWrite w) {
    this.write = w;
    return this;
  }

  PlanBuilder orphanCleanup(OrphanCleanup cleanup) {
    this.orphanCleanup = Optional.of(cleanup);
    return this;
  }

  /**
   * Records the target in status.binding (ESO does so whenever it creates or updates, even without
   * change).
   */
  PlanBuilder binding(String secretName) {
    this.bindingName = secretName;
    return this;
  }

  /** Ready=True with this reason and message; refresh again after the interval. */
  SyncPlan done(String reason, String message) {
    ExternalSecretStatus status =
        StatusUpdater.done(es.status(), reason, message, now, es.currentResourceVersion());
    Duration interval = intervalOrZero();
    // From refreshTime as the status records it (whole seconds), so that the decision taken from
    // the status later agrees with this requeue.
    Requeue requeue =
        Requeue.after(
            io.jeso.core.refresh.RefreshDecision.requeueAfter(
                interval,
                now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                now,
                interval.isPositive()
                    ? es.refreshPhaseSeed()
                    : io.jeso.core.refresh.RefreshPhase.NONE));
    return finish(status, requeue, reason + ": " + message);
  }

  /**
   * Ready=False, reason SecretSyncedError, with ESO's fixed condition message; the detail goes into
   * a Warning {@code UpdateFailed} event.
   */
  SyncPlan failed(String conditionMessage, String eventMessage, boolean retryable) {
    return failed(
        Reasons.SECRET_SYNCED_ERROR,
        EventReasons.UPDATE_FAILED,
        conditionMessage,
        eventMessage,
        retryable);
  }

  SyncPlan failed(
      String reason,
      String eventReason,
      String conditionMessage,
      String eventMessage,
      boolean retryable) {
    events.add(PlannedEvent.warning(eventReason, eventMessage));
    ExternalSecretStatus status = StatusUpdater.failed(es.status(), reason, conditionMessage, now);
    return finish(
        status, retryable ? Requeue.backoff() : Requeue.never(), reason + ": " + eventMessage);
  }

  private SyncPlan finish(ExternalSecretStatus status, Requeue requeue, String outcome) {
    if (bindingName != null) {
      StatusUpdater.withBinding(status, bindingName);
    }
    boolean changed = !Objects.equals(status, es.status());
    return new SyncPlan(write, orphanCleanup, status, changed, events, requeue, outcome);
  }

  private Duration intervalOrZero() {
    try {
      return es.refreshInterval();
    } catch (IllegalArgumentException e) {
      return Duration.ZERO;
    }
  }
}
