package io.jeso.core.sync;

import io.jeso.api.Messages;
import io.jeso.api.v1.ExternalSecret;
import java.time.Instant;

/**
 * Plans for when applying a {@link SyncPlan} fails at the API server (the Secret write or an orphan
 * deletion was refused): Ready=False with ESO's reason and message, a Warning {@code UpdateFailed}
 * event with the safe detail, and a retry with backoff. Nothing else is written.
 */
public final class ApplyFailures {
  private ApplyFailures() {}

  /** The Secret could not be written; {@code detail} names the HTTP status, never a value. */
  public static SyncPlan writeFailed(ExternalSecret es, String detail, Instant now) {
    return new PlanBuilder(new SpecView(es), now)
        .failed(Messages.ERROR_UPDATE_SECRET, Messages.ERROR_UPDATE_SECRET + ": " + detail, true);
  }

  /** The Secret could not be deleted (deletionPolicy Delete). */
  public static SyncPlan deleteFailed(ExternalSecret es, String detail, Instant now) {
    return new PlanBuilder(new SpecView(es), now)
        .failed(Messages.ERROR_DELETE_SECRET, Messages.ERROR_DELETE_SECRET + ": " + detail, true);
  }

  /** Secrets of an earlier target name could not be deleted. */
  public static SyncPlan orphanCleanupFailed(ExternalSecret es, String detail, Instant now) {
    return new PlanBuilder(new SpecView(es), now)
        .failed(
            Messages.ERROR_DELETE_ORPHANED, Messages.ERROR_DELETE_ORPHANED + ": " + detail, true);
  }
}
