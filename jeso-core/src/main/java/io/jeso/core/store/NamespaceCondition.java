package io.jeso.core.store;

import io.fabric8.kubernetes.api.model.LabelSelector;
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
}
