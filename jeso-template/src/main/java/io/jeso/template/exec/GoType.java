package io.jeso.template.exec;

/**
 * The Go type of a value, as far as the engine needs it: a kind, a name as Go prints it, and an
 * element type.
 */
public record GoType(Kind kind, String name, GoType elem) {
  /** Go reflect kinds used by the engine. */
  public enum Kind {
    BOOL,
    INT,
    INT8,
    INT16,
    INT32,
    INT64,
    UINT,
    UINT8,
    UINT16,
    UINT32,
    UINT64,
    FLOAT64,
    STRING,
    SLICE,
    MAP,
    STRUCT,
    POINTER,
    INTERFACE,
    FUNC
  }

  public static final GoType ANY = new GoType(Kind.INTERFACE, "interface {}", null);

  /** The type of builtins' reflect.Value parameters (behaves like interface {}). */
  public static final GoType REFLECT_VALUE = new GoType(Kind.INTERFACE, "reflect.Value", null);

  public static final GoType BOOL = new GoType(Kind.BOOL, "bool", null);
  public static final GoType INT = new GoType(Kind.INT, "int", null);
  public static final GoType INT32 = new GoType(Kind.INT32, "int32", null);
  public static final GoType INT64 = new GoType(Kind.INT64, "int64", null);
  public static final GoType UINT8 = new GoType(Kind.UINT8, "uint8", null);
  public static final GoType UINT32 = new GoType(Kind.UINT32, "uint32", null);
  public static final GoType UINT64 = new GoType(Kind.UINT64, "uint64", null);
  public static final GoType FLOAT64 = new GoType(Kind.FLOAT64, "float64", null);
  public static final GoType STRING = new GoType(Kind.STRING, "string", null);
  public static final GoType LIST = slice(ANY);
  public static final GoType STRINGS = slice(STRING);
  public static final GoType INTS = slice(INT);
  public static final GoType BYTES = slice(UINT8);
  public static final GoType MAP = map(ANY);
  public static final GoType STRING_MAP = map(STRING);

  /** []elem. */
  public static GoType slice(GoType elem) {
    return new GoType(Kind.SLICE, "[]" + elem.name, elem);
  }

  /** map[string]elem. */
  public static GoType map(GoType elem) {
    return new GoType(Kind.MAP, "map[string]" + elem.name, elem);
  }

  public boolean isInt() {
    return switch (kind) {
      case INT, INT8, INT16, INT32, INT64 -> true;
      default -> false;
    };
  }

  public boolean isUint() {
    return switch (kind) {
      case UINT, UINT8, UINT16, UINT32, UINT64 -> true;
      default -> false;
    };
  }

  public boolean isInterface() {
    return kind == Kind.INTERFACE;
  }

  /** Whether a nil of this type exists (Go's canBeNil). */
  public boolean canBeNil() {
    return switch (kind) {
      case INTERFACE, MAP, POINTER, SLICE, FUNC -> true;
      default -> false;
    };
  }

  @Override
  public String toString() {
    return name;
  }
}
