package io.jeso.api;

/**
 * Field managers under which jeso writes target Secrets. ESO works out which keys, labels and
 * annotations an ExternalSecret owns from the managedFields of this manager, so jeso must write
 * under the same name to take over Secrets that ESO created.
 */
public final class FieldManagers {

  /** Followed by the ExternalSecret's name. */
  public static final String EXTERNAL_SECRET_PREFIX = "externalsecrets.external-secrets.io/";

  /**
   * Used instead, followed by the hex sha3-224 of the name, when prefix + name is longer than this
   * limit.
   */
  public static final String EXTERNAL_SECRET_HASHED_PREFIX = EXTERNAL_SECRET_PREFIX + "sha3/";

  public static final int MAX_LENGTH = 63;

  private FieldManagers() {}
}
