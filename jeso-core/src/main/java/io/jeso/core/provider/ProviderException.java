package io.jeso.core.provider;

/**
 * The provider could not answer now: network trouble, throttling, a 5xx, a malformed payload for a
 * requested property. jeso retries with capped, jittered backoff and never writes or deletes
 * anything because of it.
 */
public class ProviderException extends SecretProviderException {
  private static final long serialVersionUID = 1L;

  public static final String REASON = "ProviderError";

  public ProviderException(String safeMessage) {
    super(REASON, safeMessage, null);
  }

  public ProviderException(String safeMessage, Throwable cause) {
    super(REASON, safeMessage, cause);
  }

  /** For subclasses that want a more precise reason word (e.g. {@code Throttled}). */
  protected ProviderException(String reason, String safeMessage, Throwable cause) {
    super(reason, safeMessage, cause);
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
