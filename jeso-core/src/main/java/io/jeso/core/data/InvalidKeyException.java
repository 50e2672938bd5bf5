package io.jeso.core.data;

/**
 * A Secret key is not valid; the message is ESO's text and names the key (a name, never a value).
 */
public final class InvalidKeyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidKeyException(String message) {
    super(message);
  }
}
