package io.jeso.template.exec;

import io.jeso.template.parse.BStr;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Go's fmt package (Sprint, Sprintln, Sprintf) over the engine's values; strings are byte strings.
 */
/**
 * Go's fmt package (Sprint, Sprintln, Sprintf) over the engine's values; strings are byte strings.
 */
public final class GoFmt extends FmtStrings {
  private GoFmt() {}

  /** fmt.Sprint. */
  public static String sprint(Object[] args) {
    GoFmt p = new GoFmt();
    boolean prevString = false;
    for (int i = 0; i < args.length; i++) {
      boolean isString = args[i] instanceof String;
      if (i > 0 && !isString && !prevString) {
        p.buf.append(' ');
      }
      p.printArg(args[i], 'v');
      prevString = isString;
    }
    return p.buf.toString();
  }

  /** fmt.Sprintln. */
  public static String sprintln(Object[] args) {
    GoFmt p = new GoFmt();
    for (int i = 0; i < args.length; i++) {
      if (i > 0) {
        p.buf.append(' ');
      }
      p.printArg(args[i], 'v');
    }
    p.buf.append('\n');
    return p.buf.toString();
  }

  /** fmt.Sprintf. */
  public static String sprintf(String format, Object[] args) {
    GoFmt p = new GoFmt();
    p.doPrintf(format, args);
    return p.buf.toString();
  }

  // ---- printf driver

  private int argNum;
  private boolean reordered;
  private boolean goodArgNum;
  private boolean afterIndex;

  private void doPrintf(String format, Object[] a) {
    int end = format.length();
    argNum = 0;
    afterIndex = false;
    reordered = false;
    int i = 0;
    formatLoop:
    while (i < end) {
      goodArgNum = true;
      int lasti = i;
      while (i < end && format.charAt(i) != '%') {
        i++;
      }
      if (i > lasti) {
        buf.append(format, lasti, i);
      }
      if (i >= end) {
        break;
      }
      i++;
      clearFlags();
      simple:
      for (; i < end; i++) {
        char c = format.charAt(i);
        switch (c) {
          case '#' -> sharp = true;
          case '0' -> zero = true;
          case '+' -> plus = true;
          case '-' -> minus = true;
          case ' ' -> space = true;
          default -> {
            if ('a' <= c && c <= 'z' && argNum < a.length) {
              if (c == 'v') {
                sharpV = sharp;
                sharp = false;
                plusV = plus;
                plus = false;
              }
              printArg(a[argNum], c);
              argNum++;
              i++;
              continue formatLoop;
            }
            break simple;
          }
        }
      }
      i = widthAndPrecision(format, i, end, a);
      if (!afterIndex) {
        i = argNumber(format, i, a.length);
      }
      if (i >= end) {
        buf.append("%!(NOVERB)");
        break;
      }
      long rw = BStr.decodeRune(format, i);
      int verb = BStr.rune(rw);
      i += BStr.width(rw);
      printVerb(verb, a);
      // widths and precisions up to Go's 1e6 each: many verbs could still add up
      ValueLimits.bytes(buf.length());
    }
    printExtra(a);
  }

  private void printVerb(int verb, Object[] a) {
    if (verb == '%') {
      buf.append('%');
    } else if (!goodArgNum) {
      buf.append("%!");
      BStr.appendRune(buf, verb);
      buf.append("(BADINDEX)");
    } else if (argNum >= a.length) {
      buf.append("%!");
      BStr.appendRune(buf, verb);
      buf.append("(MISSING)");
    } else {
      if (verb == 'v') {
        sharpV = sharp;
        sharp = false;
        plusV = plus;
        plus = false;
      }
      printArg(a[argNum], verb);
      argNum++;
    }
  }

