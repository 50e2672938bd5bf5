package io.jeso.template.funcs;

import static io.jeso.template.exec.GoType.ANY;
import static io.jeso.template.exec.GoType.STRING;
import static io.jeso.template.funcs.SprigStrings.fn;

import io.jeso.template.exec.FuncException;
import io.jeso.template.exec.GoFunc;
import io.jeso.template.exec.GoInt;
import io.jeso.template.exec.GoType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/** sprig's date functions (Local is UTC in jeso). */
final class SprigDate {
  private static final GoType TIME = GoTime.TYPE;

  private SprigDate() {}

  static void register(Map<String, GoFunc> m) {
    fn(m, "now", a -> GoTime.now());
    fn(m, "date", a -> dateInZone((String) a[0], a[1], "Local"), STRING, ANY);
    fn(m, "dateInZone", a -> dateInZone((String) a[0], a[1], (String) a[2]), STRING, ANY, STRING);
    fn(m, "date_in_zone", a -> dateInZone((String) a[0], a[1], (String) a[2]), STRING, ANY, STRING);
    fn(m, "htmlDate", a -> dateInZone("2006-01-02", a[0], "Local"), ANY);
    fn(m, "htmlDateInZone", a -> dateInZone("2006-01-02", a[0], (String) a[1]), ANY, STRING);
    fn(m, "toDate", a -> toDate((String) a[0], (String) a[1], false), STRING, STRING);
    fn(m, "mustToDate", a -> toDate((String) a[0], (String) a[1], true), STRING, STRING);
    fn(m, "unixEpoch", a -> Long.toString(((GoTime) a[0]).instant().getEpochSecond()), TIME);
    for (String n : new String[] {"dateModify", "date_modify"}) {
      fn(m, n, a -> dateModify((String) a[0], (GoTime) a[1], false), STRING, TIME);
    }
    for (String n : new String[] {"mustDateModify", "must_date_modify"}) {
      fn(m, n, a -> dateModify((String) a[0], (GoTime) a[1], true), STRING, TIME);
    }
    fn(m, "ago", a -> ago(a[0]), ANY);
    fn(m, "duration", a -> durationString(seconds(a[0]) * 1_000_000_000L), ANY);
    fn(m, "durationRound", a -> durationRound(a[0]), ANY);
  }

  private static GoTime timeOf(Object v) {
    if (v instanceof GoTime t) {
      return t;
    }
    if (v instanceof Long l) {
      return GoTime.unix(l);
    }
    if (v instanceof GoInt gi
        && (gi.type().equals(GoType.INT64) || gi.type().equals(GoType.INT32))) {
      return GoTime.unix(gi.value());
    }
    return GoTime.now();
  }

  static ZoneId location(String zone) {
    if (zone.equals("Local")) {
      return GoTime.LOCAL;
    }
    if (zone.isEmpty() || zone.equals("UTC")) {
      return ZoneOffset.UTC;
    }
    try {
      return ZoneId.of(zone);
    } catch (RuntimeException e) {
      return ZoneOffset.UTC;
    }
  }

  private static String dateInZone(String fmt, Object date, String zone) {
    GoTime t = timeOf(date);
    return GoTimeFormat.format(new GoTime(t.instant(), location(zone)), fmt);
  }

  private static Object toDate(String fmt, String s, boolean must) throws FuncException {
    try {
      return GoTimeParse.parse(fmt, s);
    } catch (FuncException e) {
      if (must) {
        throw e;
      }
      return GoTime.ZERO;
    }
  }

  private static Object dateModify(String fmt, GoTime t, boolean must) throws FuncException {
    Long d = parseDuration(fmt);
    if (d == null) {
      if (must) {
        throw new FuncException("time: invalid duration");
      }
      return t;
    }
    return new GoTime(t.instant().plusNanos(d), t.zone(), t.fixedName());
  }

