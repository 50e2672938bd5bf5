package io.jeso.operator.generator;

import io.jeso.api.v1.ExternalSecret;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.operator.kube.EventRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Revokes leases jeso no longer needs: through the session that issued them, or, for leases an
 * earlier jeso recorded, through a session of the recorded generator. Failures are reported and
 * never block anything: a lease nobody renews ends with its TTL anyway (or with its login).
 */
final class Revocations {
  private static final Logger LOG = LoggerFactory.getLogger(Revocations.class);
  static final String EVENT_NOT_REVOKED = "CredentialsNotRevoked";

  private final Issuing issuing;
  private final EventRecorder events;
  private final GeneratorMetrics metrics;

  Revocations(Issuing issuing, EventRecorder events, GeneratorMetrics metrics) {
    this.issuing = issuing;
    this.events = events;
    this.metrics = metrics;
  }

  void revoke(ExternalSecret es, Entry entry, Issue issue, String cause) {
    String kind = issue.generator.bound().kind();
    try {
      issue.session.session.revoke(issue.leaseId);
      metrics.revoked.inc(kind, cause);
      LOG.debug(
          "{} {}: revoked a lease of {} ({})",
          entry.externalSecret,
          entry.path(),
          issue.generator.id(),
          cause);
    } catch (SecretProviderException e) {
      failed(es, entry.path(), issue.generator.id().toString(), kind, e);
    }
  }

  /** Revokes a lease the target Secret recorded (issued by an earlier jeso process). */
  void revokeRecorded(ExternalSecret es, LeaseRecords.Recorded r, String cause) {
    String path = "spec.dataFrom[" + r.index() + "]";
    String what = r.kind() + " " + r.name();
    String kind = r.kind();
    try {
      ResolvedGenerator g = issuing.resolve(r.kind(), r.name(), es.getMetadata().getNamespace());
      kind = g.bound().kind();
      issuing.session(g, es.getMetadata().getNamespace()).session.revoke(r.lease());
      metrics.revoked.inc(kind, cause);
      LOG.debug(
          "{}/{} {}: revoked a lease an earlier jeso recorded ({})",
          es.getMetadata().getNamespace(),
          es.getMetadata().getName(),
          path,
          cause);
    } catch (SecretProviderException e) {
      failed(es, path, what, kind, e);
    }
  }

  private void failed(
      ExternalSecret es, String path, String what, String kind, SecretProviderException e) {
    metrics.errors.inc(kind, "revoke");
    String message =
        path
            + ": revoking a lease of "
            + what
            + " failed ("
            + e.getMessage()
            + "); it ends with its TTL";
    LOG.warn("{}/{}: {}", es.getMetadata().getNamespace(), es.getMetadata().getName(), message);
    events.warning(es, EVENT_NOT_REVOKED, message);
  }
}
