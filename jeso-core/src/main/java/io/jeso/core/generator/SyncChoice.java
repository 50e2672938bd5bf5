package io.jeso.core.generator;

import java.time.Instant;

/**
 * What a sync of an ExternalSecret takes from one leased generator entry: the credentials it holds,
 * the ones it is handing over to (issued, not yet in the Secret), or new ones. A periodic refresh
 * keeps what is valid (ESO issues new credentials on every refresh, which piles up database users);
 * a failed write keeps the handover credentials for the retry instead of issuing again.
 */
public final class SyncChoice {
  private SyncChoice() {}

  /**
   * Credentials held for an entry, as the decision needs to see them.
   *
   * @param grant their lease
   * @param sameGenerator issued by the generator object (and version) the entry references now
   * @param sessionEnding the login that issued them cannot be extended any more
   * @param renewalFailed the backend refused to renew them
   */
  public record Held(
      Grant grant, boolean sameGenerator, boolean sessionEnding, boolean renewalFailed) {}

  /** The outcome. */
  public sealed interface Choice {}

  /** Return the credentials the Secret already holds. */
  public record UseCurrent() implements Choice {}

  /** Return the credentials issued for the handover (a retry after a failed write). */
  public record UsePending() implements Choice {}

  /** Issue new credentials. */
  public record Issue(ReissueReason reason) implements Choice {}

  /**
   * @param current what the Secret holds, or null
   * @param pending issued but not yet written, or null
   * @param rotate the user asked for fresh data (force-sync, spec change)
   * @param recorded the Secret records credentials jeso does not hold (an earlier process issued
   *     them)
   */
  public static Choice choose(
      Held current, Held pending, boolean rotate, boolean recorded, Instant now) {
    if (pending != null && replacement(pending, now) == null) {
      return new UsePending();
    }
    if (rotate && current != null) {
      return new Issue(ReissueReason.ROTATION_REQUESTED);
    }
    if (current == null) {
      return new Issue(recorded ? ReissueReason.RESTARTED : ReissueReason.FIRST);
    }
    ReissueReason why = replacement(current, now);
    return why == null ? new UseCurrent() : new Issue(why);
  }

  /**
   * Whether the ExternalSecret needs a sync now although its refresh is not due: what the Secret
   * holds must be replaced, or was issued by an earlier process (whose login will not be renewed).
   */
  public static boolean needsSync(Held current, boolean recorded, Instant now) {
    if (current == null) {
      return recorded;
    }
    return replacement(current, now) != null;
  }

  /** Why {@code held} must be replaced now, or null when it can be used. */
  static ReissueReason replacement(Held held, Instant now) {
    if (!held.sameGenerator()) {
      return ReissueReason.GENERATOR_CHANGED;
    }
    if (held.renewalFailed()) {
      return ReissueReason.RENEW_FAILED;
    }
    if (held.sessionEnding()) {
      return ReissueReason.SESSION_ENDING;
    }
    return GrantPolicy.next(held.grant(), now) instanceof GrantPolicy.Replace r ? r.reason() : null;
  }
}
