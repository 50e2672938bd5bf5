package io.jeso.template.funcs;

import static io.jeso.template.exec.GoType.ANY;
import static io.jeso.template.exec.GoType.INT;
import static io.jeso.template.exec.GoType.MAP;
import static io.jeso.template.exec.GoType.STRING;
import static io.jeso.template.funcs.SprigStrings.fn;
import static io.jeso.template.funcs.SprigStrings.vfn;

import io.jeso.template.exec.FuncException;
import io.jeso.template.exec.GoFunc;
import io.jeso.template.exec.GoInt;
import io.jeso.template.exec.TypedList;
import io.jeso.template.exec.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** sprig's list and dict functions. */
final class SprigCollections {
  private SprigCollections() {}

  static void register(Map<String, GoFunc> m) {
    vfn(m, "list", a -> new ArrayList<>(java.util.Arrays.asList(a)), ANY);
    vfn(m, "tuple", a -> new ArrayList<>(java.util.Arrays.asList(a)), ANY);
    vfn(m, "dict", SprigCollections::dict, ANY);
    fn(m, "get", a -> map(a[0]).containsKey(a[1]) ? map(a[0]).get(a[1]) : "", MAP, STRING);
    fn(m, "set", a -> put(map(a[0]), (String) a[1], a[2]), MAP, STRING, ANY);
    fn(m, "unset", a -> remove(map(a[0]), (String) a[1]), MAP, STRING);
    fn(m, "hasKey", a -> map(a[0]).containsKey(a[1]), MAP, STRING);
    vfn(m, "pluck", SprigCollections::pluck, STRING, MAP);
    vfn(m, "keys", SprigCollections::keys, MAP);
    vfn(m, "pick", a -> pickOmit(a, true), MAP, STRING);
    vfn(m, "omit", a -> pickOmit(a, false), MAP, STRING);
    fn(m, "values", a -> new ArrayList<>(new TreeMap<>(map(a[0])).values()), MAP);
    vfn(m, "merge", a -> merge(a, false), MAP, MAP);
    vfn(m, "mustMerge", a -> merge(a, false), MAP, MAP);
    vfn(m, "mergeOverwrite", a -> merge(a, true), MAP, MAP);
    vfn(m, "mustMergeOverwrite", a -> merge(a, true), MAP, MAP);
    vfn(m, "dig", SprigCollections::dig, ANY);
    for (String n : new String[] {"append", "push", "mustAppend", "mustPush"}) {
      fn(m, n, a -> push(a[0], a[1], false, n), ANY, ANY);
    }
    fn(m, "prepend", a -> push(a[0], a[1], true, "prepend"), ANY, ANY);
    fn(m, "mustPrepend", a -> push(a[0], a[1], true, "prepend"), ANY, ANY);
    for (String n : new String[] {"first", "mustFirst"}) {
      fn(m, n, a -> elem(a[0], true, "first"), ANY);
    }
    for (String n : new String[] {"last", "mustLast"}) {
      fn(m, n, a -> elem(a[0], false, "last"), ANY);
    }
    for (String n : new String[] {"rest", "mustRest"}) {
      fn(m, n, a -> part(a[0], 1, 0, "rest"), ANY);
    }
    for (String n : new String[] {"initial", "mustInitial"}) {
      fn(m, n, a -> part(a[0], 0, 1, "initial"), ANY);
    }
    for (String n : new String[] {"reverse", "mustReverse"}) {
      fn(m, n, a -> reverse(a[0]), ANY);
    }
    for (String n : new String[] {"uniq", "mustUniq"}) {
      fn(m, n, a -> uniq(a[0]), ANY);
    }
    for (String n : new String[] {"compact", "mustCompact"}) {
      fn(m, n, a -> compact(a[0]), ANY);
    }
    vfn(m, "without", a -> without(a), ANY, ANY);
    vfn(m, "mustWithout", a -> without(a), ANY, ANY);
    fn(m, "has", a -> has(a[0], a[1]), ANY, ANY);
    fn(m, "mustHas", a -> has(a[0], a[1]), ANY, ANY);
    vfn(m, "slice", SprigCollections::slice, ANY, ANY);
    vfn(m, "mustSlice", SprigCollections::slice, ANY, ANY);
    vfn(m, "concat", SprigCollections::concat, ANY);
    fn(m, "chunk", a -> chunk((long) a[0], a[1]), INT, ANY);
    fn(m, "mustChunk", a -> chunk((long) a[0], a[1]), INT, ANY);
    fn(m, "sortAlpha", a -> sortAlpha(a[0]), ANY);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return o == null ? new HashMap<>() : (Map<String, Object>) o;
  }

  private static Object put(Map<String, Object> m, String k, Object v) {
    m.put(k, v);
    return m;
  }

