package io.jeso.operator.store;

import io.jeso.api.common.Condition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sets a condition in a list the Kubernetes way: lastTransitionTime changes only when the status
 * changes.
 */
public final class StoreConditions {
  private StoreConditions() {}

  public static List<Condition> set(List<Condition> current, Condition wanted, Instant now) {
    List<Condition> result = new ArrayList<>();
    boolean replaced = false;
    for (Condition c : current == null ? List.<Condition>of() : current) {
      if (Objects.equals(c.getType(), wanted.getType())) {
        String since =
            Objects.equals(c.getStatus(), wanted.getStatus()) ? c.getLastTransitionTime() : null;
        result.add(copy(wanted, since == null ? now.toString() : since));
        replaced = true;
      } else {
        result.add(c);
      }
    }
    if (!replaced) {
      result.add(copy(wanted, now.toString()));
    }
    return result;
  }

  private static Condition copy(Condition c, String lastTransitionTime) {
    return new Condition()
        .withType(c.getType())
        .withStatus(c.getStatus())
        .withReason(c.getReason())
        .withMessage(c.getMessage())
        .withLastTransitionTime(lastTransitionTime);
  }
}
