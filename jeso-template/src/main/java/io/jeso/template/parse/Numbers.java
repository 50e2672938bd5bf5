package io.jeso.template.parse;

import java.math.BigInteger;

/** Number literal interpretation, as Go's parse.newNumber with strconv's base-0 rules. */
public final class Numbers {
  private static final BigInteger MAX_U64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
  private static final BigInteger MIN_I64 = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX_I64 = BigInteger.valueOf(Long.MAX_VALUE);

  private Numbers() {}

  static Node.NumberNode newNumber(Tree t, int pos, String text, ItemType typ) {
    Node.NumberNode n = new Node.NumberNode(t, pos, text);
    if (typ == ItemType.CHAR_CONSTANT) {
      int r = charConstant(text);
      n.int64 = r;
      n.isInt = true;
      n.uint64 = r;
      n.isUint = true;
      n.float64 = r;
      n.isFloat = true;
      return n;
    }
    if (typ == ItemType.COMPLEX || text.endsWith("i")) {
      n.isComplex = true;
      return n;
    }
    BigInteger big = parseInteger(text);
    if (big != null && big.signum() >= 0 && big.compareTo(MAX_U64) <= 0) {
      n.isUint = true;
      n.uint64 = big.longValue();
    }
    if (big != null && big.compareTo(MIN_I64) >= 0 && big.compareTo(MAX_I64) <= 0) {
      n.isInt = true;
      n.int64 = big.longValue();
      if (n.int64 == 0) {
        n.isUint = true;
        n.uint64 = 0;
      }
    }
    if (n.isInt) {
      n.isFloat = true;
      n.float64 = n.int64;
    } else if (n.isUint) {
      n.isFloat = true;
      n.float64 = new BigInteger(Long.toUnsignedString(n.uint64)).doubleValue();
    } else {
      Double f = parseFloat(text);
      if (f != null) {
        if (!containsAny(text, ".eEpP")) {
          throw new IllegalArgumentException("integer overflow: " + Strconv.quote(text));
        }
        n.isFloat = true;
        n.float64 = f;
        if (!n.isInt && (double) (long) (double) f == f && Math.abs(f) < 0x1p63) {
          n.isInt = true;
          n.int64 = (long) (double) f;
        }
        if (!n.isUint && f >= 0 && f < 0x1p64 && f == Math.floor(f)) {
          n.isUint = true;
          n.uint64 = new java.math.BigDecimal(f).toBigInteger().longValue();
        }
      }
    }
    if (!n.isInt && !n.isUint && !n.isFloat) {
      throw new IllegalArgumentException("illegal number syntax: " + Strconv.quote(text));
    }
    return n;
  }

  private static boolean containsAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static int charConstant(String text) {
    String s = text.substring(1);
    int[] pos = {0};
    int r;
    try {
      if (s.charAt(0) == '\\') {
        r = escapedRune(s, pos);
      } else {
        if (s.charAt(0) == '\'') {
          throw new Strconv.SyntaxException();
        }
        long rw = BStr.decodeRune(s, 0);
        r = BStr.rune(rw);
        pos[0] = BStr.width(rw);
      }
    } catch (Strconv.SyntaxException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException("invalid syntax");
    }
    if (!s.substring(pos[0]).equals("'")) {
      throw new IllegalArgumentException("malformed character constant: " + text);
    }
    return r;
  }

  private static int escapedRune(String s, int[] pos) throws Strconv.SyntaxException {
    char e = s.charAt(1);
    if (e == 'x' || e == 'u' || e == 'U' || (e >= '0' && e <= '7')) {
      int len = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 3;
      int base = e >= '0' && e <= '7' ? 8 : 16;
      int start = base == 8 ? 1 : 2;
      if (start + len > s.length()) {
        throw new Strconv.SyntaxException();
      }
      int v = 0;
      for (int k = 0; k < len; k++) {
        int d = Character.digit(s.charAt(start + k), base);
        if (d < 0) {
          throw new Strconv.SyntaxException();
        }
        v = v * base + d;
      }
      if ((base == 8 && v > 255) || v > 0x10FFFF || (e != 'x' && v >= 0xD800 && v <= 0xDFFF)) {
        throw new Strconv.SyntaxException();
      }
      pos[0] = start + len;
      return v;
    }
    StringBuilder sb = new StringBuilder();
    Strconv.unquoteChar(s, pos, '\'', sb);
    return sb.charAt(0);
  }

  /** strconv.ParseInt(s, 0, 64) without the range check; null on syntax error. */
  public static BigInteger parseInteger(String s0) {
    String s = s0;
    boolean neg = false;
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      neg = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.isEmpty()) {
      return null;
    }
    int base = 10;
    String digits = s;
    if (s.charAt(0) == '0' && s.length() > 1) {
      char c = Character.toLowerCase(s.charAt(1));
      if (c == 'x' || c == 'o' || c == 'b') {
        base = c == 'x' ? 16 : c == 'o' ? 8 : 2;
        digits = s.substring(2);
      } else {
        base = 8;
        digits = s.substring(1);
      }
    }
    if (digits.indexOf('_') >= 0) {
      if (!underscoreOk(s0)) {
        return null;
      }
      digits = digits.replace("_", "");
    }
    if (digits.isEmpty()) {
      return null;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), base) < 0 || digits.charAt(i) > 'z') {
        return null;
      }
    }
    BigInteger v = new BigInteger(digits, base);
    return neg ? v.negate() : v;
  }

  /** strconv's underscoreOK. */
  static boolean underscoreOk(String s) {
    char saw = '^';
    int i = 0;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      s = s.substring(1);
    }
    boolean hex = false;
    if (s.length() >= 2 && s.charAt(0) == '0') {
      char c = Character.toLowerCase(s.charAt(1));
      if (c == 'b' || c == 'o' || c == 'x') {
        i = 2;
        saw = '0';
        hex = c == 'x';
      }
    }
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      char lc = Character.toLowerCase(c);
      if (('0' <= c && c <= '9') || (hex && 'a' <= lc && lc <= 'f')) {
        saw = '0';
        continue;
      }
      if (c == '_') {
        if (saw != '0') {
          return false;
        }
        saw = '_';
        continue;
      }
      if (saw == '_') {
        return false;
      }
      saw = '!';
    }
    return saw != '_';
  }

  /**
   * strconv.ParseFloat(s, 64) for literal syntax; null on syntax error; ±Inf on overflow is an
   * error too.
   */
  public static Double parseFloat(String s) {
    String t = s;
    if (t.indexOf('_') >= 0) {
      if (!underscoreOk(t)) {
        return null;
      }
      t = t.replace("_", "");
    }
    String body = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
    if (body.isEmpty()) {
      return null;
    }
    boolean hex =
        body.length() > 1
            && body.charAt(0) == '0'
            && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
    try {
      for (int i = 0; i < body.length(); i++) {
        char c = body.charAt(i);
        boolean ok =
            (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
        if (hex) {
          ok =
              ok
                  || (c >= 'a' && c <= 'f')
                  || (c >= 'A' && c <= 'F')
                  || c == 'x'
                  || c == 'X'
                  || c == 'p'
                  || c == 'P';
        }
        if (!ok) {
          return null;
        }
      }
      if (hex && body.indexOf('p') < 0 && body.indexOf('P') < 0) {
        return null;
      }
      if (!hex && (body.equals(".") || body.indexOf('p') >= 0)) {
        return null;
      }
      double d = Double.parseDouble(t);
      if (Double.isInfinite(d)) {
        return null;
      }
      return d;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
