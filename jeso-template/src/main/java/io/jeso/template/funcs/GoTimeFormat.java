package io.jeso.template.funcs;

import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Go's reference-time layouts ("2006-01-02 15:04:05.999999999 -0700 MST"): formatting and parsing.
 */
final class GoTimeFormat {
  enum Std {
    NONE,
    LONG_MONTH,
    MONTH,
    NUM_MONTH,
    ZERO_MONTH,
    LONG_WEEKDAY,
    WEEKDAY,
    DAY,
    UNDER_DAY,
    ZERO_DAY,
    UNDER_YEARDAY,
    ZERO_YEARDAY,
    HOUR,
    HOUR12,
    ZERO_HOUR12,
    MINUTE,
    ZERO_MINUTE,
    SECOND,
    ZERO_SECOND,
    LONG_YEAR,
    YEAR,
    PM_UPPER,
    PM_LOWER,
    TZ,
    ISO_TZ,
    ISO_SECONDS_TZ,
    ISO_SHORT_TZ,
    ISO_COLON_TZ,
    ISO_COLON_SECONDS_TZ,
    NUM_TZ,
    NUM_SECONDS_TZ,
    NUM_SHORT_TZ,
    NUM_COLON_TZ,
    NUM_COLON_SECONDS_TZ,
    FRAC0,
    FRAC9
  }

  /** A layout chunk: literal prefix, element, and (for fractions) digits and separator. */
  record Chunk(String prefix, Std std, String suffix, int digits, char sep) {}

  private GoTimeFormat() {}

  private static boolean startsWithLower(String s, int i) {
    return i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z';
  }

  static Chunk next(String l) {
    for (int i = 0; i < l.length(); i++) {
      char c = l.charAt(i);
      String p = l.substring(0, i);
      Chunk r = nextLetter(l, i, c, p);
      if (r == null) {
        r = nextDigit(l, i, c, p);
      }
      if (r == null) {
        r = nextOther(l, i, c, p);
      }
      if (r != null) {
        return r;
      }
    }
    return new Chunk(l, Std.NONE, "", 0, ' ');
  }

  private static Chunk nextLetter(String l, int i, char c, String p) {
    switch (c) {
      case 'J' -> {
        if (l.startsWith("January", i)) {
          return new Chunk(p, Std.LONG_MONTH, l.substring(i + 7), 0, ' ');
        }
        if (l.startsWith("Jan", i) && !startsWithLower(l, i + 3)) {
          return new Chunk(p, Std.MONTH, l.substring(i + 3), 0, ' ');
        }
      }
      case 'M' -> {
        if (l.startsWith("Monday", i)) {
          return new Chunk(p, Std.LONG_WEEKDAY, l.substring(i + 6), 0, ' ');
        }
        if (l.startsWith("Mon", i) && !startsWithLower(l, i + 3)) {
          return new Chunk(p, Std.WEEKDAY, l.substring(i + 3), 0, ' ');
        }
        if (l.startsWith("MST", i)) {
          return new Chunk(p, Std.TZ, l.substring(i + 3), 0, ' ');
        }
      }
      case 'P' -> {
        if (l.startsWith("PM", i)) {
          return new Chunk(p, Std.PM_UPPER, l.substring(i + 2), 0, ' ');
        }
      }
      case 'p' -> {
        if (l.startsWith("pm", i)) {
          return new Chunk(p, Std.PM_LOWER, l.substring(i + 2), 0, ' ');
        }
      }
      default -> {}
    }
    return null;
  }

