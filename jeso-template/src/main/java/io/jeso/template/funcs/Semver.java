package io.jeso.template.funcs;

import io.jeso.template.exec.FuncException;
import io.jeso.template.exec.GoFunc;
import io.jeso.template.exec.GoInt;
import io.jeso.template.exec.GoObject;
import io.jeso.template.exec.GoType;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masterminds/semver v3's *Version, as sprig's semver returns it. */
record Semver(
    BigInteger major,
    BigInteger minor,
    BigInteger patch,
    String pre,
    String metadata,
    String original)
    implements GoObject, Json.Marshaler {
  static final GoType POINTER = new GoType(GoType.Kind.POINTER, "*semver.Version", null);
  static final Pattern VERSION =
      Pattern.compile(
          "^v?([0-9]+)(\\.[0-9]+)?(\\.[0-9]+)?(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?"
              + "(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?$");
  private static final BigInteger MAX_U64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  static Semver parse(String v) throws FuncException {
    Matcher m = VERSION.matcher(v);
    if (!m.matches()) {
      throw new FuncException("Invalid Semantic Version");
    }
    String pre = m.group(5) == null ? "" : m.group(5);
    String meta = m.group(8) == null ? "" : m.group(8);
    Semver s = new Semver(seg(m.group(1)), seg(m.group(2)), seg(m.group(3)), pre, meta, v);
    if (!pre.isEmpty()) {
      for (String p : pre.split("\\.", -1)) {
        if (p.matches("[0-9]+") && p.length() > 1 && p.charAt(0) == '0') {
          throw new FuncException("Version segment starts with 0");
        }
      }
    }
    return s;
  }

  private static BigInteger seg(String g) throws FuncException {
    if (g == null) {
      return BigInteger.ZERO;
    }
    BigInteger b = new BigInteger(g.startsWith(".") ? g.substring(1) : g);
    if (b.compareTo(MAX_U64) > 0) {
      throw new FuncException("Error parsing version segment: value out of range");
    }
    return b;
  }

  @Override
  public GoType goType() {
    return POINTER;
  }

  @Override
  public String format() {
    String s = major + "." + minor + "." + patch;
    if (!pre.isEmpty()) {
      s += "-" + pre;
    }
    if (!metadata.isEmpty()) {
      s += "+" + metadata;
    }
    return s;
  }

  @Override
  public String toJson() {
    StringBuilder sb = new StringBuilder();
    Json.appendString(sb, format(), true);
    return sb.toString();
  }

  int compare(Semver o) {
    int d = major.compareTo(o.major);
    if (d == 0) {
      d = minor.compareTo(o.minor);
    }
    if (d == 0) {
      d = patch.compareTo(o.patch);
    }
    if (d != 0) {
      return Integer.signum(d);
    }
    if (pre.isEmpty() && o.pre.isEmpty()) {
      return 0;
    }
    if (pre.isEmpty()) {
      return 1;
    }
    if (o.pre.isEmpty()) {
      return -1;
    }
    return comparePrerelease(pre, o.pre);
  }

  static int comparePrerelease(String v, String o) {
    String[] s = v.split("\\.", -1);
    String[] t = o.split("\\.", -1);
    for (int i = 0; i < Math.max(s.length, t.length); i++) {
      int d = comparePart(i < s.length ? s[i] : "", i < t.length ? t[i] : "");
      if (d != 0) {
        return d;
      }
    }
    return 0;
  }

  private static int comparePart(String s, String o) {
    if (s.equals(o)) {
      return 0;
    }
    if (s.isEmpty()) {
      return -1;
    }
    if (o.isEmpty()) {
      return 1;
    }
    boolean sn = s.matches("[0-9]+") && new BigInteger(s).compareTo(MAX_U64) <= 0;
    boolean on = o.matches("[0-9]+") && new BigInteger(o).compareTo(MAX_U64) <= 0;
    if (!sn && !on) {
      return s.compareTo(o) > 0 ? 1 : -1;
    } else if (!on) {
      return -1;
    } else if (!sn) {
      return 1;
    }
    return new BigInteger(s).compareTo(new BigInteger(o)) > 0 ? 1 : -1;
  }

  private String vPrefix() {
    return original.startsWith("v") ? "v" : "";
  }

  private Semver inc(int which) {
    if (which == 2 && !pre.isEmpty()) {
      return withOriginal(new Semver(major, minor, patch, "", "", ""));
    }
    Semver n =
        switch (which) {
          case 0 ->
              new Semver(major.add(BigInteger.ONE), BigInteger.ZERO, BigInteger.ZERO, "", "", "");
          case 1 -> new Semver(major, minor.add(BigInteger.ONE), BigInteger.ZERO, "", "", "");
          default -> new Semver(major, minor, patch.add(BigInteger.ONE), "", "", "");
        };
    return withOriginal(n);
  }

  private Semver withOriginal(Semver n) {
    return new Semver(n.major, n.minor, n.patch, n.pre, n.metadata, vPrefix() + n.format());
  }

  @Override
  public GoFunc method(String name) {
    return switch (name) {
      case "Major" -> GoFunc.of(name, a -> new GoInt(GoType.UINT64, major.longValue()));
      case "Minor" -> GoFunc.of(name, a -> new GoInt(GoType.UINT64, minor.longValue()));
      case "Patch" -> GoFunc.of(name, a -> new GoInt(GoType.UINT64, patch.longValue()));
      case "Prerelease" -> GoFunc.of(name, a -> pre);
      case "Metadata" -> GoFunc.of(name, a -> metadata);
      case "Original" -> GoFunc.of(name, a -> original);
      case "String" -> GoFunc.of(name, a -> format());
      case "IncMajor" -> GoFunc.of(name, a -> inc(0));
      case "IncMinor" -> GoFunc.of(name, a -> inc(1));
      case "IncPatch" -> GoFunc.of(name, a -> inc(2));
      case "LessThan" -> GoFunc.of(name, a -> compare((Semver) a[0]) < 0, POINTER);
      case "LessThanEqual" -> GoFunc.of(name, a -> compare((Semver) a[0]) <= 0, POINTER);
      case "GreaterThan" -> GoFunc.of(name, a -> compare((Semver) a[0]) > 0, POINTER);
      case "GreaterThanEqual" -> GoFunc.of(name, a -> compare((Semver) a[0]) >= 0, POINTER);
      case "Equal" -> GoFunc.of(name, a -> compare((Semver) a[0]) == 0, POINTER);
      case "Compare" -> GoFunc.of(name, a -> (long) compare((Semver) a[0]), POINTER);
      default -> null;
    };
  }
}
