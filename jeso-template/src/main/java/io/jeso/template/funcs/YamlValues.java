package io.jeso.template.funcs;

import io.jeso.template.parse.Numbers;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** go-yaml v2's scalar resolution (YAML 1.1 booleans, nulls, numbers, timestamps). */
final class YamlValues {
  private static final Pattern YAML_FLOAT =
      Pattern.compile("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$");
  private static final Pattern BASE60 =
      Pattern.compile("^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?$");
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"
              + "(?:([Tt]|[ ])([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(\\.[0-9]{1,9})?"
              + "(Z|[-+][0-9]{2}:[0-9]{2})?)?$");
  private static final BigInteger MAX_U64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private YamlValues() {}

  /** Marker for a scalar that resolved to YAML's null. */
  static final Object NULL = new Object();

  static boolean isBase60Float(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    if (!(c == '+' || c == '-' || (c >= '0' && c <= '9')) || s.indexOf(':') < 0) {
      return false;
    }
    return BASE60.matcher(s).matches();
  }

  /** Whether a plain scalar with this text would read back as a string. */
  static boolean resolvesToString(String s) {
    return resolve(s) instanceof String;
  }

  /**
   * Resolves a plain scalar: Boolean, NULL, Long, BigInteger (uint64), Double, a timestamp
   * (returned as the string, tagged by {@link Timestamp}) or the string itself.
   */
  static Object resolve(String in) {
    char hint = in.isEmpty() ? 'N' : hint(in.charAt(0));
    if (hint == 0) {
      return in;
    }
    Object fixed = fixedValue(in);
    if (fixed != null) {
      return fixed;
    }
    switch (hint) {
      case '.' -> {
        Double f = Conv.parseFloatLenient(in);
        return f != null ? f : in;
      }
      case 'D', 'S' -> {
        return number(in);
      }
      default -> {
        return in;
      }
    }
  }

  /** A scalar that resolved to a timestamp; kept as its text. */
  record Timestamp(String text) {}

  private static Object number(String in) {
    if (isTimestamp(in)) {
      return new Timestamp(in);
    }
    String plain = in.replace("_", "");
    BigInteger bi = Numbers.parseInteger(plain);
    if (bi != null) {
      if (bi.bitLength() < 64) {
        return bi.longValue();
      }
      if (bi.signum() > 0 && bi.compareTo(MAX_U64) <= 0) {
        return bi;
      }
    }
    if (YAML_FLOAT.matcher(plain).matches()) {
      Double f = Conv.parseFloatLenient(plain);
      if (f != null) {
        return f;
      }
    }
    if (plain.startsWith("0b") || plain.startsWith("-0b")) {
      try {
        boolean neg = plain.startsWith("-");
        BigInteger v = new BigInteger(plain.substring(neg ? 3 : 2), 2);
        return (neg ? v.negate() : v).longValue();
      } catch (NumberFormatException e) {
        return in;
      }
    }
    return in;
  }

  private static char hint(char c) {
    if (c == '+' || c == '-') {
      return 'S';
    }
    if (c >= '0' && c <= '9') {
      return 'D';
    }
    if ("yYnNtTfFoO~".indexOf(c) >= 0) {
      return 'M';
    }
    return c == '.' ? '.' : 0;
  }

  private static Object fixedValue(String s) {
    return switch (s) {
      case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON" -> Boolean.TRUE;
      case "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF" ->
          Boolean.FALSE;
      case "", "~", "null", "Null", "NULL" -> NULL;
      case ".nan", ".NaN", ".NAN" -> Double.NaN;
      case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF" -> Double.POSITIVE_INFINITY;
      case "-.inf", "-.Inf", "-.INF" -> Double.NEGATIVE_INFINITY;
      case "<<" -> "<<";
      default -> null;
    };
  }

  private static boolean isTimestamp(String s) {
    var m = TIMESTAMP.matcher(s);
    if (!m.matches()) {
      return false;
    }
    int y = Integer.parseInt(m.group(1));
    int mo = Integer.parseInt(m.group(2));
    int d = Integer.parseInt(m.group(3));
    if (mo < 1 || mo > 12 || d < 1 || d > java.time.YearMonth.of(y, mo).lengthOfMonth()) {
      return false;
    }
    if (m.group(4) != null) {
      if (m.group(4).equals(" ") && m.group(9) != null) {
        return false;
      }
      if (!m.group(4).equals(" ") && m.group(9) == null) {
        return false;
      }
      return Integer.parseInt(m.group(5)) < 24
          && Integer.parseInt(m.group(6)) < 60
          && Integer.parseInt(m.group(7)) < 60;
    }
    return true;
  }

  /** The tree sigs.k8s.io/yaml's JSONToYAML builds: JSON text read as YAML. */
  static Object fromJson(Object v) {
    if (v instanceof Json.Number n) {
      Object r = number(n.text());
      if (r instanceof BigInteger bi) {
        return new YamlEmitter.BigInt(bi);
      }
      return r instanceof String ? Conv.parseFloatLenient(n.text()) : r;
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new HashMap<>();
      m.forEach((k, x) -> out.put((String) k, fromJson(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(fromJson(x)));
      return out;
    }
    return v;
  }
}
