package io.jeso.core.sync;

/**
 * The first step of a reconcile ({@link SyncPlanner#decide}): is there anything to fetch?
 *
 * <ul>
 *   <li>{@link UpToDate}: no refresh is due and the target Secret is intact; come back later.
 *   <li>{@link Rejected}: the spec is invalid; apply the plan (status and event), fetch nothing.
 *   <li>{@link Fetch}: execute the fetch plan, then call {@link SyncPlanner#plan}.
 * </ul>
 */
public sealed interface Decision permits Decision.UpToDate, Decision.Rejected, Decision.Fetch {

  /** Nothing to do now. */
  record UpToDate(Requeue requeue, String why) implements Decision {}

  /** The ExternalSecret is invalid; nothing may be fetched or written. */
  record Rejected(SyncPlan plan) implements Decision {}

  /** Fetch, then plan. */
  record Fetch(FetchPlan plan, String why) implements Decision {}
}
