package io.jeso.template.funcs;

import io.jeso.template.exec.FuncException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masterminds/semver v3 constraints (as sprig's semverCompare checks them). */
final class SemverConstraints {
  private static final String CV =
      "v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?"
          + "(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?";
  private static final String OPS = "=||!=|>|<|>=|=>|<=|=<|~|~>|\\^";
  private static final Pattern CONSTRAINT =
      Pattern.compile("^\\s*(" + OPS + ")\\s*(" + CV + ")\\s*$");
  private static final Pattern RANGE = Pattern.compile("\\s*(" + CV + ")\\s+-\\s+(" + CV + ")\\s*");
  private static final Pattern FIND = Pattern.compile("(" + OPS + ")\\s*(" + CV + ")");
  private static final Pattern VALID =
      Pattern.compile(
          "^(\\s*("
              + OPS
              + ")\\s*("
              + CV
              + ")\\s*)((?:\\s+|,\\s*)("
              + OPS
              + ")\\s*("
              + CV
              + ")\\s*)*$");

  private record Constraint(
      Semver con, String orig, String op, boolean minorDirty, boolean dirty, boolean patchDirty) {}

  private SemverConstraints() {}

  static boolean check(String constraint, Semver v) throws FuncException {
    String c = rewriteRange(constraint);
    for (String or : c.split("\\|\\|", -1)) {
      if (!VALID.matcher(or).matches()) {
        throw new FuncException("improper constraint: " + or);
      }
      List<Constraint> all = new ArrayList<>();
      Matcher m = FIND.matcher(or);
      while (m.find()) {
        all.add(parse(m.group()));
      }
      if (all.isEmpty()) {
        all.add(parse(or));
      }
      boolean joy = true;
      for (Constraint k : all) {
        if (!eval(v, k)) {
          joy = false;
          break;
        }
      }
      if (joy) {
        return true;
      }
    }
    return false;
  }

  private static String rewriteRange(String i) {
    Matcher m = RANGE.matcher(i);
    String o = i;
    while (m.find()) {
      o =
          o.replaceFirst(
              Pattern.quote(m.group()),
              java.util.regex.Matcher.quoteReplacement(
                  ">= " + m.group(1) + ", <= " + m.group(11) + " "));
    }
    return o;
  }

  private static boolean isX(String s) {
    return s.equals("x") || s.equals("*") || s.equals("X");
  }

  private static Constraint parse(String c) throws FuncException {
    if (c.isEmpty()) {
      return new Constraint(Semver.parse("0.0.0"), c, "", false, true, false);
    }
    Matcher m = CONSTRAINT.matcher(c);
    if (!m.matches()) {
      throw new FuncException("improper constraint: " + c);
    }
    String g3 = nz(m.group(3));
    String g4 = nz(m.group(4));
    String g5 = nz(m.group(5));
    String g6 = nz(m.group(6));
    String ver = m.group(2);
    boolean minorDirty = false;
    boolean patchDirty = false;
    boolean dirty = false;
    if (isX(g3) || g3.isEmpty()) {
      ver = "0.0.0" + g6;
      dirty = true;
    } else if (isX(trimDot(g4)) || g4.isEmpty()) {
      minorDirty = true;
      dirty = true;
      ver = g3 + ".0.0" + g6;
    } else if (isX(trimDot(g5)) || g5.isEmpty()) {
      dirty = true;
      patchDirty = true;
      ver = g3 + g4 + ".0" + g6;
    }
    Semver con;
    try {
      con = Semver.parse(ver);
    } catch (FuncException e) {
      throw new FuncException("constraint Parser Error");
    }
    return new Constraint(con, m.group(2), m.group(1), minorDirty, dirty, patchDirty);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String trimDot(String s) {
    return s.startsWith(".") ? s.substring(1) : s;
  }

  private static boolean eval(Semver v, Constraint c) {
    return switch (c.op()) {
      case "", "=" -> tildeOrEqual(v, c);
      case "!=" -> notEqual(v, c);
      case ">" -> greaterThan(v, c);
      case "<" -> preOk(v, c) && v.compare(c.con()) < 0;
      case ">=", "=>" -> preOk(v, c) && v.compare(c.con()) >= 0;
      case "<=", "=<" -> lessThanEqual(v, c);
      case "~", "~>" -> tilde(v, c);
      default -> caret(v, c);
    };
  }

  private static boolean preOk(Semver v, Constraint c) {
    return v.pre().isEmpty() || !c.con().pre().isEmpty();
  }

  private static boolean notEqual(Semver v, Constraint c) {
    Semver k = c.con();
    if (c.dirty()) {
      if (!v.pre().isEmpty() && k.pre().isEmpty()) {
        return false;
      }
      if (!k.major().equals(v.major())) {
        return true;
      }
      if (!k.minor().equals(v.minor()) && !c.minorDirty()) {
        return true;
      } else if (c.minorDirty()) {
        return false;
      } else if (!k.patch().equals(v.patch()) && !c.patchDirty()) {
        return true;
      } else if (c.patchDirty()) {
        if (!v.pre().isEmpty() || !k.pre().isEmpty()) {
          return Semver.comparePrerelease(v.pre(), k.pre()) != 0;
        }
        return false;
      }
    }
    return v.compare(k) != 0;
  }

  private static boolean greaterThan(Semver v, Constraint c) {
    if (!preOk(v, c)) {
      return false;
    }
    Semver k = c.con();
    if (!c.dirty()) {
      return v.compare(k) == 1;
    }
    int maj = v.major().compareTo(k.major());
    if (maj > 0) {
      return true;
    } else if (maj < 0 || c.minorDirty()) {
      return false;
    } else if (c.patchDirty()) {
      return v.minor().compareTo(k.minor()) > 0;
    }
    return v.compare(k) == 1;
  }

  private static boolean lessThanEqual(Semver v, Constraint c) {
    if (!preOk(v, c)) {
      return false;
    }
    Semver k = c.con();
    if (!c.dirty()) {
      return v.compare(k) <= 0;
    }
    int maj = v.major().compareTo(k.major());
    if (maj > 0) {
      return false;
    }
    return !(maj == 0 && v.minor().compareTo(k.minor()) > 0 && !c.minorDirty());
  }

  private static boolean tilde(Semver v, Constraint c) {
    if (!preOk(v, c)) {
      return false;
    }
    Semver k = c.con();
    if (v.compare(k) < 0) {
      return false;
    }
    if (k.major().signum() == 0
        && k.minor().signum() == 0
        && k.patch().signum() == 0
        && !c.minorDirty()
        && !c.patchDirty()) {
      return true;
    }
    if (!v.major().equals(k.major())) {
      return false;
    }
    return v.minor().equals(k.minor()) || c.minorDirty();
  }

  private static boolean tildeOrEqual(Semver v, Constraint c) {
    if (!preOk(v, c)) {
      return false;
    }
    if (c.dirty()) {
      return tilde(v, c);
    }
    return v.compare(c.con()) == 0;
  }

  private static boolean caret(Semver v, Constraint c) {
    if (!preOk(v, c)) {
      return false;
    }
    Semver k = c.con();
    if (v.compare(k) < 0) {
      return false;
    }
    if (k.major().signum() > 0 || c.minorDirty()) {
      return v.major().equals(k.major());
    }
    if (k.major().signum() == 0 && v.major().signum() > 0) {
      return false;
    }
    if (k.minor().signum() > 0 || c.patchDirty()) {
      return v.minor().equals(k.minor());
    }
    if (k.minor().signum() == 0 && v.minor().signum() > 0) {
      return false;
    }
    return k.patch().equals(v.patch());
  }
}
