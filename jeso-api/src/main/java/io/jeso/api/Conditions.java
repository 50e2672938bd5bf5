package io.jeso.api;

/** Condition types and statuses, exactly as ESO writes them (users alert on them). */
public final class Conditions {

  /** The one condition every kind reports. */
  public static final String READY = "Ready";

  /** ExternalSecret only: set in metrics when the object is gone. */
  public static final String DELETED = "Deleted";

  public static final String TRUE = "True";
  public static final String FALSE = "False";
  public static final String UNKNOWN = "Unknown";

  private Conditions() {}
}
