package io.jeso.operator.externalsecret;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.jeso.api.EventReasons;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.core.sync.ApplyFailures;
import io.jeso.core.sync.OrphanCleanup;
import io.jeso.core.sync.PlannedEvent;
import io.jeso.core.sync.SecretWrite;
import io.jeso.core.sync.SyncPlan;
import io.jeso.operator.kube.EventRecorder;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out a {@link SyncPlan} in its order: orphan clean-up, the Secret write, events, then the
 * status (only when it changed). When the API server refuses a write, the plan is replaced by
 * jeso-core's failure plan, so the status never claims a sync that did not happen.
 */
final class PlanApplier {
  private static final Logger LOG = LoggerFactory.getLogger(PlanApplier.class);

  private final KubernetesClient client;
  private final EventRecorder events;
  private final Clock clock;
  private final ManagedSecrets managedSecrets;

  /** The managed-Secret cache, asked for orphan candidates instead of the API server. */
  @FunctionalInterface
  interface ManagedSecrets {
    /** The cached Secrets of {@code namespace} labelled {@code created-by=createdBy}. */
    List<Secret> createdBy(String namespace, String createdBy);
  }

  PlanApplier(
      KubernetesClient client, EventRecorder events, Clock clock, ManagedSecrets managedSecrets) {
    this.client = client;
    this.events = events;
    this.clock = clock;
    this.managedSecrets = managedSecrets;
  }

  /**
   * Applies {@code plan}; returns the plan that was really carried out (a failure plan if a write
   * failed).
   */
  SyncPlan apply(ExternalSecret es, SyncPlan plan, Secret existing) {
    String ns = es.getMetadata().getNamespace();
    SyncPlan applied = plan;
    try {
      plan.orphanCleanup().ifPresent(cleanup -> deleteOrphans(es, cleanup));
    } catch (KubernetesClientException e) {
      applied = ApplyFailures.orphanCleanupFailed(es, "HTTP " + e.getCode(), clock.instant());
    }
    if (applied == plan) {
      try {
        write(ns, plan.write(), existing);
      } catch (KubernetesClientException e) {
        if (isConflict(e, plan.write())) {
          throw e; // planned on a stale view of the Secret: the caller retries with a fresh one
        }
        LOG.warn(
            "{}/{}: writing the target Secret failed: HTTP {}",
            ns,
            es.getMetadata().getName(),
            e.getCode());
        String detail = "HTTP " + e.getCode();
        applied =
            plan.write() instanceof SecretWrite.Delete
                ? ApplyFailures.deleteFailed(es, detail, clock.instant())
                : ApplyFailures.writeFailed(es, detail, clock.instant());
      }
    }
    for (PlannedEvent event : applied.events()) {
      events.record(es, EventRecorder.Type.valueOf(event.type()), event.reason(), event.message());
    }
    if (applied.statusChanged()) {
      writeStatus(es, applied);
    }
    return applied;
  }

  private void write(String ns, SecretWrite write, Secret existing) {
    var secrets = client.secrets().inNamespace(ns);
    switch (write) {
      case SecretWrite.None none -> {}
      case SecretWrite.Create create ->
          // Server-side apply creates it with jeso's field manager owning every field, as it
          // should:
          // jeso wrote them all. Without force, an object created meanwhile by someone else is a
          // conflict, not overwritten.
          secrets
              .resource(SecretConversions.toSecret(create.secret(), null))
              .fieldManager(create.secret().fieldManager())
              .serverSideApply();
      case SecretWrite.Update update -> {
        // A JSON patch of exactly the differences, under jeso's field manager, so managedFields
        // record which keys this ExternalSecret owns (creationPolicy Merge relies on that) and
        // foreign fields stay untouched.
        Secret desired = SecretConversions.toSecret(update.secret(), existing);
        secrets
            .resource(existing)
            .patch(
                new PatchContext.Builder()
                    .withPatchType(PatchType.JSON)
                    .withFieldManager(update.secret().fieldManager())
                    .build(),
                desired);
      }
      case SecretWrite.Delete delete -> secrets.withName(delete.name()).delete();
    }
  }

  /**
   * A write that raced another change: a create of a Secret that appeared meanwhile (409), or a
   * JSON patch computed from a snapshot the Secret has moved on from (409, or 422 when a patched
   * path no longer exists). The patch is deliberately diffed against the snapshot the plan was made
   * from, so it carries only jeso's intended changes and never reverts someone else's concurrent
   * edit; the price is this retry.
   */
  private static boolean isConflict(KubernetesClientException e, SecretWrite write) {
    return e.getCode() == 409 || (e.getCode() == 422 && write instanceof SecretWrite.Update);
  }

  private void deleteOrphans(ExternalSecret es, OrphanCleanup cleanup) {
    String ns = es.getMetadata().getNamespace();
    List<Secret> candidates =
        cleanup.askServer()
            ? client
                .secrets()
                .inNamespace(ns)
                .withLabel(cleanup.labelKey(), cleanup.labelValue())
                .list()
                .getItems()
            : managedSecrets.createdBy(ns, cleanup.labelValue());
    for (Secret orphan : candidates) {
      if (!orphan.getMetadata().getName().equals(cleanup.keepName())) {
        client.secrets().inNamespace(ns).withName(orphan.getMetadata().getName()).delete();
        events.record(
            es,
            EventRecorder.Type.Normal,
            EventReasons.DELETED,
            "secret deleted because it was orphaned");
      }
    }
  }

  private void writeStatus(ExternalSecret es, SyncPlan plan) {
    // A merge patch of the status subresource with nothing but the object's name and the status:
    // no resourceVersion, since jeso owns the whole status and a label edit racing with this write
    // must not fail it; no spec or other metadata, which the API server would parse and ignore
    // (this is the one write of every refresh). Built from a new object: the ExternalSecret is the
    // informer's, which must not change. (fabric8's patch of a named resource with a JSON string
    // reads the object first: a GET per refresh.)
    ExternalSecret update = new ExternalSecret();
    update.setMetadata(
        new ObjectMetaBuilder()
            .withName(es.getMetadata().getName())
            .withNamespace(es.getMetadata().getNamespace())
            .build());
    update.setStatus(plan.status());
    try {
      client
          .resources(ExternalSecret.class)
          .inNamespace(es.getMetadata().getNamespace())
          .resource(update)
          .patchStatus();
    } catch (KubernetesClientException e) {
      if (e.getCode()
          != 404) { // 404: the ExternalSecret was deleted meanwhile; nothing to report on
        throw e;
      }
    }
  }
}
