package io.jeso.core.provider;

/**
 * Base of every error a provider reports to jeso. Its message is always safe to show in a status
 * condition, an event or a log line: it never carries a secret value. Raw text from an SDK or a
 * remote server only gets in through {@link ErrorSanitizer}, and the original exception is never
 * attached as the cause (loggers print causes); a {@link SanitizedThrowable} copy with the same
 * stack trace and a scrubbed message is attached instead.
 *
 * <p>Which subclass is thrown decides what the operator does: only {@link NoSecretException} may
 * lead to a deletion (through deletionPolicy); {@link ProviderException} is retried with backoff;
 * {@link InvalidStoreException} and {@link AuthenticationException} mark the store or the sync as
 * misconfigured.
 */
public abstract class SecretProviderException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String reason;

  /**
   * @param reason a short CamelCase word for machines (events, metrics), e.g. {@code NotFound}
   * @param safeMessage text written by jeso or a provider that contains names, never values
   * @param cause the original error, or null; its text is sanitized before it is kept
   */
  protected SecretProviderException(String reason, String safeMessage, Throwable cause) {
    super(composeMessage(safeMessage, cause), SanitizedThrowable.of(cause), false, true);
    this.reason = reason;
  }

  /** A short CamelCase word describing the kind of failure, for events and metrics. */
  public String reason() {
    return reason;
  }

  /** Whether trying again later can succeed without anyone changing configuration. */
  public abstract boolean retryable();

  private static String composeMessage(String safeMessage, Throwable cause) {
    String own = safeMessage == null ? "" : safeMessage;
    if (cause == null || cause instanceof SecretProviderException) {
      return own;
    }
    String detail = ErrorSanitizer.sanitize(cause.getMessage());
    if (detail.isEmpty()) {
      return own;
    }
    return own.isEmpty() ? detail : own + ": " + detail;
  }
}
