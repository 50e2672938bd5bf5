package io.jeso.core.sync;

import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.jeso.api.Conditions;
import io.jeso.api.common.Condition;
import io.jeso.api.externalsecret.ExternalSecretStatus;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the ExternalSecret status the way ESO does: one condition per type; a condition whose
 * status, reason and message are unchanged is kept as it is; a new reason or message with the same
 * status keeps the old lastTransitionTime; times are RFC 3339 in whole seconds, as Kubernetes
 * serializes them.
 */
final class StatusUpdater {
  private StatusUpdater() {}

  /** Ready=True: the sync finished. Also stamps refreshTime and syncedResourceVersion. */
  static ExternalSecretStatus done(
      ExternalSecretStatus current,
      String reason,
      String message,
      Instant now,
      String syncedVersion) {
    ExternalSecretStatus next = withReady(current, Conditions.TRUE, reason, message, now);
    next.setRefreshTime(timestamp(now));
    next.setSyncedResourceVersion(syncedVersion);
    return next;
  }

  /** Ready=False: the sync failed; refreshTime and syncedResourceVersion stay as they were. */
  static ExternalSecretStatus failed(
      ExternalSecretStatus current, String reason, String message, Instant now) {
    return withReady(current, Conditions.FALSE, reason, message, now);
  }

  /** Records the Secret the ExternalSecret provisions (servicebinding.io). */
  static ExternalSecretStatus withBinding(ExternalSecretStatus status, String secretName) {
    status.setBinding(new LocalObjectReference(secretName));
    return status;
  }

  static Optional<Condition> ready(ExternalSecretStatus status) {
    if (status == null || status.getConditions() == null) {
      return Optional.empty();
    }
    return status.getConditions().stream()
        .filter(c -> Conditions.READY.equals(c.getType()))
        .findFirst();
  }

  static ExternalSecretStatus withReady(
      ExternalSecretStatus current, String status, String reason, String message, Instant now) {
    ExternalSecretStatus next = copy(current);
    Optional<Condition> old = ready(current);
    if (old.isPresent()
        && status.equals(old.get().getStatus())
        && reason.equals(old.get().getReason())
        && message.equals(old.get().getMessage())) {
      return next;
    }
    String since =
        old.isPresent() && status.equals(old.get().getStatus())
            ? old.get().getLastTransitionTime()
            : timestamp(now);
    Condition ready =
        new Condition()
            .withType(Conditions.READY)
            .withStatus(status)
            .withReason(reason)
            .withMessage(message)
            .withLastTransitionTime(since);
    List<Condition> conditions = new ArrayList<>();
    for (Condition c : next.getConditions() == null ? List.<Condition>of() : next.getConditions()) {
      if (!Conditions.READY.equals(c.getType())) {
        conditions.add(c);
      }
    }
    conditions.add(ready);
    next.setConditions(conditions);
    return next;
  }

  static String timestamp(Instant now) {
    return DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.SECONDS));
  }

  /** Parses a Kubernetes timestamp; null or blank gives null. */
  static Instant parseTime(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return java.time.OffsetDateTime.parse(text).toInstant();
  }

  static ExternalSecretStatus copy(ExternalSecretStatus current) {
    ExternalSecretStatus next = new ExternalSecretStatus();
    if (current == null) {
      return next;
    }
    next.setRefreshTime(current.getRefreshTime());
    next.setSyncedResourceVersion(current.getSyncedResourceVersion());
    if (current.getBinding() != null) {
      next.setBinding(new LocalObjectReference(current.getBinding().getName()));
    }
    if (current.getConditions() != null) {
      List<Condition> conditions = new ArrayList<>();
      for (Condition c : current.getConditions()) {
        conditions.add(
            new Condition()
                .withType(c.getType())
                .withStatus(c.getStatus())
                .withReason(c.getReason())
                .withMessage(c.getMessage())
                .withLastTransitionTime(c.getLastTransitionTime()));
      }
      next.setConditions(conditions);
    }
    return next;
  }
}