  private static Chunk nextDigit(String l, int i, char c, String p) {
    switch (c) {
      case '0' -> {
        if (i + 1 < l.length() && l.charAt(i + 1) >= '1' && l.charAt(i + 1) <= '6') {
          Std[] z = {
            Std.ZERO_MONTH,
            Std.ZERO_DAY,
            Std.ZERO_HOUR12,
            Std.ZERO_MINUTE,
            Std.ZERO_SECOND,
            Std.YEAR
          };
          return new Chunk(p, z[l.charAt(i + 1) - '1'], l.substring(i + 2), 0, ' ');
        }
        if (l.startsWith("002", i)) {
          return new Chunk(p, Std.ZERO_YEARDAY, l.substring(i + 3), 0, ' ');
        }
      }
      case '1' -> {
        if (l.startsWith("15", i)) {
          return new Chunk(p, Std.HOUR, l.substring(i + 2), 0, ' ');
        }
        return new Chunk(p, Std.NUM_MONTH, l.substring(i + 1), 0, ' ');
      }
      case '2' -> {
        if (l.startsWith("2006", i)) {
          return new Chunk(p, Std.LONG_YEAR, l.substring(i + 4), 0, ' ');
        }
        return new Chunk(p, Std.DAY, l.substring(i + 1), 0, ' ');
      }
      case '_' -> {
        if (i + 1 < l.length() && l.charAt(i + 1) == '2') {
          if (l.startsWith("2006", i + 1)) {
            return new Chunk(l.substring(0, i + 1), Std.LONG_YEAR, l.substring(i + 5), 0, ' ');
          }
          return new Chunk(p, Std.UNDER_DAY, l.substring(i + 2), 0, ' ');
        }
        if (l.startsWith("__2", i)) {
          return new Chunk(p, Std.UNDER_YEARDAY, l.substring(i + 3), 0, ' ');
        }
      }
      case '3' -> {
        return new Chunk(p, Std.HOUR12, l.substring(i + 1), 0, ' ');
      }
      case '4' -> {
        return new Chunk(p, Std.MINUTE, l.substring(i + 1), 0, ' ');
      }
      case '5' -> {
        return new Chunk(p, Std.SECOND, l.substring(i + 1), 0, ' ');
      }
      default -> {}
    }
    return null;
  }

  private static Chunk nextOther(String l, int i, char c, String p) {
    switch (c) {
      case '-', 'Z' -> {
        Chunk tz = tzChunk(l, i, p, c == 'Z');
        if (tz != null) {
          return tz;
        }
      }
      case '.', ',' -> {
        if (i + 1 < l.length() && (l.charAt(i + 1) == '0' || l.charAt(i + 1) == '9')) {
          char ch = l.charAt(i + 1);
          int j = i + 1;
          while (j < l.length() && l.charAt(j) == ch) {
            j++;
          }
          if (!(j < l.length() && l.charAt(j) >= '0' && l.charAt(j) <= '9')) {
            return new Chunk(p, ch == '0' ? Std.FRAC0 : Std.FRAC9, l.substring(j), j - (i + 1), c);
          }
        }
      }
      default -> {}
    }
    return null;
  }

  private static Chunk tzChunk(String l, int i, String p, boolean iso) {
    String[] pats =
        iso
            ? new String[] {"Z070000", "Z07:00:00", "Z0700", "Z07:00", "Z07"}
            : new String[] {"-070000", "-07:00:00", "-0700", "-07:00", "-07"};
    Std[] stds =
        iso
            ? new Std[] {
              Std.ISO_SECONDS_TZ,
              Std.ISO_COLON_SECONDS_TZ,
              Std.ISO_TZ,
              Std.ISO_COLON_TZ,
              Std.ISO_SHORT_TZ
            }
            : new Std[] {
              Std.NUM_SECONDS_TZ,
              Std.NUM_COLON_SECONDS_TZ,
              Std.NUM_TZ,
              Std.NUM_COLON_TZ,
              Std.NUM_SHORT_TZ
            };
    for (int k = 0; k < pats.length; k++) {
      if (l.startsWith(pats[k], i)) {
        return new Chunk(p, stds[k], l.substring(i + pats[k].length()), 0, ' ');
      }
    }
    return null;
  }

  static String pad(long v, int width) {
    String s = Long.toString(Math.abs(v));
    StringBuilder sb = new StringBuilder(v < 0 ? "-" : "");
    for (int k = s.length(); k < width; k++) {
      sb.append('0');
    }
    return sb.append(s).toString();
  }

  static String format(GoTime t, String layout) {
    ZonedDateTime z = t.zoned();
    StringBuilder b = new StringBuilder();
    String l = layout;
    while (!l.isEmpty()) {
      Chunk c = next(l);
      b.append(c.prefix());
      if (c.std() == Std.NONE) {
        break;
      }
      l = c.suffix();
      element(b, c, z, t);
    }
    return b.toString();
  }

