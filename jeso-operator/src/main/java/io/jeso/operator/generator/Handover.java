package io.jeso.operator.generator;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.core.generator.ReissueReason;
import io.jeso.core.time.GoDuration;
import io.jeso.operator.kube.EventRecorder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a sync pass: once the Secret holds the new credentials, they become the entry's current
 * ones, the Secret's lease record is updated, and then the replaced lease is revoked (in that
 * order, so the old credentials stop working only when the new ones are in place). Also the end of
 * an ExternalSecret: everything it held or recorded is revoked.
 */
final class Handover {
  private static final Logger LOG = LoggerFactory.getLogger(Handover.class);
  static final String EVENT_ISSUED = "CredentialsIssued";
  static final String EVENT_ROTATED = "CredentialsRotated";

  private record Revoke(Entry entry, Issue issue, String cause) {}

  private final KubernetesClient client;
  private final LeaseBook book;
  private final Revocations revocations;
  private final EventRecorder events;

  Handover(KubernetesClient client, LeaseBook book, Revocations revocations, EventRecorder events) {
    this.client = client;
    this.book = book;
    this.revocations = revocations;
    this.events = events;
  }

  /**
   * @param synced the pass wrote the Secret (or found it up to date) and reported Ready
   */
  void afterApply(ExternalSecret es, boolean synced) {
    String uid = es.getMetadata().getUid();
    List<Entry> entries = book.of(uid);
    if (!synced || (entries.isEmpty() && !book.anyRecorded(uid))) {
      return; // a failed pass keeps pending credentials for the retry
    }
    Set<Integer> indices = Generators.generatorIndices(es);
    List<Revoke> revoke = new ArrayList<>();
    boolean changed = false;
    for (Entry e : entries) {
      synchronized (e) {
        changed |= commit(es, e, indices.contains(e.index), revoke);
      }
    }
    if (changed || book.anyRecorded(uid)) {
      reconcileRecords(es);
    }
    revoke.forEach(r -> revocations.revoke(es, r.entry(), r.issue(), r.cause()));
  }

  private boolean commit(ExternalSecret es, Entry e, boolean stillUsed, List<Revoke> revoke) {
    if (!stillUsed || e.dropOnCommit) {
      // The spec no longer uses this entry, or the generator stopped leasing.
      addIfHeld(revoke, e, e.current, "removed");
      addIfHeld(revoke, e, e.pending, "removed");
      book.remove(e);
      return true;
    }
    if (e.pending == null) {
      return false;
    }
    Issue old = e.current;
    ReissueReason why = e.pendingReason;
    e.current = e.pending;
    e.pending = null;
    e.pendingReason = null;
    e.syncRequestedAt = null;
    addIfHeld(revoke, e, old, "rotated");
    announce(es, e, why);
    return true;
  }

  private static void addIfHeld(List<Revoke> out, Entry e, Issue issue, String cause) {
    if (issue != null) {
      out.add(new Revoke(e, issue, cause));
    }
  }

  private void announce(ExternalSecret es, Entry e, ReissueReason why) {
    Issue now = e.current;
    String lease =
        "lease "
            + GoDuration.format(now.grant.ttl())
            + (now.grant.renewable() ? ", renewable" : "");
    if (why == ReissueReason.FIRST) {
      events.normal(
          es,
          EVENT_ISSUED,
          e.path() + ": " + now.generator.id() + " issued credentials (" + lease + ")");
    } else {
      events.normal(
          es,
          EVENT_ROTATED,
          e.path()
              + ": new credentials from "
              + now.generator.id()
              + " ("
              + lease
              + ") because "
              + why.description()
              + "; the previous lease is revoked");
    }
  }

  /**
   * Brings the Secret's lease record in line with what is held now, revoking recorded leases that
   * are neither current nor pending (an earlier process issued them).
   */
  private void reconcileRecords(ExternalSecret es) {
    String uid = es.getMetadata().getUid();
    Secret target = readTarget(es);
    List<LeaseRecords.Recorded> recorded = LeaseRecords.read(target);
    List<LeaseRecords.Recorded> held = new ArrayList<>();
    Set<String> keep = new HashSet<>();
    for (Entry e : book.of(uid)) {
      synchronized (e) {
        if (e.current != null) {
          var id = e.current.generator.id();
          held.add(new LeaseRecords.Recorded(e.index, id.kind(), id.name(), e.current.leaseId));
          keep.add(e.current.leaseId);
        }
        if (e.pending != null) {
          keep.add(e.pending.leaseId);
        }
      }
    }
    for (LeaseRecords.Recorded r : recorded) {
      if (!keep.contains(r.lease())) {
        revocations.revokeRecorded(es, r, "restarted");
      }
    }
    if (target != null && !Set.copyOf(recorded).equals(Set.copyOf(held))) {
      LeaseRecords.write(client, es, held);
    }
    book.noteRecorded(uid, Set.of());
  }

  /** The ExternalSecret is being deleted: revoke all it held and what its Secret records. */
  void cleanup(ExternalSecret es, Secret target) {
    String uid = es.getMetadata().getUid();
    Set<String> done = new HashSet<>();
    for (Entry e : book.of(uid)) {
      synchronized (e) {
        for (Issue issue : new Issue[] {e.current, e.pending}) {
          if (issue != null) {
            revocations.revoke(es, e, issue, "deleted");
            done.add(issue.leaseId);
          }
        }
        e.current = null;
        e.pending = null;
      }
    }
    List<LeaseRecords.Recorded> recorded = LeaseRecords.read(target);
    for (LeaseRecords.Recorded r : recorded) {
      if (!done.contains(r.lease())) {
        revocations.revokeRecorded(es, r, "deleted");
      }
    }
    if (!recorded.isEmpty()) {
      LeaseRecords.write(client, es, List.of()); // a retained Secret no longer points at them
    }
    book.forget(uid);
  }

  private Secret readTarget(ExternalSecret es) {
    try {
      return client
          .secrets()
          .inNamespace(es.getMetadata().getNamespace())
          .withName(LeaseRecords.targetName(es))
          .get();
    } catch (KubernetesClientException e) {
      LOG.warn(
          "{}/{}: reading the target Secret's lease record failed: HTTP {}",
          es.getMetadata().getNamespace(),
          es.getMetadata().getName(),
          e.getCode());
      return null;
    }
  }
}