  private static Object remove(Map<String, Object> m, String k) {
    m.remove(k);
    return m;
  }

  private static Object dict(Object[] a) {
    Map<String, Object> d = new HashMap<>();
    for (int i = 0; i < a.length; i += 2) {
      String k = Conv.strval(a[i]);
      d.put(k, i + 1 >= a.length ? "" : a[i + 1]);
    }
    return d;
  }

  private static Object pluck(Object[] a) {
    List<Object> res = new ArrayList<>();
    for (int i = 1; i < a.length; i++) {
      Map<String, Object> d = map(a[i]);
      if (d.containsKey(a[0])) {
        res.add(d.get(a[0]));
      }
    }
    return res;
  }

  private static Object keys(Object[] a) {
    List<String> k = new ArrayList<>();
    for (Object d : a) {
      k.addAll(new TreeMap<>(map(d)).keySet());
    }
    return TypedList.strings(k);
  }

  private static Object pickOmit(Object[] a, boolean pick) {
    Map<String, Object> d = map(a[0]);
    Map<String, Object> res = new HashMap<>();
    List<Object> ks = java.util.Arrays.asList(a).subList(1, a.length);
    if (pick) {
      for (Object k : ks) {
        if (d.containsKey(k)) {
          res.put((String) k, d.get(k));
        }
      }
    } else {
      d.forEach(
          (k, v) -> {
            if (!ks.contains(k)) {
              res.put(k, v);
            }
          });
    }
    return res;
  }

  private static Object merge(Object[] a, boolean overwrite) {
    Map<String, Object> dst = map(a[0]);
    for (int i = 1; i < a.length; i++) {
      if (a[i] != null) {
        mergeInto(dst, map(a[i]), overwrite);
      }
    }
    return dst;
  }

  @SuppressWarnings("unchecked")
  private static void mergeInto(
      Map<String, Object> dst, Map<String, Object> src, boolean overwrite) {
    for (Map.Entry<String, Object> e : src.entrySet()) {
      Object dv = dst.get(e.getKey());
      Object sv = e.getValue();
      if (dv instanceof Map<?, ?> dm
          && sv instanceof Map<?, ?> sm
          && !(dv instanceof io.jeso.template.exec.TypedMap)) {
        mergeInto((Map<String, Object>) dm, (Map<String, Object>) sm, overwrite);
      } else if (!dst.containsKey(e.getKey()) || Conv.empty(dv) || (overwrite && !Conv.empty(sv))) {
        if (overwrite || !dst.containsKey(e.getKey()) || Conv.empty(dv)) {
          dst.put(e.getKey(), sv);
        }
      }
    }
  }

  private static Object dig(Object[] a) throws FuncException {
    if (a.length < 3) {
      throw new FuncException("dig needs at least three arguments");
    }
    if (!(a[a.length - 1] instanceof Map<?, ?>)
        || a[a.length - 1] instanceof io.jeso.template.exec.TypedMap) {
      throw new FuncException("interface conversion: interface {} is not map[string]interface {}");
    }
    Map<String, Object> d = map(a[a.length - 1]);
    Object def = a[a.length - 2];
    for (int i = 0; i < a.length - 2; i++) {
      if (!(a[i] instanceof String k)) {
        throw new FuncException("interface conversion: interface {} is not string");
      }
      if (!d.containsKey(k)) {
        return def;
      }
      Object step = d.get(k);
      if (i == a.length - 3) {
        return step;
      }
      if (!(step instanceof Map<?, ?>) || step instanceof io.jeso.template.exec.TypedMap) {
        throw new FuncException(
            "interface conversion: interface {} is not map[string]interface {}");
      }
      d = map(step);
    }
    return def;
  }

