package io.jeso.template.funcs;

import static io.jeso.template.exec.GoType.ANY;
import static io.jeso.template.exec.GoType.BOOL;
import static io.jeso.template.exec.GoType.FLOAT64;
import static io.jeso.template.exec.GoType.INT;
import static io.jeso.template.exec.GoType.STRING;
import static io.jeso.template.funcs.SprigStrings.fn;
import static io.jeso.template.funcs.SprigStrings.vfn;

import io.jeso.template.exec.FuncException;
import io.jeso.template.exec.GoFmt;
import io.jeso.template.exec.GoFunc;
import io.jeso.template.exec.GoInt;
import io.jeso.template.exec.GoType;
import io.jeso.template.exec.TypedList;
import io.jeso.template.exec.ValueLimits;
import io.jeso.template.exec.Values;
import io.jeso.template.parse.BStr;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** sprig's defaults, JSON, type, number and encoding functions. */
final class SprigData {
  private SprigData() {}

  static void register(Map<String, GoFunc> m) {
    vfn(m, "default", a -> a.length < 2 || Conv.empty(a[1]) ? a[0] : a[1], ANY, ANY);
    fn(m, "empty", a -> Conv.empty(a[0]), ANY);
    vfn(m, "coalesce", SprigData::coalesce, ANY);
    vfn(m, "all", a -> all(a, true), ANY);
    vfn(m, "any", a -> all(a, false), ANY);
    fn(m, "ternary", a -> (Boolean) a[2] ? a[0] : a[1], ANY, ANY, BOOL);
    fn(m, "fromJson", a -> fromJson(a[0], false), STRING);
    fn(m, "mustFromJson", a -> fromJson(a[0], true), STRING);
    fn(m, "toJson", a -> toJson(a[0], true, "", false), ANY);
    fn(m, "mustToJson", a -> toJson(a[0], true, "", true), ANY);
    fn(m, "toPrettyJson", a -> toJson(a[0], true, "  ", false), ANY);
    fn(m, "mustToPrettyJson", a -> toJson(a[0], true, "  ", true), ANY);
    fn(m, "toRawJson", a -> toJson(a[0], false, "", true), ANY);
    fn(m, "mustToRawJson", a -> toJson(a[0], false, "", true), ANY);
    fn(m, "deepCopy", a -> deepCopy(a[0]), ANY);
    fn(m, "mustDeepCopy", a -> deepCopy(a[0]), ANY);
    fn(m, "typeOf", a -> GoFmt.sprintf("%T", new Object[] {a[0]}), ANY);
    fn(m, "typeIs", a -> a[0].equals(GoFmt.sprintf("%T", new Object[] {a[1]})), STRING, ANY);
    fn(m, "typeIsLike", a -> typeIsLike((String) a[0], a[1]), STRING, ANY);
    fn(m, "kindOf", a -> kindOf(a[0]), ANY);
    fn(m, "kindIs", a -> a[0].equals(kindOf(a[1])), STRING, ANY);
    fn(m, "deepEqual", a -> SprigCollections.deepEqual(a[0], a[1]), ANY, ANY);
    fn(m, "fail", a -> fail((String) a[0]), STRING);
    registerNumbers(m);
  }

