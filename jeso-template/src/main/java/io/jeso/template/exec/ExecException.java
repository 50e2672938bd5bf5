package io.jeso.template.exec;

/** An execution error with Go's message (a byte string). */
public final class ExecException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final boolean limit;

  public ExecException(String message, boolean limit) {
    super(message, null, false, false);
    this.limit = limit;
  }

  /** Whether a resource limit (steps, output, depth) was hit. */
  public boolean isLimit() {
    return limit;
  }
}
