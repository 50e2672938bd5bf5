package io.jeso.template.exec;

import io.jeso.template.parse.BStr;
import io.jeso.template.parse.Strconv;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Go's fmt package (Sprint, Sprintln, Sprintf) over the engine's values; strings are byte strings.
 */
public final class GoFmt {
  private static final String LDIGITS = "0123456789abcdefx";
  private static final String UDIGITS = "0123456789ABCDEFX";

  private final StringBuilder buf = new StringBuilder();
  private boolean widPresent;
  private boolean precPresent;
  private boolean minus;
  private boolean plus;
  private boolean sharp;
  private boolean space;
  private boolean zero;
  private boolean plusV;
  private boolean sharpV;
  private int wid;
  private int prec;

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

  private void clearFlags() {
    widPresent = false;
    precPresent = false;
    minus = false;
    plus = false;
    sharp = false;
    space = false;
    zero = false;
    plusV = false;
    sharpV = false;
    wid = 0;
    prec = 0;
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

  private void badVerb(int verb, Object arg) {
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

  // ---- padding

  private void writePadding(int n) {
    if (n <= 0) {
      return;
    }
    char pad = zero && !minus ? '0' : ' ';
    for (int i = 0; i < n; i++) {
      buf.append(pad);
    }
  }

  private void padString(String s) {
    if (!widPresent || wid == 0) {
      buf.append(s);
      return;
    }
    int width = wid - BStr.runeCount(s);
    if (!minus) {
      writePadding(width);
      buf.append(s);
    } else {
      buf.append(s);
      writePadding(width);
    }
  }

  // ---- integers

  private void fmtInteger(long v, boolean signed, int verb, Object arg) {
    switch (verb) {
      case 'v' -> {
        if (sharpV && !signed) {
          fmt0x64(v, true);
        } else {
          fmtInt(v, 10, signed, verb, LDIGITS);
        }
      }
      case 'd' -> fmtInt(v, 10, signed, verb, LDIGITS);
      case 'b' -> fmtInt(v, 2, signed, verb, LDIGITS);
      case 'o', 'O' -> fmtInt(v, 8, signed, verb, LDIGITS);
      case 'x' -> fmtInt(v, 16, signed, verb, LDIGITS);
      case 'X' -> fmtInt(v, 16, signed, verb, UDIGITS);
      case 'c' -> fmtC(v, signed);
      case 'q' -> fmtQc(v, signed);
      case 'U' -> fmtUnicode(v);
      default -> badVerb(verb, arg);
    }
  }

  private void fmt0x64(long v, boolean leading0x) {
    boolean s = sharp;
    sharp = leading0x;
    fmtInt(v, 16, false, 'v', LDIGITS);
    sharp = s;
  }

  private void fmtInt(long value, int base, boolean signed, int verb, String digits) {
    boolean negative = signed && value < 0;
    java.math.BigInteger u =
        negative
            ? java.math.BigInteger.valueOf(value).negate()
            : new java.math.BigInteger(Long.toUnsignedString(value));
    int p = 0;
    if (precPresent) {
      p = prec;
      if (p == 0 && u.signum() == 0) {
        boolean oldZero = zero;
        zero = false;
        writePadding(wid);
        zero = oldZero;
        return;
      }
    } else if (zero && !minus && widPresent) {
      p = wid;
      if (negative || plus || space) {
        p--;
      }
    }
    String num = u.toString(base);
    if (digits == UDIGITS) {
      num = num.toUpperCase(java.util.Locale.ROOT);
    }
    StringBuilder sb = new StringBuilder();
    for (int k = num.length(); k < p; k++) {
      sb.append('0');
    }
    sb.append(num);
    String body = sb.toString();
    if (sharp) {
      switch (base) {
        case 2 -> body = "0b" + body;
        case 8 -> {
          if (body.charAt(0) != '0') {
            body = "0" + body;
          }
        }
        case 16 -> body = "0" + digits.charAt(16) + body;
        default -> {}
      }
    }
    if (verb == 'O') {
      body = "0o" + body;
    }
    if (negative) {
      body = "-" + body;
    } else if (plus) {
      body = "+" + body;
    } else if (space) {
      body = " " + body;
    }
    boolean oldZero = zero;
    zero = false;
    padString(body);
    zero = oldZero;
  }

  private static int toRune(long c, boolean signed) {
    if ((!signed && (c < 0 || c > 0x10FFFF))
        || (signed && (c < Integer.MIN_VALUE || c > 0x10FFFF))) {
      return BStr.RUNE_ERROR;
    }
    return (int) c;
  }

  private void fmtC(long c, boolean signed) {
    padString(BStr.encodeRune(toRune(c, signed)));
  }

  private void fmtQc(long c, boolean signed) {
    int r = toRune(c, signed);
    if (r < 0 || (r >= 0xD800 && r <= 0xDFFF)) {
      r = BStr.RUNE_ERROR;
    }
    padString(plus ? Strconv.quoteRuneToAscii(r) : Strconv.quoteRune(r));
  }

  private void fmtUnicode(long u) {
    int p = 4;
    if (precPresent && prec > 4) {
      p = prec;
    }
    String hex = Long.toHexString(u).toUpperCase(java.util.Locale.ROOT);
    StringBuilder sb = new StringBuilder("U+");
    for (int k = hex.length(); k < p; k++) {
      sb.append('0');
    }
    sb.append(hex);
    if (sharp && u >= 0 && u <= 0x10FFFF && Strconv.isPrint((int) u)) {
      sb.append(" '");
      BStr.appendRune(sb, (int) u);
      sb.append('\'');
    }
    boolean oldZero = zero;
    zero = false;
    padString(sb.toString());
    zero = oldZero;
  }

  // ---- floats

  private void fmtFloatVerb(double v, int verb, Object arg) {
    switch (verb) {
      case 'v' -> fmtFloat(v, 'g', -1);
      case 'g', 'G', 'x', 'X' -> fmtFloat(v, (char) verb, -1);
      case 'f', 'e', 'E' -> fmtFloat(v, (char) verb, 6);
      case 'F' -> fmtFloat(v, 'f', 6);
      default -> badVerb(verb, arg);
    }
  }

  private void fmtFloat(double v, char verb, int p) {
    if (precPresent) {
      p = prec;
    }
    String s = GoFloat.format(v, verb, p);
    StringBuilder num = new StringBuilder();
    if (s.charAt(0) == '-' || s.charAt(0) == '+') {
      num.append(s);
    } else {
      num.append('+').append(s);
    }
    if (space && num.charAt(0) == '+' && !plus) {
      num.setCharAt(0, ' ');
    }
    if (num.charAt(1) == 'I' || num.charAt(1) == 'N') {
      boolean oldZero = zero;
      zero = false;
      String out = num.toString();
      if (num.charAt(1) == 'N' && !space && !plus) {
        out = out.substring(1);
      }
      padString(out);
      zero = oldZero;
      return;
    }
    if (sharp) {
      sharpFloat(num, verb, p);
    }
    if (plus || num.charAt(0) != '+') {
      if (zero && !minus && widPresent && wid > num.length()) {
        buf.append(num.charAt(0));
        writePadding(wid - num.length());
        buf.append(num, 1, num.length());
        return;
      }
      padString(num.toString());
      return;
    }
    padString(num.substring(1));
  }

  private static void sharpFloat(StringBuilder num, char verb, int p) {
    int digits = 0;
    if (verb == 'v' || verb == 'g' || verb == 'G') {
      digits = p == -1 ? 6 : p;
    }
    String tail = "";
    boolean hasDecimalPoint = false;
    boolean sawNonzeroDigit = false;
    for (int i = 1; i < num.length(); i++) {
      char c = num.charAt(i);
      if (c == '.') {
        hasDecimalPoint = true;
      } else if (c == 'e' || c == 'E') {
        tail = num.substring(i);
        num.setLength(i);
        break;
      } else {
        if (c != '0') {
          sawNonzeroDigit = true;
        }
        if (sawNonzeroDigit) {
          digits--;
        }
      }
    }
    if (!hasDecimalPoint) {
      if (num.length() == 2 && num.charAt(1) == '0') {
        digits--;
      }
      num.append('.');
    }
    while (digits > 0) {
      num.append('0');
      digits--;
    }
    num.append(tail);
  }

  // ---- strings and bytes

  private void fmtString(String s, int verb, Object arg) {
    switch (verb) {
      case 'v' -> {
        if (sharpV) {
          fmtQ(s);
        } else {
          fmtS(s);
        }
      }
      case 's' -> fmtS(s);
      case 'x' -> fmtSx(s, LDIGITS);
      case 'X' -> fmtSx(s, UDIGITS);
      case 'q' -> fmtQ(s);
      default -> badVerb(verb, arg);
    }
  }

  private String truncate(String s) {
    if (precPresent) {
      int n = prec;
      int i = 0;
      while (i < s.length()) {
        n--;
        if (n < 0) {
          return s.substring(0, i);
        }
        i += Math.max(1, BStr.width(BStr.decodeRune(s, i)));
      }
    }
    return s;
  }

  private void fmtS(String s) {
    padString(truncate(s));
  }

  private void fmtSx(String s, String digits) {
    int length = s.length();
    if (precPresent && prec < length) {
      length = prec;
    }
    int width = 2 * length;
    if (width > 0) {
      if (space) {
        if (sharp) {
          width *= 2;
        }
        width += length - 1;
      } else if (sharp) {
        width += 2;
      }
    } else {
      if (widPresent) {
        writePadding(wid);
      }
      return;
    }
    if (widPresent && wid > width && !minus) {
      writePadding(wid - width);
    }
    if (sharp) {
      buf.append('0').append(digits.charAt(16));
    }
    for (int i = 0; i < length; i++) {
      if (space && i > 0) {
        buf.append(' ');
        if (sharp) {
          buf.append('0').append(digits.charAt(16));
        }
      }
      int c = s.charAt(i) & 0xFF;
      buf.append(digits.charAt(c >> 4)).append(digits.charAt(c & 0xF));
    }
    if (widPresent && wid > width && minus) {
      writePadding(wid - width);
    }
  }

  private void fmtQ(String s) {
    s = truncate(s);
    if (sharp && canBackquote(s)) {
      padString("`" + s + "`");
      return;
    }
    padString(plus ? Strconv.quoteToAscii(s) : Strconv.quote(s));
  }

  private static boolean canBackquote(String s) {
    int i = 0;
    while (i < s.length()) {
      long rw = BStr.decodeRune(s, i);
      int r = BStr.rune(rw);
      int w = BStr.width(rw);
      i += w;
      if (w > 1) {
        if (r == 0xFEFF) {
          return false;
        }
        continue;
      }
      if (r == BStr.RUNE_ERROR) {
        return false;
      }
      if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) {
        return false;
      }
    }
    return true;
  }

  private void fmtBytes(byte[] v, int verb, String typeString, Object arg) {
    switch (verb) {
      case 'v', 'd' -> {
        if (sharpV) {
          buf.append(typeString).append('{');
          for (int i = 0; i < v.length; i++) {
            if (i > 0) {
              buf.append(", ");
            }
            fmt0x64(v[i] & 0xFF, true);
          }
          buf.append('}');
        } else {
          buf.append('[');
          for (int i = 0; i < v.length; i++) {
            if (i > 0) {
              buf.append(' ');
            }
            fmtInt(v[i] & 0xFF, 10, false, verb, LDIGITS);
          }
          buf.append(']');
        }
      }
      case 's' -> fmtS(BStr.of(v));
      case 'x' -> fmtSx(BStr.of(v), LDIGITS);
      case 'X' -> fmtSx(BStr.of(v), UDIGITS);
      case 'q' -> fmtQ(BStr.of(v));
      default -> badVerb(verb, arg);
    }
  }
}