  private static long seconds(Object v) {
    if (v instanceof String s) {
      try {
        return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    if (v instanceof GoInt gi && gi.type().equals(GoType.INT64)) {
      return gi.value();
    }
    return 0;
  }

  private static String ago(Object v) {
    if (!(v instanceof GoTime)
        && !(v instanceof Long)
        && !(v instanceof GoInt gi && gi.type().equals(GoType.INT64))) {
      return "0s";
    }
    long since = Duration.between(timeOf(v).instant(), Instant.now()).toNanos();
    return durationString(round(since, 1_000_000_000L));
  }

  private static long round(long d, long m) {
    long r = d % m;
    if (d < 0) {
      r = -r;
      if (r + r < m) {
        return d + r;
      }
      return d - m + r;
    }
    if (r + r < m) {
      return d - r;
    }
    return d + m - r;
  }

  private static String durationRound(Object v) {
    long d = 0;
    if (v instanceof String s) {
      Long p = parseDuration(s);
      d = p == null ? 0 : p;
    } else if (v instanceof GoInt gi && gi.type().equals(GoType.INT64)) {
      d = gi.value();
    } else if (v instanceof GoTime t) {
      d = Duration.between(t.instant(), Instant.now()).toNanos();
    }
    long u = Math.abs(d);
    long hour = 3_600_000_000_000L;
    long[] units = {
      hour * 24 * 365, hour * 24 * 30, hour * 24, hour, 60_000_000_000L, 1_000_000_000L
    };
    String[] names = {"y", "mo", "d", "h", "m", "s"};
    for (int i = 0; i < units.length; i++) {
      if (Long.compareUnsigned(u, units[i]) > 0) {
        return Long.toUnsignedString(Long.divideUnsigned(u, units[i])) + names[i];
      }
    }
    return "0s";
  }

  /** time.Duration.String. */
  static String durationString(long d) {
    if (d == 0) {
      return "0s";
    }
    boolean neg = d < 0;
    java.math.BigInteger u = java.math.BigInteger.valueOf(d).abs();
    StringBuilder sb = new StringBuilder();
    long secNanos = 1_000_000_000L;
    if (u.compareTo(java.math.BigInteger.valueOf(secNanos)) < 0) {
      long v = u.longValue();
      String unit;
      long scale;
      if (v < 1000) {
        return (neg ? "-" : "") + v + "ns";
      } else if (v < 1_000_000) {
        unit = "µs";
        scale = 1000;
      } else {
        unit = "ms";
        scale = 1_000_000;
      }
      return (neg ? "-" : "") + frac(v, scale) + io.jeso.template.parse.BStr.of(unit);
    }
    java.math.BigInteger[] qr = u.divideAndRemainder(java.math.BigInteger.valueOf(secNanos));
    long secs = qr[0].longValue();
    long nanos = qr[1].longValue();
    long h = secs / 3600;
    long mi = secs / 60 % 60;
    long s = secs % 60;
    if (h > 0) {
      sb.append(h).append('h');
    }
    if (h > 0 || mi > 0) {
      sb.append(mi).append('m');
    }
    sb.append(frac(s * secNanos + nanos, secNanos)).append('s');
    return (neg ? "-" : "") + sb;
  }

  private static String frac(long v, long scale) {
    long whole = v / scale;
    long f = v % scale;
    if (f == 0) {
      return Long.toString(whole);
    }
    int digits = Long.toString(scale).length() - 1;
    String fs = String.format("%0" + digits + "d", f).replaceAll("0+$", "");
    return whole + "." + fs;
  }

  /** time.ParseDuration; null when invalid. */
  static Long parseDuration(String s) {
    String orig = s;
    boolean neg = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      neg = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return 0L;
    }
    if (s.isEmpty()) {
      return null;
    }
    java.math.BigDecimal total = java.math.BigDecimal.ZERO;
    int i = 0;
    while (i < s.length()) {
      int start = i;
      while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
        i++;
      }
      String num = s.substring(start, i);
      if (num.isEmpty() || num.equals(".") || num.indexOf('.') != num.lastIndexOf('.')) {
        return null;
      }
      int us = i;
      while (i < s.length() && !Character.isDigit(s.charAt(i)) && s.charAt(i) != '.') {
        i++;
      }
      String unit = io.jeso.template.parse.BStr.toJava(s.substring(us, i));
      long mult =
          switch (unit) {
            case "ns" -> 1L;
            case "us", "µs", "μs" -> 1000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            default -> -1L;
          };
      if (mult < 0) {
        return null;
      }
      total =
          total.add(
              new java.math.BigDecimal(num.startsWith(".") ? "0" + num : num)
                  .multiply(java.math.BigDecimal.valueOf(mult)));
    }
    if (total.compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      return orig.isEmpty() ? null : null;
    }
    long v = total.longValue();
    return neg ? -v : v;
  }
}
