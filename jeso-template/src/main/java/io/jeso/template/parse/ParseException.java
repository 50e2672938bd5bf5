package io.jeso.template.parse;

/**
 * A template parse error; the message (a byte string) is Go's, e.g. {@code template: x:1:
 * unexpected EOF}.
 */
public final class ParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ParseException(String message) {
    super(message, null, false, false);
  }
}