  private static void registerNumbers(Map<String, GoFunc> m) {
    fn(m, "atoi", a -> atoi((String) a[0]), STRING);
    fn(m, "int", a -> Conv.toInt64(a[0]), ANY);
    fn(m, "int64", a -> GoInt.int64(Conv.toInt64(a[0])), ANY);
    fn(m, "float64", a -> Conv.toFloat64(a[0]), ANY);
    fn(m, "toDecimal", a -> toDecimal(a[0]), ANY);
    fn(m, "add1", a -> GoInt.int64(Conv.toInt64(a[0]) + 1), ANY);
    vfn(m, "add", a -> GoInt.int64(fold(a, 0, 0, Long::sum)), ANY);
    fn(m, "sub", a -> GoInt.int64(Conv.toInt64(a[0]) - Conv.toInt64(a[1])), ANY, ANY);
    fn(m, "div", a -> GoInt.int64(divmod(a, true)), ANY, ANY);
    fn(m, "mod", a -> GoInt.int64(divmod(a, false)), ANY, ANY);
    vfn(m, "mul", a -> GoInt.int64(fold(a, 1, Conv.toInt64(a[0]), (x, y) -> x * y)), ANY, ANY);
    vfn(m, "max", a -> GoInt.int64(fold(a, 1, Conv.toInt64(a[0]), Math::max)), ANY, ANY);
    vfn(m, "biggest", a -> GoInt.int64(fold(a, 1, Conv.toInt64(a[0]), Math::max)), ANY, ANY);
    vfn(m, "min", a -> GoInt.int64(fold(a, 1, Conv.toInt64(a[0]), Math::min)), ANY, ANY);
    vfn(m, "maxf", a -> foldf(a, Math::max), ANY, ANY);
    vfn(m, "minf", a -> foldf(a, Math::min), ANY, ANY);
    fn(m, "floor", a -> Math.floor(Conv.toFloat64(a[0])), ANY);
    fn(m, "ceil", a -> Math.ceil(Conv.toFloat64(a[0])), ANY);
    vfn(m, "round", SprigData::round, ANY, INT, FLOAT64);
    fn(m, "until", a -> until((long) a[0]), INT);
    fn(m, "untilStep", a -> untilStep((long) a[0], (long) a[1], (long) a[2]), INT, INT, INT);
    vfn(m, "seq", SprigData::seq, INT);
    fn(m, "add1f", a -> decimalOp(a[0], new Object[] {1L}, 'a'), ANY);
    vfn(m, "addf", a -> decimalOp(0.0, a, 'a'), ANY);
    vfn(m, "subf", a -> decimalOp(a[0], rest(a), 's'), ANY, ANY);
    vfn(m, "mulf", a -> decimalOp(a[0], rest(a), 'm'), ANY, ANY);
    vfn(m, "divf", a -> decimalOp(a[0], rest(a), 'd'), ANY, ANY);
    fn(
        m,
        "b64enc",
        a -> java.util.Base64.getEncoder().encodeToString(BStr.bytes((String) a[0])),
        STRING);
    fn(m, "b64dec", a -> GoBase.decode64((String) a[0]), STRING);
    fn(m, "b32enc", a -> GoBase.encode32((String) a[0]), STRING);
    fn(m, "b32dec", a -> GoBase.decode32((String) a[0]), STRING);
    fn(m, "sha1sum", a -> hash("SHA-1", (String) a[0]), STRING);
    fn(m, "sha256sum", a -> hash("SHA-256", (String) a[0]), STRING);
    fn(m, "sha512sum", a -> hash("SHA-512", (String) a[0]), STRING);
    fn(m, "adler32sum", a -> adler32((String) a[0]), STRING);
  }