  /** The elements of a slice-like value, or null when it is not one. */
  static List<Object> elems(Object v) {
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      boolean iface = !(l instanceof TypedList);
      for (Object x : l) {
        out.add(x);
      }
      return iface ? out : out;
    }
    if (v instanceof byte[] b) {
      List<Object> out = new ArrayList<>();
      for (byte x : b) {
        out.add(GoInt.uint8(x));
      }
      return out;
    }
    return null;
  }

  private static String kindName(Object v) {
    if (v == null) {
      return "invalid";
    }
    return switch (Values.typeOf(v).kind()) {
      case MAP -> "map";
      case STRING -> "string";
      case BOOL -> "bool";
      case FLOAT64 -> "float64";
      case STRUCT -> "struct";
      case POINTER -> "ptr";
      default -> Values.typeOf(v).name();
    };
  }

  private static List<Object> listOrFail(Object v, String what) throws FuncException {
    if (v == null) {
      throw new FuncException("reflect: call of reflect.Value.Type on zero Value");
    }
    List<Object> l = elems(v);
    if (l == null) {
      throw new FuncException("Cannot " + what + " on type " + kindName(v));
    }
    return l;
  }

  private static Object push(Object list, Object v, boolean front, String what)
      throws FuncException {
    List<Object> l = listOrFail(list, front ? "prepend" : "push");
    if (front) {
      l.add(0, v);
    } else {
      l.add(v);
    }
    return l;
  }

  private static Object elem(Object list, boolean first, String what) throws FuncException {
    List<Object> l = listOrFail(list, "find " + what);
    if (l.isEmpty()) {
      return null;
    }
    return l.get(first ? 0 : l.size() - 1);
  }

  private static Object part(Object list, int dropFront, int dropBack, String what)
      throws FuncException {
    List<Object> l = listOrFail(list, "find " + what);
    if (l.isEmpty()) {
      return new ArrayList<>();
    }
    return new ArrayList<>(l.subList(dropFront, l.size() - dropBack));
  }

  private static Object reverse(Object list) throws FuncException {
    List<Object> l = listOrFail(list, "find reverse");
    java.util.Collections.reverse(l);
    return l;
  }

  private static Object uniq(Object list) throws FuncException {
    List<Object> l = listOrFail(list, "find uniq");
    List<Object> out = new ArrayList<>();
    for (Object x : l) {
      if (!containsDeep(out, x)) {
        out.add(x);
      }
    }
    return out;
  }

  private static boolean containsDeep(List<Object> l, Object x) {
    for (Object y : l) {
      if (deepEqual(x, y)) {
        return true;
      }
    }
    return false;
  }

  /** reflect.DeepEqual on the engine's values. */
  static boolean deepEqual(Object x, Object y) {
    if (x == null || y == null) {
      return x == y;
    }
    if (!Values.typeOf(x).equals(Values.typeOf(y))) {
      return false;
    }
    if (x instanceof byte[] a && y instanceof byte[] b) {
      return java.util.Arrays.equals(a, b);
    }
    return x.equals(y);
  }

  private static Object compact(Object list) throws FuncException {
    List<Object> l = listOrFail(list, "compact");
    List<Object> out = new ArrayList<>();
    for (Object x : l) {
      if (!Conv.empty(x)) {
        out.add(x);
      }
    }
    return out;
  }

  private static Object without(Object[] a) throws FuncException {
    List<Object> l = listOrFail(a[0], "find without");
    List<Object> omit = java.util.Arrays.asList(a).subList(1, a.length);
    List<Object> out = new ArrayList<>();
    for (Object x : l) {
      boolean drop = false;
      for (Object o : omit) {
        drop |= deepEqual(x, o);
      }
      if (!drop) {
        out.add(x);
      }
    }
    return out;
  }

  private static Object has(Object needle, Object haystack) throws FuncException {
    if (haystack == null) {
      return false;
    }
    List<Object> l = listOrFail(haystack, "find has");
    for (Object x : l) {
      if (deepEqual(x, needle)) {
        return true;
      }
    }
    return false;
  }

  private static Object slice(Object[] a) throws FuncException {
    List<Object> l = a[0] == null ? null : elems(a[0]);
    if (l == null) {
      throw new FuncException("list should be type of slice or array but " + kindName(a[0]));
    }
    int n = l.size();
    if (a.length == 1) {
      return new ArrayList<>(l);
    }
    long from = Conv.toInt64(a[1]);
    long to = a.length > 2 ? Conv.toInt64(a[2]) : n;
    if (from < 0 || to > n || from > to) {
      throw new FuncException("reflect: slice index out of range");
    }
    return new ArrayList<>(l.subList((int) from, (int) to));
  }

  private static Object concat(Object[] a) throws FuncException {
    List<Object> out = new ArrayList<>();
    for (Object x : a) {
      List<Object> l = x == null ? null : elems(x);
      if (l == null) {
        throw new FuncException("Cannot concat type " + kindName(x) + " as list");
      }
      out.addAll(l);
    }
    return out;
  }

  private static Object chunk(long size, Object list) throws FuncException {
    List<Object> l = listOrFail(list, "chunk");
    if (size <= 0) {
      throw new FuncException("runtime error: integer divide by zero");
    }
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < l.size(); i += (int) size) {
      out.add(new ArrayList<>(l.subList(i, (int) Math.min(l.size(), i + size))));
    }
    return out;
  }

  private static Object sortAlpha(Object list) {
    List<Object> l = elems(list);
    if (l == null) {
      return TypedList.strings(List.of(Conv.strval(list)));
    }
    List<String> s = SprigStrings.toStrings(list);
    java.util.Collections.sort(s);
    return TypedList.strings(s);
  }
}
