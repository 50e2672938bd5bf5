package io.jeso.core.sync;

import io.jeso.api.externalsecret.ExternalSecretStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one reconcile decided, as a value: the operator applies it in this order: orphan
 * cleanup, the Secret write, events, then the status (only when {@link #statusChanged()}).
 *
 * @param write what to do to the target Secret
 * @param orphanCleanup Owner only: Secrets from an earlier target name to delete first
 * @param status the complete status to write
 * @param statusChanged whether {@code status} differs from the current one (ESO writes only then)
 * @param events events to record
 * @param requeue when to come back
 * @param outcome a one-line summary for logs (names only)
 */
public record SyncPlan(
    SecretWrite write,
    Optional<OrphanCleanup> orphanCleanup,
    ExternalSecretStatus status,
    boolean statusChanged,
    List<PlannedEvent> events,
    Requeue requeue,
    String outcome) {

  public SyncPlan {
    Objects.requireNonNull(write, "write");
    Objects.requireNonNull(orphanCleanup, "orphanCleanup");
    Objects.requireNonNull(status, "status");
    events = List.copyOf(events);
    Objects.requireNonNull(requeue, "requeue");
  }

  /** The Ready condition this plan writes. */
  public io.jeso.api.common.Condition ready() {
    return StatusUpdater.ready(status).orElseThrow();
  }
}