  private int widthAndPrecision(String format, int i, int end, Object[] a) {
    i = argNumber(format, i, a.length);
    if (i < end && format.charAt(i) == '*') {
      i++;
      int[] r = intFromArg(a);
      wid = r[0];
      widPresent = r[1] == 1;
      if (!widPresent) {
        buf.append("%!(BADWIDTH)");
      }
      if (wid < 0) {
        wid = -wid;
        minus = true;
        zero = false;
      }
      afterIndex = false;
    } else {
      int[] r = parsenum(format, i, end);
      wid = r[0];
      widPresent = r[1] == 1;
      i = r[2];
      if (afterIndex && widPresent) {
        goodArgNum = false;
      }
    }
    if (i + 1 < end && format.charAt(i) == '.') {
      i++;
      if (afterIndex) {
        goodArgNum = false;
      }
      i = argNumber(format, i, a.length);
      if (i < end && format.charAt(i) == '*') {
        i++;
        int[] r = intFromArg(a);
        prec = r[0];
        precPresent = r[1] == 1;
        if (prec < 0) {
          prec = 0;
          precPresent = false;
        }
        if (!precPresent) {
          buf.append("%!(BADPREC)");
        }
        afterIndex = false;
      } else {
        int[] r = parsenum(format, i, end);
        prec = r[0];
        precPresent = r[1] == 1;
        i = r[2];
        if (!precPresent) {
          prec = 0;
          precPresent = true;
        }
      }
    }
    return i;
  }

  private void printExtra(Object[] a) {
    if (!reordered && argNum < a.length) {
      clearFlags();
      buf.append("%!(EXTRA ");
      for (int k = argNum; k < a.length; k++) {
        if (k > argNum) {
          buf.append(", ");
        }
        Object arg = a[k];
        if (arg == null || arg == Values.NIL_IFACE) {
          buf.append("<nil>");
        } else {
          buf.append(Values.typeOf(arg).name()).append('=');
          printArg(arg, 'v');
        }
      }
      buf.append(')');
    }
  }

  private int argNumber(String format, int i, int numArgs) {
    if (format.length() <= i || format.charAt(i) != '[') {
      afterIndex = false;
      return i;
    }
    reordered = true;
    // parseArgNumber
    String f = format.substring(i);
    int index = 0;
    int wd = 1;
    boolean ok = false;
    if (f.length() >= 3) {
      for (int k = 1; k < f.length(); k++) {
        if (f.charAt(k) == ']') {
          int[] r = parsenum(f, 1, k);
          if (r[1] != 1 || r[2] != k) {
            wd = k + 1;
          } else {
            index = r[0] - 1;
            wd = k + 1;
            ok = true;
          }
          break;
        }
      }
    }
    if (ok && 0 <= index && index < numArgs) {
      argNum = index;
      afterIndex = true;
      return i + wd;
    }
    goodArgNum = false;
    afterIndex = ok;
    return i + wd;
  }

  private int[] intFromArg(Object[] a) {
    int num = 0;
    boolean isInt = false;
    if (argNum < a.length) {
      Object v = a[argNum];
      if (v instanceof Long l) {
        num = (int) (long) l;
        isInt = l == num;
      } else if (v instanceof GoInt gi) {
        if (gi.isUnsigned()) {
          isInt = gi.value() >= 0 && gi.value() <= Integer.MAX_VALUE;
        } else {
          isInt = gi.value() == (int) gi.value();
        }
        num = (int) gi.value();
      }
      argNum++;
      if (num > 1_000_000 || num < -1_000_000) {
        num = 0;
        isInt = false;
      }
    }
    return new int[] {num, isInt ? 1 : 0};
  }

  private static int[] parsenum(String s, int start, int end) {
    if (start >= end) {
      return new int[] {0, 0, end};
    }
    int num = 0;
    boolean isnum = false;
    int i = start;
    for (; i < end && '0' <= s.charAt(i) && s.charAt(i) <= '9'; i++) {
      if (num > 1_000_000) {
        return new int[] {0, 0, end};
      }
      num = num * 10 + (s.charAt(i) - '0');
      isnum = true;
    }
    return new int[] {num, isnum ? 1 : 0, i};
  }

  // ---- printing arguments

