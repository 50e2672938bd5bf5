package io.jeso.api;

/**
 * Reasons of the Ready condition, exactly as ESO writes them; they appear in the Status printer
 * column.
 */
public final class Reasons {

  // ExternalSecret with a Secret target.
  public static final String SECRET_SYNCED = "SecretSynced";
  public static final String SECRET_SYNCED_ERROR = "SecretSyncedError";
  public static final String SECRET_DELETED = "SecretDeleted";
  public static final String SECRET_MISSING = "SecretMissing";

  // ExternalSecret with a generic (manifest) target.
  public static final String RESOURCE_SYNCED = "ResourceSynced";
  public static final String RESOURCE_SYNCED_ERROR = "ResourceSyncedError";
  public static final String RESOURCE_DELETED = "ResourceDeleted";
  public static final String RESOURCE_MISSING = "ResourceMissing";

  // SecretStore and ClusterSecretStore.
  public static final String STORE_VALID = "Valid";
  public static final String INVALID_PROVIDER_CONFIG = "InvalidProviderConfig";
  public static final String INVALID_STORE_CONFIGURATION = "InvalidStoreConfiguration";
  public static final String VALIDATION_FAILED = "ValidationFailed";
  public static final String VALIDATION_UNKNOWN = "ValidationUnknown";
  public static final String STORE_UNMAINTAINED = "StoreUnmaintained";
  public static final String STORE_DEPRECATED = "StoreDeprecated";

  private Reasons() {}
}
