package io.jeso.template.exec;

import io.jeso.template.parse.BStr;
import io.jeso.template.parse.Strconv;

/** Go fmt's integer and floating-point verbs. */
abstract class FmtNumbers extends FmtState {
  // ---- integers

  void fmtInteger(long v, boolean signed, int verb, Object arg) {
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

  void fmt0x64(long v, boolean leading0x) {
    boolean s = sharp;
    sharp = leading0x;
    fmtInt(v, 16, false, 'v', LDIGITS);
    sharp = s;
  }

  void fmtInt(long value, int base, boolean signed, int verb, String digits) {
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

  static int toRune(long c, boolean signed) {
    if ((!signed && (c < 0 || c > 0x10FFFF))
        || (signed && (c < Integer.MIN_VALUE || c > 0x10FFFF))) {
      return BStr.RUNE_ERROR;
    }
    return (int) c;
  }

  void fmtC(long c, boolean signed) {
    padString(BStr.encodeRune(toRune(c, signed)));
  }

  void fmtQc(long c, boolean signed) {
    int r = toRune(c, signed);
    if (r < 0 || (r >= 0xD800 && r <= 0xDFFF)) {
      r = BStr.RUNE_ERROR;
    }
    padString(plus ? Strconv.quoteRuneToAscii(r) : Strconv.quoteRune(r));
  }

  void fmtUnicode(long u) {
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

  void fmtFloatVerb(double v, int verb, Object arg) {
    switch (verb) {
      case 'v' -> fmtFloat(v, 'g', -1);
      case 'g', 'G', 'x', 'X' -> fmtFloat(v, (char) verb, -1);
      case 'f', 'e', 'E' -> fmtFloat(v, (char) verb, 6);
      case 'F' -> fmtFloat(v, 'f', 6);
      default -> badVerb(verb, arg);
    }
  }

  void fmtFloat(double v, char verb, int p) {
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

  static void sharpFloat(StringBuilder num, char verb, int p) {
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
}
