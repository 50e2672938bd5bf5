package io.jeso.operator.externalsecret;

import io.jeso.api.v1.ExternalSecret;
import java.util.Objects;

/**
 * Which ExternalSecret updates deserve a pass: a spec change (generation), any label or annotation
 * change (how users force a sync), finalizers, or a deletion. Status updates, mostly jeso's own, do
 * not.
 */
public final class ExternalSecretEvents {
  private ExternalSecretEvents() {}

  public static boolean worthReconciling(ExternalSecret now, ExternalSecret before) {
    var a = now.getMetadata();
    var b = before.getMetadata();
    return !Objects.equals(a.getGeneration(), b.getGeneration())
        || !Objects.equals(a.getLabels(), b.getLabels())
        || !Objects.equals(a.getAnnotations(), b.getAnnotations())
        || !Objects.equals(a.getFinalizers(), b.getFinalizers())
        || !Objects.equals(a.getDeletionTimestamp(), b.getDeletionTimestamp());
  }
}
