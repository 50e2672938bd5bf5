package io.jeso.api;

/**
 * Condition and event messages whose exact text ESO users match on. Messages with a {@code %}
 * placeholder are {@link String#format} patterns.
 */
public final class Messages {

  // Ready=True on an ExternalSecret.
  public static final String SECRET_SYNCED = "secret synced";
  public static final String SECRET_RETAINED = "secret retained due to DeletionPolicy=Retain";
  public static final String SECRET_DELETED = "secret deleted due to DeletionPolicy=Delete";
  public static final String SECRET_MISSING =
      "secret will not be created due to CreationPolicy=Merge";

  // Ready=False, reason SecretSyncedError.
  public static final String ERROR_GET_SECRET_DATA = "could not get secret data from provider";
  public static final String ERROR_UPDATE_SECRET = "could not update secret";
  public static final String ERROR_UPDATE_IMMUTABLE =
      "could not update secret, target is immutable";
  public static final String ERROR_BECOME_OWNER = "failed to take ownership of target secret";
  public static final String ERROR_IS_OWNED = "target is owned by another ExternalSecret";
  public static final String ERROR_DELETE_SECRET = "could not delete secret";
  public static final String ERROR_DELETE_ORPHANED = "could not delete orphaned secrets";

  // Errors inside the fetch step.
  public static final String ERROR_INVALID_KEYS =
      "invalid secret keys (TIP: use rewrite or conversionStrategy to change keys)";

  /** Arguments: store kind, store name. */
  public static final String ERROR_STORE_NOT_READY = "%s \"%s\" is not ready";

  /** Arguments: cluster store name, namespace. */
  public static final String ERROR_CLUSTER_STORE_DENIED =
      "using cluster store \"%s\" is not allowed from namespace \"%s\": denied by spec.condition";

  // ExternalSecret events.
  public static final String EVENT_CREATED = "secret created";
  public static final String EVENT_UPDATED = "secret updated";
  public static final String EVENT_DELETED = "secret deleted due to DeletionPolicy=Delete";
  public static final String EVENT_DELETED_ORPHANED = "secret deleted because it was orphaned";

  /** Argument: index in spec.dataFrom. */
  public static final String EVENT_MISSING_PROVIDER_SECRET =
      "secret does not exist at provider using spec.dataFrom[%d]";

  /**
   * Arguments: index, remote key. ESO uses this text for data[] entries too, including the word
   * dataFrom; kept verbatim because users match on it.
   */
  public static final String EVENT_MISSING_PROVIDER_SECRET_KEY =
      "secret does not exist at provider using spec.dataFrom[%d] (key=%s)";

  // Stores.
  public static final String STORE_VALIDATED = "store validated";
  public static final String STORE_UNABLE_CREATE_CLIENT = "unable to create client";
  public static final String STORE_UNABLE_VALIDATE = "unable to validate store";
  public static final String STORE_VALIDATION_UNKNOWN = "could not determine validation status";
  public static final String STORE_UNMAINTAINED =
      "store isn't currently maintained. Please plan and prepare accordingly.";
  public static final String STORE_DEPRECATED =
      "store is deprecated and will be removed on the next minor release. Please plan and prepare accordingly.";

  // ClusterExternalSecret.
  public static final String CES_NAMESPACES_FAILED = "one or more namespaces failed";

  private Messages() {}
}
