package io.jeso.operator.queue;

/**
 * Why a key is queued. A key waiting in both lanes is served from the more urgent one.
 *
 * <p>ESO users wait minutes for a new ExternalSecret while thousands of routine refreshes drain a
 * single queue (ESO #2878, #4180, #6019). jeso serves {@link #URGENT} work first: objects never
 * synced, changed specs, repairs of a deleted or edited Secret, retries after errors a user may
 * just have fixed.
 */
public enum Lane {
  /** New, changed or damaged: someone is waiting for this one. */
  URGENT,
  /** A periodic refresh that nobody is waiting for. */
  REFRESH
}
