package io.jeso.core.sync;

import io.jeso.api.EventReasons;
import io.jeso.api.Labels;
import io.jeso.api.Messages;
import io.jeso.api.Reasons;
import io.jeso.api.externalsecret.CreationPolicy;
import io.jeso.core.hash.Hashes;
import java.util.Map;
import java.util.Optional;

/**
 * The write step, per creationPolicy:
 *
 * <ul>
 *   <li>None: never writes.
 *   <li>Merge: updates an existing Secret; a missing one is reported (Ready=True, SecretMissing)
 *       and waited for.
 *   <li>Orphan, CreateOrMerge: create or update, without an owner reference.
 *   <li>Owner: first remove Secrets from an earlier target name, then create or update with a
 *       controller reference.
 * </ul>
 *
 * An update that changes nothing is not sent (no resourceVersion churn, no Updated event). An
 * immutable Secret gets only its metadata updated; if its data or type would change, the sync
 * fails.
 */
final class Writes {
  private Writes() {}

  static SyncPlan plan(
      SpecView es,
      Map<String, byte[]> data,
      SecretSnapshot existing,
      PlanBuilder out,
      TemplateRenderer templates,
      Map<FetchPlan.TemplateObjectRef, Map<String, byte[]>> templateObjects) {
    CreationPolicy policy = es.creationPolicy();
    if (policy == CreationPolicy.NONE) {
      return out.done(Reasons.SECRET_SYNCED, Messages.SECRET_SYNCED);
    }
    if (policy == CreationPolicy.MERGE && existing == null) {
      return out.done(Reasons.SECRET_MISSING, Messages.SECRET_MISSING);
    }
    Optional<Ownership.Refusal> refusal = Ownership.refusal(es, existing);
    if (refusal.isPresent()) {
      return out.failed(refusal.get().conditionMessage(), refusal.get().eventMessage(), false);
    }
    DesiredSecret desired;
    try {
      desired = TargetBuilder.build(es, data, existing, templates, templateObjects);
    } catch (TemplateRenderer.TemplateException e) {
      return out.failed(
          Messages.ERROR_UPDATE_SECRET,
          "unable to mutate secret "
              + es.targetName()
              + ": could not apply template: "
              + e.getMessage(),
          !e.getMessage().equals(TemplateRenderer.UNSUPPORTED_MESSAGE));
    }
    if (policy == CreationPolicy.OWNER) {
      out.orphanCleanup(
          new OrphanCleanup(
              Labels.CREATED_BY,
              Hashes.createdBy(es.namespace(), es.name()),
              es.targetName(),
              renamedSinceLastSync(es)));
    }
    return existing == null ? create(desired, out) : update(es, desired, existing, out);
  }

  /** status.binding names another Secret than the target: Secrets may be left under that name. */
  private static boolean renamedSinceLastSync(SpecView es) {
    var status = es.status();
    String bound =
        status == null || status.getBinding() == null ? null : status.getBinding().getName();
    return bound != null && !bound.isEmpty() && !bound.equals(es.targetName());
  }

  private static SyncPlan create(DesiredSecret desired, PlanBuilder out) {
    out.write(new SecretWrite.Create(desired));
    out.event(PlannedEvent.normal(EventReasons.CREATED, Messages.EVENT_CREATED));
    out.binding(desired.name());
    return out.done(Reasons.SECRET_SYNCED, Messages.SECRET_SYNCED);
  }

  private static SyncPlan update(
      SpecView es, DesiredSecret desired, SecretSnapshot existing, PlanBuilder out) {
    out.binding(desired.name());
    if (desired.sameAs(existing)) {
      return out.done(Reasons.SECRET_SYNCED, Messages.SECRET_SYNCED);
    }
    if (existing.immutable() && !desired.sameContentAs(existing)) {
      DesiredSecret metadataOnly = keepContent(desired, existing);
      if (!metadataOnly.sameAs(existing)) {
        // Labels and annotations track the Secret, so they are updated even though the data cannot
        // be.
        out.write(new SecretWrite.Update(metadataOnly, existing.uid()));
      }
      return out.failed(
          Messages.ERROR_UPDATE_IMMUTABLE,
          "unable to update secret " + existing.name() + ": secret is immutable",
          false);
    }
    out.write(new SecretWrite.Update(desired, existing.uid()));
    out.event(PlannedEvent.normal(EventReasons.UPDATED, Messages.EVENT_UPDATED));
    return out.done(Reasons.SECRET_SYNCED, Messages.SECRET_SYNCED);
  }

  /** The desired metadata over the existing (immutable) data and type. */
  private static DesiredSecret keepContent(DesiredSecret desired, SecretSnapshot existing) {
    return new DesiredSecret(
        desired.namespace(),
        desired.name(),
        existing.type(),
        existing.data(),
        desired.labels(),
        withHash(desired.annotations(), existing.data()),
        desired.ownerReferences(),
        desired.finalizers(),
        existing.immutable(),
        desired.fieldManager());
  }

  private static Map<String, String> withHash(
      Map<String, String> annotations, Map<String, byte[]> data) {
    Map<String, String> out = new java.util.HashMap<>(annotations);
    out.put(io.jeso.api.Annotations.DATA_HASH, Hashes.dataHash(data));
    return out;
  }
}
