package io.jeso.core.provider;

/**
 * The store's configuration cannot work: a missing field, a malformed URL, a referenced Secret in a
 * namespace the store may not read, an unsupported combination. Retrying does not help until
 * someone edits the store.
 */
public class InvalidStoreException extends SecretProviderException {
  private static final long serialVersionUID = 1L;

  public static final String REASON = "InvalidProviderConfig";

  public InvalidStoreException(String safeMessage) {
    super(REASON, safeMessage, null);
  }

  public InvalidStoreException(String safeMessage, Throwable cause) {
    super(REASON, safeMessage, cause);
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