  static String hash(String alg, String s) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance(alg).digest(BStr.bytes(s)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String adler32(String s) {
    java.util.zip.Adler32 a = new java.util.zip.Adler32();
    a.update(BStr.bytes(s));
    return Long.toString(a.getValue());
  }

  private static Object[] rest(Object[] a) {
    return java.util.Arrays.copyOfRange(a, 1, a.length);
  }

  private static Object coalesce(Object[] a) {
    for (Object v : a) {
      if (!Conv.empty(v)) {
        return v;
      }
    }
    return null;
  }

  private static Object all(Object[] a, boolean all) {
    for (Object v : a) {
      if (Conv.empty(v) == all) {
        return !all;
      }
    }
    return all;
  }

  private static Object fromJson(Object s, boolean must) throws FuncException {
    try {
      return Json.decode((String) s, false);
    } catch (Json.JsonException e) {
      if (must) {
        throw new FuncException(e.getMessage());
      }
      return null;
    }
  }

  private static Object toJson(Object v, boolean html, String indent, boolean must)
      throws FuncException {
    try {
      return Json.encode(v, html, indent);
    } catch (Json.JsonException e) {
      if (must) {
        throw new FuncException(e.getMessage());
      }
      return "";
    }
  }

  private static Object deepCopy(Object v) {
    if (v instanceof io.jeso.template.exec.TypedMap tm) {
      io.jeso.template.exec.TypedMap out = new io.jeso.template.exec.TypedMap(tm.elem());
      tm.forEach((k, x) -> out.put(k, deepCopy(x)));
      return out;
    }
    if (v instanceof Map<?, ?> mm) {
      Map<String, Object> out = new java.util.HashMap<>();
      mm.forEach((k, x) -> out.put((String) k, deepCopy(x)));
      return out;
    }
    if (v instanceof TypedList tl) {
      TypedList out = new TypedList(tl.elem());
      tl.forEach(x -> out.add(deepCopy(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(deepCopy(x)));
      return out;
    }
    return v;
  }

  private static Object typeIsLike(String target, Object v) {
    String t = GoFmt.sprintf("%T", new Object[] {v});
    return target.equals(t) || ("*" + target).equals(t);
  }

  static String kindOf(Object v) {
    if (v == null) {
      return "invalid";
    }
    GoType t = Values.typeOf(v);
    return switch (t.kind()) {
      case POINTER -> "ptr";
      case INTERFACE -> "interface";
      default -> t.kind().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static Object fail(String msg) throws FuncException {
    throw new FuncException(msg);
  }

  private static Object atoi(String s) {
    String t = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
    if (t.isEmpty()) {
      return 0L;
    }
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return 0L;
      }
    }
    try {
      return Long.parseLong(s.startsWith("+") ? t : s);
    } catch (NumberFormatException e) {
      return 0L;
    }
  }

  private static Object toDecimal(Object v) {
    String s = GoFmt.sprint(new Object[] {v});
    String t = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
    if (t.isEmpty() || !t.chars().allMatch(c -> c >= '0' && c <= '7')) {
      return GoInt.int64(0);
    }
    try {
      return GoInt.int64(Long.parseLong(s, 8));
    } catch (NumberFormatException e) {
      return GoInt.int64(0);
    }
  }

  private interface LongOp {
    long apply(long a, long b);
  }

  private static long fold(Object[] a, int from, long init, LongOp op) {
    long acc = init;
    for (int i = from; i < a.length; i++) {
      acc = op.apply(acc, Conv.toInt64(a[i]));
    }
    return acc;
  }

  private static long divmod(Object[] a, boolean div) throws FuncException {
    long x = Conv.toInt64(a[0]);
    long y = Conv.toInt64(a[1]);
    if (y == 0) {
      throw new FuncException("runtime error: integer divide by zero");
    }
    return div ? x / y : x % y;
  }

  private interface DoubleOp {
    double apply(double a, double b);
  }

  private static Object foldf(Object[] a, DoubleOp op) {
    double acc = Conv.toFloat64(a[0]);
    for (int i = 1; i < a.length; i++) {
      acc = op.apply(acc, Conv.toFloat64(a[i]));
    }
    return acc;
  }

  private static Object round(Object[] a) throws FuncException {
    if (a.length < 2) {
      throw new FuncException("wrong number of args for round: want at least 2");
    }
    double roundOn = a.length > 2 ? (Double) a[2] : .5;
    double val = Conv.toFloat64(a[0]);
    double pow = Math.pow(10, (double) (long) a[1]);
    double digit = pow * val;
    double div = digit - (digit < 0 ? Math.ceil(digit) : Math.floor(digit));
    double r = div >= roundOn ? Math.ceil(digit) : Math.floor(digit);
    return r / pow;
  }

  static TypedList until(long count) {
    return untilStep(0, count, count < 0 ? -1 : 1);
  }

  static TypedList untilStep(long start, long stop, long step) throws RuntimeException {
    ValueLimits.elements(count(start, stop, step)); // before allocating
    TypedList v = new TypedList(INT);
    if (stop < start) {
      if (step >= 0) {
        return v;
      }
      for (long i = start; i > stop; i += step) {
        add(v, i);
      }
      return v;
    }
    if (step <= 0) {
      return v;
    }
    for (long i = start; i < stop; i += step) {
      add(v, i);
    }
    return v;
  }

  /** How many elements untilStep produces (saturating), as its loops below would. */
  private static long count(long start, long stop, long step) {
    if (step == 0 || (stop < start) != (step < 0) || stop == start) {
      return 0;
    }
    double span = Math.abs((double) stop - (double) start);
    double n = Math.ceil(span / Math.abs((double) step));
    return n >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) n;
  }

  private static void add(TypedList v, long i) {
    ValueLimits.elements(v.size() + 1L); // also stops a loop whose index overflowed
    v.add(i);
  }

  private static Object seq(Object[] a) {
    TypedList l;
    switch (a.length) {
      case 1 -> {
        long end = (long) a[0];
        long inc = end < 1 ? -1 : 1;
        l = untilStep(1, end + inc, inc);
      }
      case 2 -> {
        long start = (long) a[0];
        long end = (long) a[1];
        long step = end < start ? -1 : 1;
        l = untilStep(start, end + step, step);
      }
      case 3 -> {
        long start = (long) a[0];
        long end = (long) a[2];
        long step = (long) a[1];
        long inc = 1;
        if (end < start) {
          inc = -1;
          if (step > 0) {
            return "";
          }
        }
        l = untilStep(start, end + inc, step);
      }
      default -> {
        return "";
      }
    }
    StringBuilder sb = new StringBuilder();
    for (Object x : l) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(x);
    }
    return sb.toString();
  }

  private static Object decimalOp(Object first, Object[] rest, char op) throws FuncException {
    BigDecimal acc = dec(Conv.toFloat64(first));
    for (Object x : rest) {
      BigDecimal d = dec(Conv.toFloat64(x));
      acc =
          switch (op) {
            case 'a' -> acc.add(d);
            case 's' -> acc.subtract(d);
            case 'm' -> acc.multiply(d);
            default -> {
              if (d.signum() == 0) {
                throw new FuncException("decimal division by 0");
              }
              yield acc.divide(d, 16, RoundingMode.HALF_UP);
            }
          };
    }
    return acc.doubleValue();
  }

  private static BigDecimal dec(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return BigDecimal.ZERO;
    }
    return new BigDecimal(Double.toString(d));
  }
}