  private static String month(ZonedDateTime z) {
    return z.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String weekday(ZonedDateTime z) {
    return z.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static void element(StringBuilder b, Chunk c, ZonedDateTime z, GoTime t) {
    int hour = z.getHour();
    int hr12 = hour % 12 == 0 ? 12 : hour % 12;
    switch (c.std()) {
      case YEAR -> b.append(pad(Math.abs(z.getYear()) % 100, 2));
      case LONG_YEAR -> b.append(pad(z.getYear(), 4));
      case MONTH -> b.append(month(z), 0, 3);
      case LONG_MONTH -> b.append(month(z));
      case NUM_MONTH -> b.append(z.getMonthValue());
      case ZERO_MONTH -> b.append(pad(z.getMonthValue(), 2));
      case WEEKDAY -> b.append(weekday(z), 0, 3);
      case LONG_WEEKDAY -> b.append(weekday(z));
      case DAY -> b.append(z.getDayOfMonth());
      case UNDER_DAY -> b.append(z.getDayOfMonth() < 10 ? " " : "").append(z.getDayOfMonth());
      case ZERO_DAY -> b.append(pad(z.getDayOfMonth(), 2));
      case UNDER_YEARDAY -> {
        int yd = z.getDayOfYear();
        b.append(yd < 10 ? "  " : yd < 100 ? " " : "").append(yd);
      }
      case ZERO_YEARDAY -> b.append(pad(z.getDayOfYear(), 3));
      case HOUR -> b.append(pad(hour, 2));
      case HOUR12 -> b.append(hr12);
      case ZERO_HOUR12 -> b.append(pad(hr12, 2));
      case MINUTE -> b.append(z.getMinute());
      case ZERO_MINUTE -> b.append(pad(z.getMinute(), 2));
      case SECOND -> b.append(z.getSecond());
      case ZERO_SECOND -> b.append(pad(z.getSecond(), 2));
      case PM_UPPER -> b.append(hour >= 12 ? "PM" : "AM");
      case PM_LOWER -> b.append(hour >= 12 ? "pm" : "am");
      case TZ -> {
        String name = t.zoneName();
        if (!name.isEmpty()) {
          b.append(name);
        } else {
          int zone = t.offsetSeconds() / 60;
          b.append(zone < 0 ? '-' : '+')
              .append(pad(Math.abs(zone) / 60, 2))
              .append(pad(Math.abs(zone) % 60, 2));
        }
      }
      case FRAC0, FRAC9 -> fraction(b, c, z.getNano());
      default -> offset(b, c.std(), t.offsetSeconds());
    }
  }

  private static void fraction(StringBuilder b, Chunk c, int nanos) {
    boolean trim = c.std() == Std.FRAC9;
    if (trim && (c.digits() == 0 || nanos == 0)) {
      return;
    }
    String digits = pad(nanos, 9);
    if (c.digits() < 9) {
      digits = digits.substring(0, c.digits());
    }
    if (trim) {
      digits = digits.replaceAll("0+$", "");
      if (digits.isEmpty()) {
        return;
      }
    }
    b.append(c.sep()).append(digits);
  }

  private static void offset(StringBuilder b, Std std, int offset) {
    boolean iso = std.name().startsWith("ISO");
    if (offset == 0 && iso) {
      b.append('Z');
      return;
    }
    int zone = offset / 60;
    int abs = Math.abs(offset);
    b.append(zone < 0 ? '-' : '+');
    zone = Math.abs(zone);
    b.append(pad(zone / 60, 2));
    boolean colon = std.name().contains("COLON");
    if (colon) {
      b.append(':');
    }
    if (std != Std.NUM_SHORT_TZ && std != Std.ISO_SHORT_TZ) {
      b.append(pad(zone % 60, 2));
    }
    if (std.name().contains("SECONDS")) {
      if (colon) {
        b.append(':');
      }
      b.append(pad(abs % 60, 2));
    }
  }
}
