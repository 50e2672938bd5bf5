package io.jeso.template.exec;

/**
 * A Go struct or pointer value with fields and methods (time.Time, *semver.Version, sprig's
 * certificate, ...).
 */
public interface GoObject {
  /** The Go type. */
  GoType goType();

  /** A method of that name bound to this value, or null. */
  default GoFunc method(String name) {
    return null;
  }

  /** Whether an exported field of that name exists. */
  default boolean hasField(String name) {
    return false;
  }

  /** A field's value. */
  default Object field(String name) {
    return null;
  }

  /** Go's %v formatting (a byte string). */
  String format();
}
