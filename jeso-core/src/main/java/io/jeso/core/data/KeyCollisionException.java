package io.jeso.core.data;

/** Two remote keys map to the same Secret key after conversion or rewriting. */
public final class KeyCollisionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public KeyCollisionException(String message) {
    super(message);
  }
}
