package io.jeso.core.store;

import io.jeso.core.data.GoRegex;
import io.jeso.core.data.InvalidRegexException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Enforces a ClusterSecretStore's {@code spec.conditions} in the controller (not only at
 * admission): may an ExternalSecret in {@code namespace} use this store?
 *
 * <ul>
 *   <li>No conditions: every namespace may.
 *   <li>Otherwise a namespace may if it passes any condition; it passes a condition if its labels
 *       match the selector, or its name is listed, or its name matches one of the regexes ({@link
 *       RegexMatch}).
 *   <li>A malformed selector or regex denies (fail closed) with a message saying what is wrong.
 * </ul>
 */
public final class NamespaceConditions {
  private NamespaceConditions() {}

  /** The outcome: allowed, or denied with a message for the ExternalSecret's status and event. */
  public record Decision(boolean allowed, String message) {
    static Decision allow() {
      return new Decision(true, "");
    }
  }

  /**
   * @param storeName the ClusterSecretStore's name, for the message
   * @param conditions its {@code spec.conditions}
   * @param namespace the namespace asking
   * @param namespaceLabels that namespace's labels ({@code kubernetes.io/metadata.name} need not be
   *     present)
   */
  public static Decision evaluate(
      String storeName,
      List<NamespaceCondition> conditions,
      String namespace,
      Map<String, String> namespaceLabels,
      RegexMatch regexMatch) {
    if (conditions == null || conditions.isEmpty()) {
      return Decision.allow();
    }
    try {
      for (NamespaceCondition condition : conditions) {
        if (passes(condition, namespace, namespaceLabels, regexMatch)) {
          return Decision.allow();
        }
      }
    } catch (IllegalArgumentException e) {
      return new Decision(
          false,
          "using cluster store \""
              + storeName
              + "\" is not allowed from namespace \""
              + namespace
              + "\": its spec.conditions are invalid: "
              + e.getMessage());
    }
    return new Decision(false, deniedMessage(storeName, namespace));
  }

  /** ESO's text for a denied namespace. */
  public static String deniedMessage(String storeName, String namespace) {
    return "using cluster store \""
        + storeName
        + "\" is not allowed from namespace \""
        + namespace
        + "\": denied by spec.condition";
  }

  /**
   * Admission-time check: every regex compiles.
   *
   * @return one message per bad regex, in ESO's wording; empty when all are fine
   */
  public static List<String> validate(List<NamespaceCondition> conditions) {
    List<String> problems = new ArrayList<>();
    for (int ci = 0; conditions != null && ci < conditions.size(); ci++) {
      List<String> regexes = conditions.get(ci).namespaceRegexes();
      for (int ri = 0; ri < regexes.size(); ri++) {
        try {
          GoRegex.compile(regexes.get(ri));
        } catch (InvalidRegexException e) {
          problems.add(
              "failed to compile "
                  + ri
                  + "th namespace regex in "
                  + ci
                  + "th condition: "
                  + e.getMessage());
        }
      }
    }
    return problems;
  }

  private static boolean passes(
      NamespaceCondition condition,
      String namespace,
      Map<String, String> labels,
      RegexMatch regexMatch) {
    if (condition.namespaceSelector() != null
        && LabelSelectors.matches(condition.namespaceSelector(), labels)) {
      return true;
    }
    if (condition.namespaces().contains(namespace)) {
      return true;
    }
    for (String regex : condition.namespaceRegexes()) {
      GoRegex re = GoRegex.compile(regex);
      if (regexMatch == RegexMatch.FULL ? re.matchesFully(namespace) : re.find(namespace)) {
        return true;
      }
    }
    return false;
  }
}
