package io.jeso.core.sync;

import io.jeso.api.EventReasons;
import io.jeso.api.Labels;
import io.jeso.api.Messages;
import io.jeso.api.Reasons;
import io.jeso.api.externalsecret.CreationPolicy;
import io.jeso.api.externalsecret.DeletionPolicy;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.core.data.KeyTemplates;
import io.jeso.core.hash.Hashes;
import io.jeso.core.refresh.RefreshDecision;
import io.jeso.core.refresh.RefreshState;
import io.jeso.core.validation.ExternalSecretValidator;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The whole ExternalSecret sync decision as pure functions; the operator only reads, fetches and
 * applies.
 *
 * <pre>
 *   Decision d = planner.decide(es, existingSecret, now);          // validate, refresh due?, fetch plan
 *   if (d instanceof Decision.Fetch f) {
 *     FetchResults r = ...execute f.plan() against the providers...;
 *     SyncPlan p = planner.plan(es, f.plan(), r, existingSecret, now);  // what to write, status, events, requeue
 *   }
 * </pre>
 */
public final class SyncPlanner {
  /**
   * Condition and event reason for a spec that jeso rejects before fetching (ESO rejects it at
   * admission).
   */
  public static final String REASON_INVALID_SPEC = "InvalidSpec";

  private final TemplateRenderer templates;
  private final KeyTemplates keyTemplates;

  public SyncPlanner(TemplateRenderer templates, KeyTemplates keyTemplates) {
    this.templates = Objects.requireNonNull(templates, "templates");
    this.keyTemplates = Objects.requireNonNull(keyTemplates, "keyTemplates");
  }

  /**
   * A planner for a build without the template engine: templates and rewrite.transform are refused
   * clearly.
   */
  public static SyncPlanner withoutTemplates() {
    return new SyncPlanner(TemplateRenderer.UNSUPPORTED, KeyTemplates.UNAVAILABLE);
  }

  /**
   * Step one: is the spec valid, is a refresh due or the target broken, and if so what to fetch.
   *
   * @param existing the target Secret, or null when it does not exist
   */
  public Decision decide(ExternalSecret es, SecretSnapshot existing, Instant now) {
    SpecView view = new SpecView(es);
    List<String> problems = ExternalSecretValidator.validate(view.spec());
    if (!problems.isEmpty()) {
      String message = "invalid ExternalSecret: " + String.join("; ", problems);
      return new Decision.Rejected(
          new PlanBuilder(view, now)
              .failed(REASON_INVALID_SPEC, REASON_INVALID_SPEC, message, message, false));
    }
    if (view.template() != null && !templates.available()) {
      return new Decision.Rejected(
          new PlanBuilder(view, now)
              .failed(
                  TemplateRenderer.UNSUPPORTED_MESSAGE,
                  TemplateRenderer.UNSUPPORTED_MESSAGE,
                  false));
    }
    long phaseSeed = view.refreshPhaseSeed();
    RefreshDecision.Outcome refresh = RefreshDecision.decide(refreshState(view, phaseSeed), now);
    boolean valid = isSecretValid(view.creationPolicy(), existing);
    if (!refresh.refresh() && valid) {
      Instant last =
          StatusUpdater.parseTime(view.status() == null ? null : view.status().getRefreshTime());
      return new Decision.UpToDate(
          Requeue.after(RefreshDecision.requeueAfter(view.refreshInterval(), last, now, phaseSeed)),
          refresh.why());
    }
    String why = refresh.refresh() ? refresh.why() : "target Secret is missing or was changed";
    return new Decision.Fetch(FetchPlanner.plan(view), why);
  }

  /**
   * The fetch plan of {@code es} for a sync the operator starts although no refresh is due
   * (generated credentials that must be replaced before their lease ends).
   */
  public FetchPlan fetchPlan(ExternalSecret es) {
    return FetchPlanner.plan(new SpecView(es));
  }

