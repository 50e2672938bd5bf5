package io.jeso.core.provider;

/**
 * The remote secret (or the requested version or property) does not exist. This is the only error
 * that may make jeso remove data or delete a Secret, through the ExternalSecret's deletionPolicy; a
 * provider must therefore throw it only when the remote system positively said "not found" (HTTP
 * 404, ResourceNotFoundException, ...), never for timeouts, permission errors or anything it is
 * unsure about.
 */
public final class NoSecretException extends SecretProviderException {
  private static final long serialVersionUID = 1L;

  /** The reason word, also ESO's error text family ("Secret does not exist"). */
  public static final String REASON = "NotFound";

  public NoSecretException(String safeMessage) {
    super(REASON, safeMessage, null);
  }

  public NoSecretException(String safeMessage, Throwable cause) {
    super(REASON, safeMessage, cause);
  }

  @Override
  public boolean retryable() {
    // Not an error to retry quickly: the next periodic refresh looks again.
    return false;
  }
}
