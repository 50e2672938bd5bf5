package io.jeso.template.exec;

import static io.jeso.template.exec.GoType.ANY;
import static io.jeso.template.exec.GoType.REFLECT_VALUE;
import static io.jeso.template.exec.GoType.STRING;

import io.jeso.template.parse.BStr;
import io.jeso.template.parse.Strconv;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Go's text/template builtin functions. */
public final class Builtins {
  /** The builtins by name. */
  public static final Map<String, GoFunc> FUNCS = build();

  private Builtins() {}

  private static Map<String, GoFunc> build() {
    Map<String, GoFunc> m = new HashMap<>();
    put(m, GoFunc.variadic("and", a -> null, REFLECT_VALUE, REFLECT_VALUE));
    put(m, GoFunc.variadic("or", a -> null, REFLECT_VALUE, REFLECT_VALUE));
    put(m, GoFunc.variadic("call", Builtins::call, REFLECT_VALUE, REFLECT_VALUE));
    put(m, GoFunc.variadic("html", a -> htmlEscape(evalArgs(a)), ANY));
    put(m, GoFunc.variadic("js", a -> jsEscape(evalArgs(a)), ANY));
    put(m, GoFunc.variadic("urlquery", a -> queryEscape(evalArgs(a)), ANY));
    put(m, GoFunc.variadic("index", Builtins::index, REFLECT_VALUE, REFLECT_VALUE));
    put(m, GoFunc.variadic("slice", Builtins::slice, REFLECT_VALUE, REFLECT_VALUE));
    put(m, GoFunc.of("len", a -> (long) len(a[0]), REFLECT_VALUE));
    put(m, GoFunc.of("not", a -> !Values.isTrue(a[0]), REFLECT_VALUE));
    put(m, GoFunc.variadic("print", GoFmt::sprint, ANY));
    put(m, GoFunc.variadic("println", GoFmt::sprintln, ANY));
    put(
        m,
        GoFunc.variadic(
            "printf",
            a -> GoFmt.sprintf((String) a[0], java.util.Arrays.copyOfRange(a, 1, a.length)),
            STRING,
            ANY));
    put(m, GoFunc.variadic("eq", Compare::eq, REFLECT_VALUE, REFLECT_VALUE));
    put(m, GoFunc.of("ne", a -> !Compare.eq(a), REFLECT_VALUE, REFLECT_VALUE));
    put(m, GoFunc.of("lt", a -> Compare.lt(a[0], a[1]), REFLECT_VALUE, REFLECT_VALUE));
    put(m, GoFunc.of("le", a -> Compare.le(a[0], a[1]), REFLECT_VALUE, REFLECT_VALUE));
    put(m, GoFunc.of("gt", a -> !Compare.le(a[0], a[1]), REFLECT_VALUE, REFLECT_VALUE));
    put(m, GoFunc.of("ge", a -> !Compare.lt(a[0], a[1]), REFLECT_VALUE, REFLECT_VALUE));
    return Map.copyOf(m);
  }

  private static void put(Map<String, GoFunc> m, GoFunc f) {
    m.put(f.name(), f);
  }

  private static Object call(Object[] a) throws FuncException {
    throw new FuncException("call of non-function");
  }

