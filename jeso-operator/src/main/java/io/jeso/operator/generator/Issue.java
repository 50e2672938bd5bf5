package io.jeso.operator.generator;

import io.jeso.core.generator.Grant;
import io.jeso.core.generator.SyncChoice;
import java.util.Map;

/**
 * Credentials a generator issued for one ExternalSecret entry, with their lease. Values are held in
 * memory only (as the informer holds the Secret), so a refresh can hand out the same credentials
 * again; they are never printed. Mutable state is guarded by the owning {@link Entry}.
 */
final class Issue {
  final Map<String, byte[]> values;
  final String leaseId;
  final ResolvedGenerator generator;
  final SessionPool.Pooled session;
  Grant grant;
  boolean renewalFailed;

  /** After a failed renewal that may succeed later (Vault unreachable): not before then. */
  java.time.Instant retryAt;

  Issue(
      Map<String, byte[]> values,
      String leaseId,
      ResolvedGenerator generator,
      SessionPool.Pooled session,
      Grant grant) {
    this.values = Map.copyOf(values);
    this.leaseId = leaseId;
    this.generator = generator;
    this.session = session;
    this.grant = grant;
  }

  /**
   * What the decision needs to know.
   *
   * @param now the generator the entry references now, or null when unknown (then assumed the same)
   */
  SyncChoice.Held held(ResolvedGenerator now) {
    boolean same =
        now == null
            || (now.version().equals(generator.version()) && now.id().equals(generator.id()));
    return new SyncChoice.Held(grant, same, session.ending, renewalFailed);
  }

  @Override
  public String toString() {
    return "Issue[" + generator.id() + ", expires " + grant.expiresAt() + "]";
  }
}
