package io.jeso.core.data;

/** A rewrite operation failed; the message names keys and the operation, never values. */
public final class RewriteException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public RewriteException(String message) {
    super(message);
  }

  public RewriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
