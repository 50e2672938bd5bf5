package io.jeso.core.data;

import java.util.Map;
import java.util.TreeMap;

/**
 * {@code nullBytePolicy}: {@code Ignore} (also when unset) stores values as they are; {@code Fail}
 * rejects a value that contains a NUL byte, which usually means binary data was fetched where text
 * was expected.
 */
public enum NullBytePolicy {
  IGNORE,
  FAIL;

  /** Parses the API value; null or "" is {@code Ignore}. */
  public static NullBytePolicy parse(String value) {
    if (value == null || value.isEmpty() || value.equals("Ignore")) {
      return IGNORE;
    }
    if (value.equals("Fail")) {
      return FAIL;
    }
    throw new IllegalArgumentException(
        "unknown nullBytePolicy " + value + ": must be Ignore or Fail");
  }

  /**
   * Checks one value stored under {@code key}.
   *
   * @throws NullByteException with ESO's message naming the key
   */
  public void check(String key, byte[] value) {
    if (this == FAIL && containsNul(value)) {
      throw new NullByteException(
          "fetched secret value for key \""
              + key
              + "\" contains null bytes; use a text-safe format such as PEM/base64 or leave nullBytePolicy"
              + " unset for intentional binary data");
    }
  }

  /** Checks every value, keys in sorted order so the reported key is stable. */
  public void checkAll(Map<String, byte[]> values) {
    if (this == FAIL) {
      new TreeMap<>(values).forEach(this::check);
    }
  }

  private static boolean containsNul(byte[] value) {
    for (byte b : value) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  /** A value contained NUL under {@code nullBytePolicy: Fail}. */
  public static final class NullByteException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public NullByteException(String message) {
      super(message);
    }
  }
}
