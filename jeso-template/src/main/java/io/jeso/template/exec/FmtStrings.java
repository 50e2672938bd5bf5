package io.jeso.template.exec;

import io.jeso.template.parse.BStr;
import io.jeso.template.parse.Strconv;

/** Go fmt's string and byte-slice verbs. */
abstract class FmtStrings extends FmtNumbers {
  // ---- strings and bytes

  void fmtString(String s, int verb, Object arg) {
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

  String truncate(String s) {
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

  void fmtS(String s) {
    padString(truncate(s));
  }

  void fmtSx(String s, String digits) {
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

  void fmtQ(String s) {
    s = truncate(s);
    if (sharp && canBackquote(s)) {
      padString("`" + s + "`");
      return;
    }
    padString(plus ? Strconv.quoteToAscii(s) : Strconv.quote(s));
  }

  static boolean canBackquote(String s) {
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

  void fmtBytes(byte[] v, int verb, String typeString, Object arg) {
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
