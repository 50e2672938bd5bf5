package io.jeso.template.exec;

import io.jeso.template.parse.BStr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Go's view of the engine's Java values: types, truth, conversion of input data. */
public final class Values {
  /** A nil held in an interface-typed container slot (only seen inside field chains). */
  public static final Object NIL_IFACE =
      new Object() {
        @Override
        public String toString() {
          return "<nil>";
        }
      };

  private Values() {}

  /** The Go type of a value; null for an invalid (absent) value. */
  public static GoType typeOf(Object v) {
    if (v == null) {
      return null;
    }
    if (v == NIL_IFACE) {
      return GoType.ANY;
    }
    if (v instanceof String) {
      return GoType.STRING;
    }
    if (v instanceof Long) {
      return GoType.INT;
    }
    if (v instanceof Double) {
      return GoType.FLOAT64;
    }
    if (v instanceof Boolean) {
      return GoType.BOOL;
    }
    if (v instanceof GoInt i) {
      return i.type();
    }
    if (v instanceof TypedList l) {
      return GoType.slice(l.elem());
    }
    if (v instanceof List) {
      return GoType.LIST;
    }
    if (v instanceof TypedMap m) {
      return GoType.map(m.elem());
    }
    if (v instanceof Map) {
      return GoType.MAP;
    }
    if (v instanceof byte[]) {
      return GoType.BYTES;
    }
    if (v instanceof GoObject o) {
      return o.goType();
    }
    throw new IllegalArgumentException("unsupported value type " + v.getClass().getName());
  }

  /** Go's isTrue; returns null where Go reports "not ok". */
  public static boolean isTrue(Object v) {
    if (v == null || v == NIL_IFACE) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof String s) {
      return !s.isEmpty();
    }
    if (v instanceof Long l) {
      return l != 0;
    }
    if (v instanceof Double d) {
      return d != 0;
    }
    if (v instanceof GoInt i) {
      return i.value() != 0;
    }
    if (v instanceof List<?> l) {
      return !l.isEmpty();
    }
    if (v instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    if (v instanceof byte[] b) {
      return b.length > 0;
    }
    return true;
  }

  /** The integer value of an integer-kinded value (int or GoInt), else null. */
  public static Long intValue(Object v) {
    if (v instanceof Long l) {
      return l;
    }
    if (v instanceof GoInt i) {
      return i.value();
    }
    return null;
  }

  /** Length for Go's len: strings count bytes. Returns -1 when len is not defined. */
  public static int length(Object v) {
    if (v instanceof String s) {
      return s.length();
    }
    if (v instanceof List<?> l) {
      return l.size();
    }
    if (v instanceof Map<?, ?> m) {
      return m.size();
    }
    if (v instanceof byte[] b) {
      return b.length;
    }
    return -1;
  }

  /** The zero value of a type (null for nil-able types). */
  public static Object zero(GoType t) {
    return switch (t.kind()) {
      case STRING -> "";
      case INT -> 0L;
      case FLOAT64 -> 0.0;
      case BOOL -> false;
      case INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64 -> new GoInt(t, 0);
      default -> null;
    };
  }

  /**
   * Converts caller data (Java strings, numbers, maps, lists, byte arrays) to the engine's model:
   * strings become byte strings, Integer/Short/Byte become int, Float becomes float64.
   */
  public static Object fromJava(Object v) {
    if (v == null || v instanceof Boolean || v instanceof Long || v instanceof Double) {
      return v;
    }
    if (v instanceof String s) {
      return BStr.of(s);
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof Float f) {
      return f.doubleValue();
    }
    if (v instanceof byte[] b) {
      return BStr.of(b);
    }
    if (v instanceof GoInt || v instanceof GoObject) {
      return v;
    }
    if (v instanceof TypedMap m) {
      TypedMap out = new TypedMap(m.elem());
      m.forEach((k, x) -> out.put(BStr.of(k), fromJava(x)));
      return out;
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new java.util.HashMap<>();
      m.forEach((k, x) -> out.put(BStr.of(String.valueOf(k)), fromJava(x)));
      return out;
    }
    if (v instanceof TypedList l) {
      TypedList out = new TypedList(l.elem());
      l.forEach(x -> out.add(fromJava(x)));
      return out;
    }
    if (v instanceof Iterable<?> it) {
      List<Object> out = new ArrayList<>();
      it.forEach(x -> out.add(fromJava(x)));
      return out;
    }
    throw new IllegalArgumentException("unsupported data type " + v.getClass().getName());
  }
}
