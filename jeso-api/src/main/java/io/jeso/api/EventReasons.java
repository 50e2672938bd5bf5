package io.jeso.api;

/** Reasons of the Kubernetes events jeso records, exactly as ESO's. */
public final class EventReasons {

  /** The event source name ESO's recorder uses. */
  public static final String COMPONENT = "external-secrets";

  // ExternalSecret.
  public static final String CREATED = "Created";
  public static final String UPDATED = "Updated";
  public static final String DELETED = "Deleted";
  public static final String UPDATE_FAILED = "UpdateFailed";
  public static final String MISSING_PROVIDER_SECRET = "MissingProviderSecret";
  public static final String PARAMETER_DEPRECATED = "ParameterDeprecated";

  // Stores: the condition reasons double as event reasons.
  public static final String STORE_VALID = Reasons.STORE_VALID;
  public static final String INVALID_PROVIDER_CONFIG = Reasons.INVALID_PROVIDER_CONFIG;
  public static final String VALIDATION_UNKNOWN = Reasons.VALIDATION_UNKNOWN;
  public static final String STORE_UNMAINTAINED = Reasons.STORE_UNMAINTAINED;
  public static final String STORE_DEPRECATED = Reasons.STORE_DEPRECATED;

  private EventReasons() {}
}
