package io.jeso.core.store;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import java.util.List;
import java.util.Map;

/**
 * Kubernetes label selector matching ({@code metav1.LabelSelector}): every {@code matchLabels}
 * entry and every {@code matchExpressions} requirement must hold. An empty selector matches
 * everything; a null one, nothing.
 */
public final class LabelSelectors {
  private LabelSelectors() {}

  /**
   * @throws IllegalArgumentException for a malformed requirement (unknown operator, In/NotIn
   *     without values, Exists/DoesNotExist with values), as the API server would report it
   */
  public static boolean matches(LabelSelector selector, Map<String, String> labels) {
    if (selector == null) {
      return false;
    }
    Map<String, String> actual = labels == null ? Map.of() : labels;
    if (selector.getMatchLabels() != null) {
      for (Map.Entry<String, String> e : selector.getMatchLabels().entrySet()) {
        if (!e.getValue().equals(actual.get(e.getKey()))) {
          return false;
        }
      }
    }
    if (selector.getMatchExpressions() != null) {
      for (LabelSelectorRequirement r : selector.getMatchExpressions()) {
        if (!holds(r, actual)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean holds(LabelSelectorRequirement r, Map<String, String> labels) {
    List<String> values = r.getValues() == null ? List.of() : r.getValues();
    String operator = r.getOperator() == null ? "" : r.getOperator();
    String value = labels.get(r.getKey());
    return switch (operator) {
      case "In" -> requireValues(r, values) && value != null && values.contains(value);
      case "NotIn" -> requireValues(r, values) && (value == null || !values.contains(value));
      case "Exists" -> requireNoValues(r, values) && labels.containsKey(r.getKey());
      case "DoesNotExist" -> requireNoValues(r, values) && !labels.containsKey(r.getKey());
      default ->
          throw new IllegalArgumentException(
              "label selector operator "
                  + operator
                  + " is not one of In, NotIn, Exists, DoesNotExist");
    };
  }

  private static boolean requireValues(LabelSelectorRequirement r, List<String> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException(
          "label selector requirement on " + r.getKey() + ": " + r.getOperator() + " needs values");
    }
    return true;
  }

  private static boolean requireNoValues(LabelSelectorRequirement r, List<String> values) {
    if (!values.isEmpty()) {
      throw new IllegalArgumentException(
          "label selector requirement on "
              + r.getKey()
              + ": "
              + r.getOperator()
              + " takes no values");
    }
    return true;
  }
}
