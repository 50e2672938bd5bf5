package io.jeso.template.exec;

/**
 * The error a template function returns (Go's second return value). Its message must not contain
 * secret values.
 */
public class FuncException extends Exception {
  private static final long serialVersionUID = 1L;

  public FuncException(String message) {
    super(message, null, false, false);
  }
}
