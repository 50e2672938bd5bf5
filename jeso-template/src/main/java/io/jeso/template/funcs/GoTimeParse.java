package io.jeso.template.funcs;

import io.jeso.template.exec.FuncException;
import io.jeso.template.funcs.GoTimeFormat.Chunk;
import io.jeso.template.funcs.GoTimeFormat.Std;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * Go's time.ParseInLocation with jeso's Local (UTC). Error messages do not repeat the parsed value.
 */
final class GoTimeParse {
  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };
  private static final String[] DAYS = {
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"
  };

  private String value;
  private int year;
  private int month = -1;
  private int day = -1;
  private int yday = -1;
  private int hour;
  private int min;
  private int sec;
  private int nsec;
  private boolean pm;
  private boolean pmSet;
  private boolean amSet;
  private Integer zoneOffset;
  private String zoneName;
  private boolean utc;

  private GoTimeParse(String value) {
    this.value = value;
  }

  static GoTime parse(String layout, String value) throws FuncException {
    GoTimeParse p = new GoTimeParse(value);
    p.run(layout);
    return p.result();
  }

  private static FuncException bad(String elem) {
    return new FuncException("parsing time: cannot parse the value as \"" + elem + "\"");
  }

  private void run(String layout) throws FuncException {
    String l = layout;
    while (true) {
      Chunk c = GoTimeFormat.next(l);
      String stdstr = l.substring(c.prefix().length(), l.length() - c.suffix().length());
      skip(c.prefix());
      if (c.std() == Std.NONE) {
        if (!value.isEmpty()) {
          throw new FuncException("parsing time: extra text after the layout");
        }
        return;
      }
      l = c.suffix();
      element(c, stdstr, l);
    }
  }

  private void skip(String prefix) throws FuncException {
    while (!prefix.isEmpty()) {
      if (prefix.charAt(0) == ' ') {
        if (!value.isEmpty() && value.charAt(0) != ' ') {
          throw bad(prefix);
        }
        prefix = prefix.stripLeading();
        value = value.replaceFirst("^ +", "");
        continue;
      }
      if (value.isEmpty() || value.charAt(0) != prefix.charAt(0)) {
        throw bad(prefix);
      }
      prefix = prefix.substring(1);
      value = value.substring(1);
    }
  }

  private boolean digit(int i) {
    return i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9';
  }

  private int num(boolean fixed, String elem) throws FuncException {
    if (!digit(0)) {
      throw bad(elem);
    }
    if (!digit(1)) {
      if (fixed) {
        throw bad(elem);
      }
      int v = value.charAt(0) - '0';
      value = value.substring(1);
      return v;
    }
    int v = (value.charAt(0) - '0') * 10 + value.charAt(1) - '0';
    value = value.substring(2);
    return v;
  }

  private int digits(int n, String elem) throws FuncException {
    for (int i = 0; i < n; i++) {
      if (!digit(i)) {
        throw bad(elem);
      }
    }
    int v = Integer.parseInt(value.substring(0, n));
    value = value.substring(n);
    return v;
  }

  private int lookup(String[] names, int len, String elem) throws FuncException {
    for (int i = 0; i < names.length; i++) {
      String n = len > 0 ? names[i].substring(0, len) : names[i];
      if (value.length() >= n.length() && value.substring(0, n.length()).equalsIgnoreCase(n)) {
        value = value.substring(n.length());
        return i;
      }
    }
    throw bad(elem);
  }

  private void element(Chunk c, String elem, String rest) throws FuncException {
    switch (c.std()) {
      case YEAR -> {
        int y = digits(2, elem);
        year = y >= 69 ? 1900 + y : 2000 + y;
      }
      case LONG_YEAR -> year = digits(4, elem);
      case MONTH -> month = lookup(MONTHS, 3, elem) + 1;
      case LONG_MONTH -> month = lookup(MONTHS, 0, elem) + 1;
      case NUM_MONTH, ZERO_MONTH -> {
        month = num(c.std() == Std.ZERO_MONTH, elem);
        if (month <= 0 || month > 12) {
          throw new FuncException("parsing time: month out of range");
        }
      }
      case WEEKDAY -> lookup(DAYS, 3, elem);
      case LONG_WEEKDAY -> lookup(DAYS, 0, elem);
      case DAY, UNDER_DAY, ZERO_DAY -> {
        if (c.std() == Std.UNDER_DAY && !value.isEmpty() && value.charAt(0) == ' ') {
          value = value.substring(1);
        }
        day = num(c.std() == Std.ZERO_DAY, elem);
      }
      case HOUR -> hour = range(num(false, elem), 23, "hour");
      case HOUR12, ZERO_HOUR12 -> hour = range(num(c.std() == Std.ZERO_HOUR12, elem), 12, "hour");
      case MINUTE, ZERO_MINUTE -> min = range(num(c.std() == Std.ZERO_MINUTE, elem), 59, "minute");
      case SECOND, ZERO_SECOND -> {
        sec = range(num(c.std() == Std.ZERO_SECOND, elem), 59, "second");
        implicitFraction(rest);
      }
      case PM_UPPER, PM_LOWER -> ampm(elem);
      case TZ -> tzName(elem);
      case FRAC0 -> {
        int n = 1 + c.digits();
        if (value.length() < n) {
          throw bad(elem);
        }
        nsec = nanos(n, elem);
      }
      case FRAC9 -> {
        if (value.length() >= 2 && (value.charAt(0) == '.' || value.charAt(0) == ',') && digit(1)) {
          int i = 0;
          while (digit(i + 1)) {
            i++;
          }
          nsec = nanos(1 + i, elem);
        }
      }
      default -> offset(c.std(), elem);
    }
  }

  private static int range(int v, int max, String what) throws FuncException {
    if (v < 0 || v > max) {
      throw new FuncException("parsing time: " + what + " out of range");
    }
    return v;
  }

  private void implicitFraction(String rest) throws FuncException {
    if (value.length() >= 2 && (value.charAt(0) == '.' || value.charAt(0) == ',') && digit(1)) {
      Std next = GoTimeFormat.next(rest).std();
      if (next == Std.FRAC0 || next == Std.FRAC9) {
        return;
      }
      int n = 2;
      while (digit(n)) {
        n++;
      }
      nsec = nanos(n, "05");
    }
  }

  private int nanos(int n, String elem) throws FuncException {
    String frac = value.substring(1, n);
    value = value.substring(n);
    if (frac.length() > 9) {
      frac = frac.substring(0, 9);
    }
    if (!frac.chars().allMatch(Character::isDigit)) {
      throw bad(elem);
    }
    return Integer.parseInt((frac + "000000000").substring(0, 9));
  }

  private void ampm(String elem) throws FuncException {
    if (value.length() < 2) {
      throw bad(elem);
    }
    String p = value.substring(0, 2).toUpperCase(java.util.Locale.ROOT);
    if (p.equals("PM")) {
      pmSet = true;
    } else if (p.equals("AM")) {
      amSet = true;
    } else {
      throw bad(elem);
    }
    pm = pmSet;
    value = value.substring(2);
  }

  private void tzName(String elem) throws FuncException {
    if (value.startsWith("UTC")) {
      utc = true;
      value = value.substring(3);
      return;
    }
    int n = 0;
    while (n < value.length() && value.charAt(n) >= 'A' && value.charAt(n) <= 'Z') {
      n++;
    }
    if (n < 3) {
      throw bad(elem);
    }
    zoneName = value.substring(0, n);
    value = value.substring(n);
  }

  private void offset(Std std, String elem) throws FuncException {
    boolean iso = std.name().startsWith("ISO");
    if (iso && !value.isEmpty() && value.charAt(0) == 'Z') {
      value = value.substring(1);
      utc = true;
      return;
    }
    if (value.isEmpty() || (value.charAt(0) != '+' && value.charAt(0) != '-')) {
      throw bad(elem);
    }
    int sign = value.charAt(0) == '-' ? -1 : 1;
    value = value.substring(1);
    boolean colon = std.name().contains("COLON");
    int hh = digits(2, elem);
    int mm = 0;
    int ss = 0;
    if (std != Std.NUM_SHORT_TZ && std != Std.ISO_SHORT_TZ) {
      if (colon) {
        skip(":");
      }
      mm = digits(2, elem);
    }
    if (std.name().contains("SECONDS")) {
      if (colon) {
        skip(":");
      }
      ss = digits(2, elem);
    }
    zoneOffset = sign * (hh * 3600 + mm * 60 + ss);
  }

  private GoTime result() throws FuncException {
    if (pmSet && hour < 12) {
      hour += 12;
    } else if (amSet && hour == 12) {
      hour = 0;
    }
    int m = month < 0 ? 1 : month;
    int d = day < 0 ? 1 : day;
    if (d < 1 || d > YearMonth.of(year, m).lengthOfMonth()) {
      throw new FuncException("parsing time: day out of range");
    }
    LocalDateTime ldt = LocalDateTime.of(year, m, d, hour, min, sec, nsec);
    if (utc) {
      return new GoTime(ldt.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
    if (zoneOffset != null) {
      java.time.Instant at = ldt.toInstant(ZoneOffset.ofTotalSeconds(zoneOffset));
      if (zoneOffset == 0) {
        return new GoTime(at, GoTime.LOCAL);
      }
      return new GoTime(at, ZoneOffset.ofTotalSeconds(zoneOffset), "");
    }
    if (zoneName != null) {
      return new GoTime(ldt.toInstant(ZoneOffset.UTC), ZoneOffset.UTC, zoneName);
    }
    return new GoTime(ldt.toInstant(ZoneOffset.UTC), GoTime.LOCAL);
  }
}
