package io.jeso.core.sync;

import java.util.Objects;

/**
 * An event to record on the ExternalSecret (component {@code external-secrets}).
 *
 * @param type {@code Normal} or {@code Warning}
 * @param reason ESO's reason word ({@code Created}, {@code Updated}, {@code Deleted}, {@code
 *     UpdateFailed}, {@code MissingProviderSecret}) or jeso's {@code InvalidSpec}
 * @param message safe text, never a value
 */
public record PlannedEvent(String type, String reason, String message) {
  public static final String NORMAL = "Normal";
  public static final String WARNING = "Warning";

  public PlannedEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  public static PlannedEvent normal(String reason, String message) {
    return new PlannedEvent(NORMAL, reason, message);
  }

  public static PlannedEvent warning(String reason, String message) {
    return new PlannedEvent(WARNING, reason, message);
  }
}
