package io.jeso.template.funcs;

import static io.jeso.template.exec.GoType.INT;
import static io.jeso.template.exec.GoType.STRING;

import io.jeso.template.exec.GoFunc;
import io.jeso.template.exec.GoInt;
import io.jeso.template.exec.GoObject;
import io.jeso.template.exec.GoType;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * Go's time.Time: an instant with a location. jeso's "Local" location is UTC (the operator's zone;
 * the Go reference runs with TZ=UTC). Printing does not include Go's monotonic clock reading
 * ("m=+...").
 */
public record GoTime(Instant instant, ZoneId zone, String fixedName)
    implements GoObject, Json.Marshaler {
  static final GoType TYPE = new GoType(GoType.Kind.STRUCT, "time.Time", null);
  static final ZoneId LOCAL = ZoneOffset.UTC;
  static final GoTime ZERO = new GoTime(Instant.parse("0001-01-01T00:00:00Z"), ZoneOffset.UTC);

  GoTime(Instant instant, ZoneId zone) {
    this(instant, zone, null);
  }

  static GoTime now() {
    return new GoTime(Instant.now(), LOCAL);
  }

  static GoTime unix(long sec) {
    return new GoTime(Instant.ofEpochSecond(sec), LOCAL);
  }

  ZonedDateTime zoned() {
    return instant.atZone(zone);
  }

  /**
   * The zone abbreviation Go would print: UTC, the tz abbreviation, or a numeric one like "+03".
   */
  String zoneName() {
    if (fixedName != null) {
      return fixedName;
    }
    String id = zone.getId();
    if (zone.equals(ZoneOffset.UTC) || id.equals("UTC") || id.equals("Etc/UTC") || id.equals("Z")) {
      return "UTC";
    }
    if (zone instanceof ZoneOffset) {
      return "";
    }
    String n = java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.US).format(zoned());
    if (n.startsWith("GMT") && n.length() > 3) {
      int off = offsetSeconds();
      String sign = off < 0 ? "-" : "+";
      off = Math.abs(off);
      return sign
          + String.format("%02d", off / 3600)
          + (off % 3600 != 0 ? String.format("%02d", off % 3600 / 60) : "");
    }
    return n;
  }

  int offsetSeconds() {
    return zoned().getOffset().getTotalSeconds();
  }

  /** Go's AddDate: the fields are added and then normalized (Jan 31 + 1 month is Mar 3 or 2). */
  private Instant addDate(long years, long months, long days) {
    ZonedDateTime z = zoned();
    long m = z.getMonthValue() - 1 + months;
    long y = z.getYear() + years + Math.floorDiv(m, 12);
    java.time.LocalDate d =
        java.time.LocalDate.of((int) y, (int) Math.floorMod(m, 12) + 1, 1)
            .plusDays(z.getDayOfMonth() - 1 + days);
    return java.time.ZonedDateTime.of(d, z.toLocalTime(), zone).toInstant();
  }

  @Override
  public GoType goType() {
    return TYPE;
  }

  @Override
  public String format() {
    return GoTimeFormat.format(this, "2006-01-02 15:04:05.999999999 -0700 MST");
  }

  @Override
  public String toJson() {
    return "\"" + GoTimeFormat.format(this, "2006-01-02T15:04:05.999999999Z07:00") + "\"";
  }

  @Override
  public GoFunc method(String name) {
    return switch (name) {
      case "Unix" -> GoFunc.of(name, a -> GoInt.int64(instant.getEpochSecond()));
      case "UnixMilli" -> GoFunc.of(name, a -> GoInt.int64(instant.toEpochMilli()));
      case "UnixNano" ->
          GoFunc.of(
              name,
              a -> GoInt.int64(instant.getEpochSecond() * 1_000_000_000L + instant.getNano()));
      case "Format" -> GoFunc.of(name, a -> GoTimeFormat.format(this, (String) a[0]), STRING);
      case "UTC" -> GoFunc.of(name, a -> new GoTime(instant, ZoneOffset.UTC));
      case "Local" -> GoFunc.of(name, a -> new GoTime(instant, LOCAL));
      case "Year" -> GoFunc.of(name, a -> (long) zoned().getYear());
      case "YearDay" -> GoFunc.of(name, a -> (long) zoned().getDayOfYear());
      case "Day" -> GoFunc.of(name, a -> (long) zoned().getDayOfMonth());
      case "Hour" -> GoFunc.of(name, a -> (long) zoned().getHour());
      case "Minute" -> GoFunc.of(name, a -> (long) zoned().getMinute());
      case "Second" -> GoFunc.of(name, a -> (long) zoned().getSecond());
      case "Nanosecond" -> GoFunc.of(name, a -> (long) zoned().getNano());
      case "IsZero" -> GoFunc.of(name, a -> instant.equals(ZERO.instant));
      case "AddDate" ->
          GoFunc.of(
              name,
              a -> new GoTime(addDate((long) a[0], (long) a[1], (long) a[2]), zone),
              INT,
              INT,
              INT);
      default -> null;
    };
  }
}
