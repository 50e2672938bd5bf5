package io.jeso.core.store;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.jeso.api.store.ClusterSecretStoreCondition;
import java.util.List;

/**
 * One entry of a ClusterSecretStore's {@code spec.conditions}: a namespace passes it when any of
 * its parts matches.
 *
 * @param namespaceSelector a selector on the namespace's labels, or null
 * @param namespaces namespace names
 * @param namespaceRegexes regular expressions over the namespace name; see {@link RegexMatch}
 */
public record NamespaceCondition(
    LabelSelector namespaceSelector, List<String> namespaces, List<String> namespaceRegexes) {
  public NamespaceCondition {
    namespaces = namespaces == null ? List.of() : List.copyOf(namespaces);
    namespaceRegexes = namespaceRegexes == null ? List.of() : List.copyOf(namespaceRegexes);
  }

  /** From the jeso-api model. */
  public static NamespaceCondition of(ClusterSecretStoreCondition c) {
    return new NamespaceCondition(
        c.getNamespaceSelector(), c.getNamespaces(), c.getNamespaceRegexes());
  }

  /** From a store's {@code spec.conditions}; null gives an empty list (every namespace allowed). */
  public static List<NamespaceCondition> of(List<ClusterSecretStoreCondition> conditions) {
    return conditions == null
        ? List.of()
        : conditions.stream().map(NamespaceCondition::of).toList();
  }
}
