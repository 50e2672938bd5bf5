package io.jeso.core.data;

/**
 * A user-written regular expression does not compile. Its message names the expression and the
 * problem.
 */
public final class InvalidRegexException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidRegexException(String message) {
    super(message);
  }

  public InvalidRegexException(String message, Throwable cause) {
    super(message, cause);
  }
}
