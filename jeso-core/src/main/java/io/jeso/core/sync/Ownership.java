package io.jeso.core.sync;

import io.jeso.api.ApiVersions;
import io.jeso.api.Labels;
import io.jeso.api.externalsecret.CreationPolicy;
import io.jeso.core.hash.Hashes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who owns the target Secret (ESO's applyOwnership):
 *
 * <ul>
 *   <li>A Secret whose controller is another ExternalSecret is refused ("target is owned by another
 *       ExternalSecret"): two ExternalSecrets writing one Secret would fight forever.
 *   <li>Owner: a controller reference to this ExternalSecret (so Kubernetes garbage-collects the
 *       Secret with it) and the created-by label (so an earlier target can be found and removed
 *       when target.name changes). A Secret controlled by something else cannot be taken over
 *       ("failed to take ownership of target secret").
 *   <li>Any other policy: this ExternalSecret's controller reference and the created-by label are
 *       removed.
 * </ul>
 */
final class Ownership {
  static final String KIND = "ExternalSecret";

  private Ownership() {}

  /** A refusal, with the condition message and the event text. */
  record Refusal(String conditionMessage, String eventMessage) {}

  /** Checks whether this ExternalSecret may write the Secret at all. */
  static Optional<Refusal> refusal(SpecView es, SecretSnapshot existing) {
    if (existing == null) {
      return Optional.empty();
    }
    Optional<OwnerRef> controller = existing.controller();
    if (controller.isPresent()
        && isExternalSecret(controller.get())
        && !controller.get().name().equals(es.name())) {
      return Optional.of(
          new Refusal(
              io.jeso.api.Messages.ERROR_IS_OWNED,
              "secret is owned by another ExternalSecret: " + controller.get().name()));
    }
    if (es.creationPolicy() == CreationPolicy.OWNER
        && controller.isPresent()
        && !controller.get().refersToSameObject(reference(es))) {
      return Optional.of(
          new Refusal(
              io.jeso.api.Messages.ERROR_BECOME_OWNER,
              "could not set controller reference on secret: Object "
                  + es.namespace()
                  + "/"
                  + existing.name()
                  + " is already owned by another "
                  + controller.get().kind()
                  + " controller "
                  + controller.get().name()));
    }
    return Optional.empty();
  }

  /** The owner references the Secret should carry. */
  static List<OwnerRef> ownerReferences(SpecView es, List<OwnerRef> current) {
    OwnerRef ours = reference(es);
    List<OwnerRef> out = new ArrayList<>();
    boolean replaced = false;
    for (OwnerRef ref : current) {
      if (!ref.refersToSameObject(ours)) {
        out.add(ref);
      } else if (es.creationPolicy() == CreationPolicy.OWNER && !replaced) {
        out.add(ours);
        replaced = true;
      }
      // Otherwise this is our old reference under a policy that does not own: dropped.
    }
    if (es.creationPolicy() == CreationPolicy.OWNER && !replaced) {
      out.add(ours);
    }
    return out;
  }

  /** Sets or removes the created-by label. */
  static void createdByLabel(SpecView es, Map<String, String> labels) {
    if (es.creationPolicy() == CreationPolicy.OWNER) {
      labels.put(Labels.CREATED_BY, Hashes.createdBy(es.namespace(), es.name()));
    } else {
      labels.remove(Labels.CREATED_BY);
    }
  }

  /** Whether the Secret's controller is this very ExternalSecret (same UID when both are known). */
  static boolean controlledBy(SpecView es, SecretSnapshot existing) {
    Optional<OwnerRef> controller = existing.controller();
    if (controller.isEmpty()
        || !isExternalSecret(controller.get())
        || !controller.get().name().equals(es.name())) {
      return false;
    }
    String uid = controller.get().uid();
    return uid == null || es.uid() == null || uid.equals(es.uid());
  }

  static OwnerRef reference(SpecView es) {
    return new OwnerRef(ApiVersions.EXTERNAL_SECRETS_V1, KIND, es.name(), es.uid(), true, true);
  }

  private static boolean isExternalSecret(OwnerRef ref) {
    return ApiVersions.GROUP.equals(ref.group()) && KIND.equals(ref.kind());
  }
}
