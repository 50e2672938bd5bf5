package io.jeso.template.funcs;

import io.jeso.template.exec.GoFmt;
import io.jeso.template.exec.GoInt;
import io.jeso.template.exec.GoObject;
import io.jeso.template.exec.Values;
import io.jeso.template.parse.BStr;
import io.jeso.template.parse.Numbers;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** sprig's conversions: strval, cast.ToInt64, cast.ToFloat64, empty. */
public final class Conv {
  private Conv() {}

  /** sprig's strval. */
  public static String strval(Object v) {
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof byte[] b) {
      return BStr.of(b);
    }
    if (v instanceof GoObject o) {
      return o.format();
    }
    return GoFmt.sprintf("%v", new Object[] {v});
  }

  /** cast.ToInt64 (errors give 0). */
  public static long toInt64(Object v) {
    if (v instanceof Long l) {
      return l;
    }
    if (v instanceof GoInt gi) {
      return gi.value();
    }
    if (v instanceof Double d) {
      return goFloatToInt(d);
    }
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (v instanceof String s) {
      BigInteger bi = Numbers.parseInteger(trimZeroDecimal(s));
      if (bi == null || bi.bitLength() > 63) {
        return 0;
      }
      return bi.longValue();
    }
    return 0;
  }

  /** Go's int64(f) conversion (amd64 gives MinInt64 for out-of-range values). */
  public static long goFloatToInt(double d) {
    if (Double.isNaN(d) || d >= 0x1p63 || d < -0x1p63) {
      return Long.MIN_VALUE;
    }
    return (long) d;
  }

  private static String trimZeroDecimal(String s) {
    boolean foundZero = false;
    for (int i = s.length(); i > 0; i--) {
      char c = s.charAt(i - 1);
      if (c == '.') {
        if (foundZero) {
          return s.substring(0, i - 1);
        }
      } else if (c == '0') {
        foundZero = true;
      } else {
        return s;
      }
    }
    return s;
  }

  /** cast.ToFloat64 (errors give 0). */
  public static double toFloat64(Object v) {
    if (v instanceof Double d) {
      return d;
    }
    if (v instanceof Long l) {
      return l;
    }
    if (v instanceof GoInt gi) {
      return gi.isUnsigned() ? unsignedToDouble(gi.value()) : gi.value();
    }
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (v instanceof String s) {
      Double d = parseFloatLenient(s);
      return d == null ? 0 : d;
    }
    return 0;
  }

  private static double unsignedToDouble(long v) {
    return v >= 0 ? v : new BigInteger(Long.toUnsignedString(v)).doubleValue();
  }

  /** strconv.ParseFloat(s, 64): also accepts inf/nan spellings; null on error. */
  public static Double parseFloatLenient(String s) {
    String t = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
    String lower = t.toLowerCase(java.util.Locale.ROOT);
    if (lower.equals("inf") || lower.equals("infinity")) {
      return s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (lower.equals("nan") && t.length() == s.length()) {
      return Double.NaN;
    }
    return Numbers.parseFloat(s);
  }

  /** sprig's empty. */
  public static boolean empty(Object v) {
    if (v == null || v == Values.NIL_IFACE) {
      return true;
    }
    if (v instanceof GoObject) {
      return false;
    }
    if (v instanceof List<?> || v instanceof Map<?, ?>) {
      return Values.length(v) == 0;
    }
    return !Values.isTrue(v);
  }
}
