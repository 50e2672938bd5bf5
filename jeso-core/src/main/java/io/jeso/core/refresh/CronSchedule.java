package io.jeso.core.refresh;

import io.jeso.core.time.GoDuration;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A sync-window schedule: a standard 5-field cron expression (minute hour day-of-month month day-of-week) or a
 * descriptor ({@code @yearly}, {@code @annually}, {@code @monthly}, {@code @weekly}, {@code @daily}, {@code
 * @midnight}, {@code @hourly}, {@code @every <duration>}), evaluated in UTC, with the semantics of the cron library
 * ESO uses: fields accept {@code *}, {@code ?}, values, names ({@code JAN}, {@code MON}), ranges, lists and steps;
 * when both day fields are restricted, a day matching either one matches.
 */
public final class CronSchedule {
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));
  private static final Map<String, Integer> DAYS =
      Map.of("sun", 0, "mon", 1, "tue", 2, "wed", 3, "thu", 4, "fri", 5, "sat", 6);

  private final Field minute;
  private final Field hour;
  private final Field dayOfMonth;
  private final Field month;
  private final Field dayOfWeek;
  private final Duration every;

  private CronSchedule(
      Field minute, Field hour, Field dom, Field month, Field dow, Duration every) {
    this.minute = minute;
    this.hour = hour;
    this.dayOfMonth = dom;
    this.month = month;
    this.dayOfWeek = dow;
    this.every = every;
  }

  /**
   * Parses a schedule.
   *
   * @throws IllegalArgumentException naming the problem
   */
  public static CronSchedule parse(String spec) {
    String s = spec == null ? "" : spec.strip();
    if (s.startsWith("@")) {
      return descriptor(s);
    }
    String[] f = s.split("\\s+");
    if (f.length != 5) {
      throw new IllegalArgumentException(
          "expected exactly 5 fields, found " + f.length + ": " + spec);
    }
    return new CronSchedule(
        Field.parse(f[0], 0, 59, Map.of()),
        Field.parse(f[1], 0, 23, Map.of()),
        Field.parse(f[2], 1, 31, Map.of()),
        Field.parse(f[3], 1, 12, MONTHS),
        Field.parse(f[4], 0, 6, DAYS),
        null);
  }

  private static CronSchedule descriptor(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("@every ")) {
      Duration d = GoDuration.parse(s.substring("@every ".length()).strip());
      // Sub-second parts are dropped, and the shortest period is one second.
      Duration rounded = Duration.ofSeconds(Math.max(1, d.getSeconds()));
      return new CronSchedule(null, null, null, null, null, rounded);
    }
    return switch (lower) {
      case "@yearly", "@annually" -> parse("0 0 1 1 *");
      case "@monthly" -> parse("0 0 1 * *");
      case "@weekly" -> parse("0 0 * * 0");
      case "@daily", "@midnight" -> parse("0 0 * * *");
      case "@hourly" -> parse("0 * * * *");
      default -> throw new IllegalArgumentException("unrecognized descriptor: " + s);
    };
  }

  /**
   * The first activation strictly after {@code after}, or empty when there is none within five
   * years.
   */
  public Optional<ZonedDateTime> next(ZonedDateTime after) {
    ZonedDateTime t = after.withZoneSameInstant(ZoneOffset.UTC);
    if (every != null) {
      return Optional.of(t.plus(every).minusNanos(t.getNano()));
    }
    t = t.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    ZonedDateTime limit = t.plusYears(5);
    while (t.isBefore(limit)) {
      if (!month.has(t.getMonthValue())) {
        t = t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1);
      } else if (!dayMatches(t)) {
        t = t.truncatedTo(ChronoUnit.DAYS).plusDays(1);
      } else if (!hour.has(t.getHour())) {
        t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
      } else if (!minute.has(t.getMinute())) {
        t = t.plusMinutes(1);
      } else {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private boolean dayMatches(ZonedDateTime t) {
    boolean dom = dayOfMonth.has(t.getDayOfMonth());
    boolean dow = dayOfWeek.has(t.getDayOfWeek().getValue() % 7);
    // Cron's classic rule: if either day field is unrestricted, both must match; otherwise either
    // may.
    return dayOfMonth.star || dayOfWeek.star ? dom && dow : dom || dow;
  }

  /** One cron field: the allowed values, and whether it was written as '*' or '?'. */
  private record Field(BitSet values, boolean star) {
    boolean has(int value) {
      return values.get(value);
    }

    static Field parse(String text, int min, int max, Map<String, Integer> names) {
      BitSet bits = new BitSet(max + 1);
      boolean star = false;
      for (String part : text.split(",")) {
        String[] rangeAndStep = part.split("/", -1);
        if (rangeAndStep.length > 2) {
          throw new IllegalArgumentException("too many slashes: " + part);
        }
        String range = rangeAndStep[0];
        int step = rangeAndStep.length > 1 ? value(rangeAndStep[1], Map.of()) : 1;
        int low;
        int high;
        if (range.equals("*") || range.equals("?")) {
          low = min;
          high = max;
          // A stepped star ("*/5") restricts the field, so it no longer counts as unrestricted.
          star |= step == 1;
        } else {
          String[] bounds = range.split("-", -1);
          low = value(bounds[0], names);
          high =
              bounds.length > 1 ? value(bounds[1], names) : (rangeAndStep.length > 1 ? max : low);
          if (bounds.length > 2) {
            throw new IllegalArgumentException("too many hyphens: " + part);
          }
        }
        if (low < min || high > max || low > high || step < 1) {
          throw new IllegalArgumentException(
              "value out of range [" + min + ", " + max + "] or bad step in " + part);
        }
        for (int v = low; v <= high; v += step) {
          bits.set(v);
        }
      }
      return new Field(bits, star);
    }

    private static int value(String s, Map<String, Integer> names) {
      Integer named = names.get(s.toLowerCase(Locale.ROOT));
      if (named != null) {
        return named;
      }
      try {
        return Integer.parseInt(s);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("failed to parse int from " + s);
      }
    }
  }
}
