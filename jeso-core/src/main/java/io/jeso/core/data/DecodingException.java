package io.jeso.core.data;

/** A value could not be decoded with the requested strategy. The message never quotes the value. */
public final class DecodingException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public DecodingException(String message) {
    super(message);
  }
}