  /** text/template's evalArgs: a single string as is, else fmt.Sprint with "<no value>" for nil. */
  public static String evalArgs(Object[] args) {
    if (args.length == 1 && args[0] instanceof String s) {
      return s;
    }
    Object[] copy = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      copy[i] = args[i] == null ? "<no value>" : args[i];
    }
    return GoFmt.sprint(copy);
  }

  /** template.HTMLEscapeString. */
  public static String htmlEscape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case 0 -> sb.append("\u00ef\u00bf\u00bd");
        case '"' -> sb.append("&#34;");
        case '\'' -> sb.append("&#39;");
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** template.JSEscapeString. */
  public static String jsEscape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    String hex = "0123456789ABCDEF";
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c < 0x80) {
        switch (c) {
          case '\\' -> sb.append("\\\\");
          case '\'' -> sb.append("\\'");
          case '"' -> sb.append("\\\"");
          case '<' -> sb.append("\\u003C");
          case '>' -> sb.append("\\u003E");
          case '&' -> sb.append("\\u0026");
          case '=' -> sb.append("\\u003D");
          default -> {
            if (c < ' ') {
              sb.append("\\u00").append(hex.charAt(c >> 4)).append(hex.charAt(c & 0xF));
            } else {
              sb.append(c);
            }
          }
        }
        i++;
        continue;
      }
      long rw = BStr.decodeRune(s, i);
      int r = BStr.rune(rw);
      int w = BStr.width(rw);
      if (Strconv.isPrint(r)) {
        sb.append(s, i, i + w);
      } else {
        String h = Integer.toHexString(r).toUpperCase(java.util.Locale.ROOT);
        sb.append("\\u").append("0".repeat(Math.max(0, 4 - h.length()))).append(h);
      }
      i += w;
    }
    return sb.toString();
  }

  /** url.QueryEscape. */
  public static String queryEscape(String s) {
    return urlEscape(s, true);
  }

  /** url.QueryEscape (query=true) or url.PathEscape (query=false). */
  public static String urlEscape(String s, boolean query) {
    StringBuilder sb = new StringBuilder(s.length());
    String hex = "0123456789ABCDEF";
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean unreserved =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_'
              || c == '.'
              || c == '~';
      if (!query && !unreserved) {
        unreserved =
            c == '$' || c == '&' || c == '+' || c == ',' || c == '/' || c == ':' || c == ';'
                || c == '=' || c == '@';
      }
      if (unreserved) {
        sb.append(c);
      } else if (c == ' ' && query) {
        sb.append('+');
      } else {
        sb.append('%').append(hex.charAt(c >> 4)).append(hex.charAt(c & 0xF));
      }
    }
    return sb.toString();
  }

  static int len(Object item) throws FuncException {
    if (item == null) {
      throw new FuncException("reflect: call of reflect.Value.Type on zero Value");
    }
    if (item == Values.NIL_IFACE) {
      throw new FuncException("len of nil pointer");
    }
    int n = Values.length(item);
    if (n < 0) {
      throw new FuncException("len of type " + Values.typeOf(item));
    }
    return n;
  }

  private static int indexArg(Object index, int cap) throws FuncException {
    if (index == null || index == Values.NIL_IFACE) {
      throw new FuncException("cannot index slice/array with nil");
    }
    Long x = Values.intValue(index);
    if (x == null) {
      throw new FuncException("cannot index slice/array with type " + Values.typeOf(index));
    }
    if (index instanceof GoInt gi && gi.isUnsigned() && x < 0) {
      throw new FuncException("index out of range: " + Long.toUnsignedString(x));
    }
    if (x < 0 || x > cap) {
      throw new FuncException("index out of range: " + x);
    }
    return (int) (long) x;
  }

  static Object index(Object[] a) throws FuncException {
    Object item = a[0] == Values.NIL_IFACE ? null : a[0];
    if (item == null) {
      throw new FuncException("index of untyped nil");
    }
    for (int k = 1; k < a.length; k++) {
      Object index = a[k] == Values.NIL_IFACE ? null : a[k];
      if (item == Values.NIL_IFACE) {
        throw new FuncException("index of nil pointer");
      }
      item = indexOne(item, index);
    }
    return item;
  }

  private static Object indexOne(Object item, Object index) throws FuncException {
    if (item instanceof String s) {
      int x = indexArg(index, s.length());
      if (x == s.length()) {
        throw new FuncException("reflect: string index out of range");
      }
      return GoInt.uint8(s.charAt(x));
    }
    if (item instanceof List<?> l) {
      int x = indexArg(index, l.size());
      if (x == l.size()) {
        throw new FuncException("reflect: slice index out of range");
      }
      Object e = l.get(x);
      return e == null && !(l instanceof TypedList) ? Values.NIL_IFACE : e;
    }
    if (item instanceof byte[] b) {
      int x = indexArg(index, b.length);
      if (x == b.length) {
        throw new FuncException("reflect: slice index out of range");
      }
      return GoInt.uint8(b[x]);
    }
    if (item instanceof Map<?, ?> m) {
      if (index == null) {
        throw new FuncException("value is nil; should be of type string");
      }
      if (!(index instanceof String key)) {
        throw new FuncException("value has type " + Values.typeOf(index) + "; should be string");
      }
      if (m.containsKey(key)) {
        Object e = m.get(key);
        return e == null && !(m instanceof TypedMap) ? Values.NIL_IFACE : e;
      }
      return m instanceof TypedMap tm ? Values.zero(tm.elem()) : Values.NIL_IFACE;
    }
    throw new FuncException("can't index item of type " + Values.typeOf(item));
  }

  static Object slice(Object[] a) throws FuncException {
    Object item = a[0] == Values.NIL_IFACE ? null : a[0];
    if (item == null) {
      throw new FuncException("slice of untyped nil");
    }
    if (a.length - 1 > 3) {
      throw new FuncException("too many slice indexes: " + (a.length - 1));
    }
    int len;
    if (item instanceof String s) {
      if (a.length - 1 == 3) {
        throw new FuncException("cannot 3-index slice a string");
      }
      len = s.length();
    } else if (item instanceof List<?> l) {
      len = l.size();
    } else {
      throw new FuncException("can't slice item of type " + Values.typeOf(item));
    }
    int[] idx = {0, len, len};
    for (int i = 1; i < a.length; i++) {
      idx[i - 1] = indexArg(a[i], len);
    }
    if (idx[0] > idx[1]) {
      throw new FuncException("invalid slice index: " + idx[0] + " > " + idx[1]);
    }
    if (a.length - 1 == 3 && idx[1] > idx[2]) {
      throw new FuncException("invalid slice index: " + idx[1] + " > " + idx[2]);
    }
    if (item instanceof String s) {
      return s.substring(idx[0], idx[1]);
    }
    List<?> l = (List<?>) item;
    List<Object> sub =
        l instanceof TypedList tl ? new TypedList(tl.elem()) : new java.util.ArrayList<>();
    sub.addAll(l.subList(idx[0], idx[1]));
    return sub;
  }
}
