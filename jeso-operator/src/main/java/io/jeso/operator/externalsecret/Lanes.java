package io.jeso.operator.externalsecret;

import io.jeso.api.Conditions;
import io.jeso.api.externalsecret.CreationPolicy;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.core.hash.Hashes;
import io.jeso.core.sync.SecretSnapshot;
import io.jeso.core.sync.SyncPlanner;
import io.jeso.operator.queue.Lane;

/**
 * Which lane an ExternalSecret's work belongs in: urgent when someone is waiting for it (never
 * synced, spec or labels/annotations changed, last attempt failed, target Secret missing or
 * edited), refresh otherwise.
 */
final class Lanes {
  private Lanes() {}

  static Lane of(ExternalSecret es, SecretSnapshot target) {
    var status = es.getStatus();
    if (status == null || status.getSyncedResourceVersion() == null) {
      return Lane.URGENT;
    }
    var meta = es.getMetadata();
    long generation = meta.getGeneration() == null ? 0 : meta.getGeneration();
    String current =
        Hashes.syncedResourceVersion(generation, meta.getLabels(), meta.getAnnotations());
    if (!current.equals(status.getSyncedResourceVersion())) {
      return Lane.URGENT;
    }
    boolean ready =
        status.getConditions() != null
            && status.getConditions().stream()
                .anyMatch(
                    c ->
                        Conditions.READY.equals(c.getType())
                            && Conditions.TRUE.equals(c.getStatus()));
    if (!ready) {
      return Lane.URGENT;
    }
    return SyncPlanner.isSecretValid(creationPolicy(es), target) ? Lane.REFRESH : Lane.URGENT;
  }

  private static CreationPolicy creationPolicy(ExternalSecret es) {
    var target = es.getSpec().getTarget();
    return target == null || target.getCreationPolicy() == null
        ? CreationPolicy.OWNER
        : target.getCreationPolicy();
  }
}
