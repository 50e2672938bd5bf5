package io.jeso.core.ces;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.jeso.api.Annotations;
import io.jeso.api.clusterexternalsecret.ClusterExternalSecretSpec;
import io.jeso.core.store.LabelSelectors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a ClusterExternalSecret should look like across namespaces: in which namespaces its
 * ExternalSecret must exist, where a same-named ExternalSecret it does not own blocks it, and from
 * which namespaces its children must go. Pure: the operator lists namespaces and children and
 * applies the result.
 *
 * <p>Namespaces match when any of {@code namespaceSelectors}, the deprecated {@code
 * namespaceSelector}, or the deprecated {@code namespaces} list selects them (ESO ORs them).
 * Terminating namespaces are skipped: creating in them fails and would only produce errors. No
 * finalizer is ever put on a Namespace (ESO's per-namespace finalizers leave namespaces stuck in
 * Terminating, ESO #5426, #6677); children go away with their namespace or through the garbage
 * collector, because each carries a controller ownerReference to the ClusterExternalSecret.
 */
public final class FanOut {
  /**
   * Reason ESO gives when a namespace already holds an ExternalSecret of that name that is not
   * ours.
   */
  public static final String ALREADY_EXISTS = "external secret already exists in namespace";

  private FanOut() {}

  /** A namespace as the fan-out needs it. */
  public record Namespace(String name, Map<String, String> labels, boolean terminating) {}

  /**
   * An ExternalSecret named like the children, found in some namespace.
   *
   * @param ownedByThis whether its controller ownerReference points at this ClusterExternalSecret
   */
  public record Child(String namespace, boolean ownedByThis) {}

  /**
   * @param provision namespaces where the child must exist with the desired spec, sorted
   * @param failed namespace → reason, for namespaces that match but cannot be provisioned
   * @param remove namespaces whose child (owned by this ClusterExternalSecret) must be deleted
   */
  public record Plan(List<String> provision, Map<String, String> failed, List<String> remove) {}

  public static String childName(String cesName, ClusterExternalSecretSpec spec) {
    String name = spec.getExternalSecretName();
    return name == null || name.isEmpty() ? cesName : name;
  }

  public static Plan plan(
      ClusterExternalSecretSpec spec, List<Namespace> namespaces, List<Child> children) {
    Set<String> matching = new TreeSet<>();
    for (Namespace ns : namespaces) {
      if (!ns.terminating() && selects(spec, ns)) {
        matching.add(ns.name());
      }
    }
    Map<String, Boolean> owned = new LinkedHashMap<>();
    children.forEach(c -> owned.put(c.namespace(), c.ownedByThis()));
    List<String> provision = new ArrayList<>();
    Map<String, String> failed = new LinkedHashMap<>();
    for (String ns : matching) {
      if (Boolean.FALSE.equals(owned.get(ns))) {
        failed.put(ns, ALREADY_EXISTS);
      } else {
        provision.add(ns);
      }
    }
    List<String> remove =
        children.stream()
            .filter(c -> c.ownedByThis() && !matching.contains(c.namespace()))
            .map(Child::namespace)
            .sorted()
            .toList();
    return new Plan(provision, failed, remove);
  }

  /**
   * The labels and annotations of a child: the CES's {@code externalSecretMetadata}, plus the CES's
   * {@code force-sync} annotation, which ESO mirrors so that forcing the parent forces every child.
   */
  public static Map<String, String> childAnnotations(
      ClusterExternalSecretSpec spec, Map<String, String> cesAnnotations) {
    Map<String, String> result = new LinkedHashMap<>();
    if (spec.getExternalSecretMetadata() != null
        && spec.getExternalSecretMetadata().getAnnotations() != null) {
      result.putAll(spec.getExternalSecretMetadata().getAnnotations());
    }
    if (cesAnnotations != null && cesAnnotations.containsKey(Annotations.FORCE_SYNC)) {
      result.put(Annotations.FORCE_SYNC, cesAnnotations.get(Annotations.FORCE_SYNC));
    }
    return result;
  }

  public static Map<String, String> childLabels(ClusterExternalSecretSpec spec) {
    if (spec.getExternalSecretMetadata() == null
        || spec.getExternalSecretMetadata().getLabels() == null) {
      return Map.of();
    }
    return Map.copyOf(spec.getExternalSecretMetadata().getLabels());
  }

  private static boolean selects(ClusterExternalSecretSpec spec, Namespace ns) {
    if (spec.getNamespaces() != null && spec.getNamespaces().contains(ns.name())) {
      return true;
    }
    if (selectorMatches(spec.getNamespaceSelector(), ns)) {
      return true;
    }
    if (spec.getNamespaceSelectors() != null) {
      for (LabelSelector selector : spec.getNamespaceSelectors()) {
        if (selectorMatches(selector, ns)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A null selector selects nothing here (ESO skips unset selectors), unlike an empty one, which
   * selects all.
   */
  private static boolean selectorMatches(LabelSelector selector, Namespace ns) {
    return selector != null
        && LabelSelectors.matches(selector, ns.labels() == null ? Map.of() : ns.labels());
  }
}
