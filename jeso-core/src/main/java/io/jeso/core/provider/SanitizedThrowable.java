package io.jeso.core.provider;

/**
 * A stand-in for a third-party exception: it keeps the original class name and stack trace (useful
 * in debug logs) but its message went through {@link ErrorSanitizer}, so printing it cannot leak a
 * secret value. Causes are replaced the same way, recursively.
 */
public final class SanitizedThrowable extends Throwable {
  private static final long serialVersionUID = 1L;

  private final String originalType;

  private SanitizedThrowable(String originalType, String message, Throwable cause) {
    super(message, cause, false, true);
    this.originalType = originalType;
  }

  /** The fully qualified class name of the exception this one replaces. */
  public String originalType() {
    return originalType;
  }

  /**
   * Returns a sanitized copy of {@code t}; null stays null. jeso's own provider exceptions are kept
   * as they are, because their messages are safe by construction.
   */
  public static Throwable of(Throwable t) {
    return of(t, 0);
  }

  private static Throwable of(Throwable t, int depth) {
    if (t == null || t instanceof SecretProviderException || t instanceof SanitizedThrowable) {
      return t;
    }
    // Cause chains can be cyclic or very deep; ten levels is plenty for a diagnosis.
    Throwable cause = depth < 10 && t.getCause() != t ? of(t.getCause(), depth + 1) : null;
    String message = t.getClass().getName() + ": " + ErrorSanitizer.sanitize(t.getMessage());
    SanitizedThrowable copy = new SanitizedThrowable(t.getClass().getName(), message, cause);
    copy.setStackTrace(t.getStackTrace());
    return copy;
  }

  @Override
  public String toString() {
    return getMessage();
  }
}