  private void printArg(Object arg, int verb) {
    if (arg == null || arg == Values.NIL_IFACE) {
      if (verb == 'T' || verb == 'v') {
        padString("<nil>");
      } else {
        badVerb(verb, null);
      }
      return;
    }
    if (verb == 'T') {
      fmtS(Values.typeOf(arg).name());
      return;
    }
    if (verb == 'p') {
      badVerb(verb, arg);
      return;
    }
    printValue(arg, verb, 0);
  }

  private void printValue(Object v, int verb, int depth) {
    if (v == Values.NIL_IFACE) {
      buf.append(sharpV ? "interface {}(nil)" : "<nil>");
      return;
    }
    if (v == null) {
      if (verb == 'v') {
        buf.append("<nil>");
      } else {
        badVerb(verb, null);
      }
      return;
    }
    if (v instanceof Boolean b) {
      if (verb == 't' || verb == 'v') {
        padString(b ? "true" : "false");
      } else {
        badVerb(verb, v);
      }
    } else if (v instanceof Long l) {
      fmtInteger(l, true, verb, v);
    } else if (v instanceof GoInt gi) {
      fmtInteger(gi.value(), !gi.isUnsigned(), verb, v);
    } else if (v instanceof Double d) {
      fmtFloatVerb(d, verb, v);
    } else if (v instanceof String s) {
      fmtString(s, verb, v);
    } else if (v instanceof byte[] b) {
      fmtBytes(b, verb, "[]byte", v);
    } else if (v instanceof GoObject o) {
      printObject(o, verb);
    } else if (v instanceof Map<?, ?> m) {
      printMap(m, verb, depth);
    } else if (v instanceof List<?> l) {
      printList(l, verb, depth);
    } else {
      buf.append('?').append(v.getClass().getSimpleName()).append('?');
    }
  }

  private void printObject(GoObject o, int verb) {
    switch (verb) {
      case 'v', 's', 'x', 'X', 'q' -> fmtString(o.format(), verb, o);
      default -> badVerb(verb, o);
    }
  }

  private void printMap(Map<?, ?> m, int verb, int depth) {
    if (sharpV) {
      buf.append(Values.typeOf(m).name()).append('{');
    } else {
      buf.append("map[");
    }
    boolean first = true;
    boolean iface = !(m instanceof TypedMap);
    for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
      if (!first) {
        buf.append(sharpV ? ", " : " ");
      }
      first = false;
      printValue(e.getKey(), verb, depth + 1);
      buf.append(':');
      Object val = e.getValue();
      printValue(val == null && iface ? Values.NIL_IFACE : val, verb, depth + 1);
    }
    buf.append(sharpV ? '}' : ']');
  }

  private void printList(List<?> l, int verb, int depth) {
    if (l instanceof TypedList tl && tl.elem().kind() == GoType.Kind.UINT8) {
      if (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') {
        byte[] b = new byte[l.size()];
        for (int i = 0; i < b.length; i++) {
          b[i] = (byte) ((GoInt) l.get(i)).value();
        }
        fmtBytes(b, verb, "[]uint8", l);
        return;
      }
    }
    if (sharpV) {
      buf.append(Values.typeOf(l).name()).append('{');
    } else {
      buf.append('[');
    }
    for (int i = 0; i < l.size(); i++) {
      if (i > 0) {
        buf.append(sharpV ? ", " : " ");
      }
      Object e = l.get(i);
      printValue(e == null && !(l instanceof TypedList) ? Values.NIL_IFACE : e, verb, depth + 1);
    }
    buf.append(sharpV ? '}' : ']');
  }

  @Override
  void badVerb(int verb, Object arg) {
    buf.append("%!");
    BStr.appendRune(buf, verb);
    buf.append('(');
    if (arg != null && arg != Values.NIL_IFACE) {
      buf.append(Values.typeOf(arg).name()).append('=');
      printArg(arg, 'v');
    } else {
      buf.append("<nil>");
    }
    buf.append(')');
  }
}
