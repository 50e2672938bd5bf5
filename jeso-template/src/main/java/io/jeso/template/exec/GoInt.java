package io.jeso.template.exec;

/**
 * An integer of a Go type other than {@code int} (int64, int32, uint8, uint64, ...). Go's {@code
 * int} is a plain {@link Long}. For unsigned types the value holds the bits (uint64 may be
 * "negative" as a Java long).
 */
public record GoInt(GoType type, long value) {
  public static GoInt int64(long v) {
    return new GoInt(GoType.INT64, v);
  }

  public static GoInt uint8(int v) {
    return new GoInt(GoType.UINT8, v & 0xFF);
  }

  /** The value as Go's Uint() would give it, for unsigned types. */
  public boolean isUnsigned() {
    return type.isUint();
  }

  @Override
  public String toString() {
    return isUnsigned() ? Long.toUnsignedString(value) : Long.toString(value);
  }
}