  /**
   * Step two: given what was fetched, what to write, which status and events, and when to come
   * back.
   */
  public SyncPlan plan(
      ExternalSecret es,
      FetchPlan fetchPlan,
      FetchResults results,
      SecretSnapshot existing,
      Instant now) {
    SpecView view = new SpecView(es);
    PlanBuilder out = new PlanBuilder(view, now);
    DataAssembler.Assembly assembly =
        DataAssembler.assemble(view, fetchPlan, results, keyTemplates);
    out.events(assembly.events());
    if (assembly.failed()) {
      return out.failed(Messages.ERROR_GET_SECRET_DATA, assembly.error(), assembly.retryable());
    }
    if (assembly.data().isEmpty() && view.deletionPolicy() != DeletionPolicy.MERGE) {
      return EmptyData.plan(view, existing, out);
    }
    return Writes.plan(
        view, assembly.data(), existing, out, templates, templateObjects(fetchPlan, results));
  }

  /**
   * What to do with the target when the ExternalSecret is being deleted: with deletionPolicy
   * Delete, delete it if this ExternalSecret controls it; otherwise leave it (Owner Secrets are
   * then garbage-collected by Kubernetes through the owner reference).
   */
  public SecretWrite onDeletion(ExternalSecret es, SecretSnapshot existing) {
    SpecView view = new SpecView(es);
    if (view.deletionPolicy() == DeletionPolicy.DELETE
        && existing != null
        && Ownership.controlledBy(view, existing)) {
      return new SecretWrite.Delete(existing.name(), existing.uid());
    }
    return SecretWrite.none();
  }

  /**
   * ESO's "secret is valid" check, which drives self-healing: always true for Orphan (jeso may not
   * own it); otherwise the Secret must exist, carry the managed label, and its data must still hash
   * to the data-hash annotation (so a deleted or edited Secret is re-synced).
   */
  public static boolean isSecretValid(CreationPolicy policy, SecretSnapshot existing) {
    if (policy == CreationPolicy.ORPHAN) {
      return true;
    }
    if (existing == null) {
      return false;
    }
    return Labels.MANAGED_VALUE.equals(existing.labels().get(Labels.MANAGED))
        && Hashes.dataHash(existing.data())
            .equals(existing.annotations().get(io.jeso.api.Annotations.DATA_HASH));
  }

  private static RefreshState refreshState(SpecView view, long phaseSeed) {
    var status = view.status();
    return new RefreshState(
        view.spec().getRefreshPolicy(),
        view.refreshInterval(),
        status == null ? null : status.getSyncedResourceVersion(),
        StatusUpdater.parseTime(status == null ? null : status.getRefreshTime()),
        view.currentResourceVersion(),
        view.spec().getSyncWindows(),
        phaseSeed);
  }

  private static Map<FetchPlan.TemplateObjectRef, Map<String, byte[]>> templateObjects(
      FetchPlan plan, FetchResults results) {
    Map<FetchPlan.TemplateObjectRef, Map<String, byte[]>> out = new HashMap<>();
    for (FetchPlan.TemplateObjectRef ref : plan.templateObjects()) {
      results.templateObject(ref).ifPresent(data -> out.put(ref, data));
    }
    return out;
  }

  /**
   * Empty provider data under Delete or Retain (Merge continues and removes this ExternalSecret's
   * keys).
   */
  private static final class EmptyData {
    static SyncPlan plan(SpecView es, SecretSnapshot existing, PlanBuilder out) {
      if (es.deletionPolicy() == DeletionPolicy.RETAIN) {
        return out.done(Reasons.SECRET_SYNCED, Messages.SECRET_RETAINED);
      }
      if (es.creationPolicy() != CreationPolicy.OWNER) {
        // The validator already refuses this; kept as a safeguard, as ESO does.
        return out.failed(
            Messages.ERROR_DELETE_SECRET,
            "unable to delete secret "
                + es.targetName()
                + ": creationPolicy="
                + es.creationPolicy().value()
                + " is not Owner",
            false);
      }
      if (existing == null) {
        return out.done(Reasons.SECRET_DELETED, Messages.SECRET_DELETED);
      }
      if (!Ownership.controlledBy(es, existing)) {
        return out.failed(
            Messages.ERROR_DELETE_SECRET,
            "not deleting secret "
                + existing.name()
                + ": it is not controlled by this ExternalSecret",
            false);
      }
      out.write(new SecretWrite.Delete(existing.name(), existing.uid()));
      out.event(PlannedEvent.normal(EventReasons.DELETED, Messages.EVENT_DELETED));
      return out.done(Reasons.SECRET_DELETED, Messages.SECRET_DELETED);
    }
  }
}
