package io.jeso.template;

/**
 * A template could not be parsed or executed. The message follows Go's text/template wording (e.g.
 * {@code template: x:1: unexpected "}" in operand}) but never contains a data value: where Go would
 * print a value, jeso prints its type.
 */
public final class TemplateException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** The template text is invalid. */
    PARSE,
    /** Execution failed (missing key, wrong type, function error, ...). */
    EXEC,
    /** Execution hit a bound: steps, output size or template call depth. */
    LIMIT
  }

  private final Kind kind;

  public TemplateException(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
