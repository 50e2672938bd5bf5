package io.jeso.template.parse;

/** Go's strconv quoting and unquoting, on byte strings. */
public final class Strconv {
  private static final String HEX = "0123456789abcdef";

  private Strconv() {}

  /** Thrown for Go's strconv.ErrSyntax. */
  public static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    SyntaxException() {
      super("invalid syntax");
    }
  }

  /** unicode.IsPrint, approximated with Java's Unicode tables. */
  public static boolean isPrint(int r) {
    if (r < 0x20 || r == 0x7F) {
      return false;
    }
    if (r < 0x7F) {
      return true;
    }
    if (r == 0xFFFD) {
      return true;
    }
    if (!Character.isValidCodePoint(r)) {
      return false;
    }
    switch (Character.getType(r)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR -> {
        return false;
      }
      default -> {
        return true;
      }
    }
  }

  /** unicode.IsGraphic: like IsPrint but also the Unicode space separators. */
  public static boolean isGraphic(int r) {
    return isPrint(r) || (r > 0x7F && Character.getType(r) == Character.SPACE_SEPARATOR);
  }

  /** strconv.Quote. */
  public static String quote(String s) {
    return quoteWith(s, '"', false, false);
  }

  /** strconv.QuoteToASCII. */
  public static String quoteToAscii(String s) {
    return quoteWith(s, '"', true, false);
  }

  /** strconv.QuoteRune. */
  public static String quoteRune(int r) {
    return quoteWith(BStr.encodeRune(r), '\'', false, false);
  }

  /** strconv.QuoteRuneToASCII. */
  public static String quoteRuneToAscii(int r) {
    return quoteWith(BStr.encodeRune(r), '\'', true, false);
  }

  /** Go's quoteWith over a byte string. */
  public static String quoteWith(String s, char q, boolean ascii, boolean graphicOnly) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    sb.append(q);
    int i = 0;
    while (i < s.length()) {
      long rw = BStr.decodeRune(s, i);
      int r = BStr.rune(rw);
      int w = BStr.width(rw);
      if (w == 1 && r == BStr.RUNE_ERROR) {
        sb.append("\\x");
        int b = s.charAt(i);
        sb.append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xF));
        i++;
        continue;
      }
      appendEscapedRune(sb, r, q, ascii, graphicOnly);
      i += w;
    }
    sb.append(q);
    return sb.toString();
  }

  private static void appendEscapedRune(
      StringBuilder sb, int r, char q, boolean ascii, boolean graphicOnly) {
    if (r == q || r == '\\') {
      sb.append('\\').append((char) r);
      return;
    }
    if (ascii) {
      if (r < 0x80 && isPrint(r)) {
        sb.append((char) r);
        return;
      }
    } else if (isPrint(r) || (graphicOnly && isGraphic(r))) {
      BStr.appendRune(sb, r);
      return;
    }
    switch (r) {
      case 7 -> sb.append("\\a");
      case '\b' -> sb.append("\\b");
      case '\f' -> sb.append("\\f");
      case '\n' -> sb.append("\\n");
      case '\r' -> sb.append("\\r");
      case '\t' -> sb.append("\\t");
      case 11 -> sb.append("\\v");
      default -> {
        if (r < ' ' || r == 0x7F) {
          sb.append("\\x").append(HEX.charAt(r >> 4)).append(HEX.charAt(r & 0xF));
        } else if (!Character.isValidCodePoint(r) || (r >= 0xD800 && r <= 0xDFFF)) {
          sb.append("\\ufffd");
        } else if (r < 0x10000) {
          sb.append("\\u");
          hex(sb, r, 4);
        } else {
          sb.append("\\U");
          hex(sb, r, 8);
        }
      }
    }
  }

  private static void hex(StringBuilder sb, int r, int digits) {
    for (int s = (digits - 1) * 4; s >= 0; s -= 4) {
      sb.append(HEX.charAt((r >> s) & 0xF));
    }
  }

  /** strconv.Unquote for "..." , `...` and '...' literals (byte strings in and out). */
  public static String unquote(String in) throws SyntaxException {
    int n = in.length();
    if (n < 2) {
      throw new SyntaxException();
    }
    char quote = in.charAt(0);
    if (quote != in.charAt(n - 1)) {
      throw new SyntaxException();
    }
    String s = in.substring(1, n - 1);
    if (quote == '`') {
      if (s.indexOf('`') >= 0) {
        throw new SyntaxException();
      }
      if (s.indexOf('\r') >= 0) {
        return s.replace("\r", "");
      }
      return s;
    }
    if (quote != '"' && quote != '\'') {
      throw new SyntaxException();
    }
    if (s.indexOf('\n') >= 0) {
      throw new SyntaxException();
    }
    StringBuilder sb = new StringBuilder(s.length());
    int[] pos = {0};
    while (pos[0] < s.length()) {
      if (quote == '\'' && sb.length() > 0) {
        throw new SyntaxException();
      }
      unquoteChar(s, pos, quote, sb);
    }
    if (quote == '\'' && (sb.length() == 0 || BStr.runeCount(sb.toString()) != 1)) {
      throw new SyntaxException();
    }
    return sb.toString();
  }

  /**
   * strconv.UnquoteChar: decodes one (possibly escaped) character at pos[0], appends its UTF-8
   * bytes and advances.
   */
  public static void unquoteChar(String s, int[] pos, char quote, StringBuilder out)
      throws SyntaxException {
    int i = pos[0];
    char c = s.charAt(i);
    if (c == quote && (quote == '\'' || quote == '"')) {
      throw new SyntaxException();
    }
    if (c >= 0x80) {
      long rw = BStr.decodeRune(s, i);
      out.append(s, i, i + BStr.width(rw));
      pos[0] = i + BStr.width(rw);
      return;
    }
    if (c != '\\') {
      out.append(c);
      pos[0] = i + 1;
      return;
    }
    if (i + 1 >= s.length()) {
      throw new SyntaxException();
    }
    char e = s.charAt(i + 1);
    i += 2;
    switch (e) {
      case 'a' -> out.append((char) 7);
      case 'b' -> out.append('\b');
      case 'f' -> out.append('\f');
      case 'n' -> out.append('\n');
      case 'r' -> out.append('\r');
      case 't' -> out.append('\t');
      case 'v' -> out.append((char) 11);
      case 'x', 'u', 'U', '0', '1', '2', '3', '4', '5', '6', '7' -> i = numericEscape(s, i, e, out);
      case '\\' -> out.append('\\');
      case '\'', '"' -> {
        if (e != quote) {
          throw new SyntaxException();
        }
        out.append(e);
      }
      default -> throw new SyntaxException();
    }
    pos[0] = i;
  }

  private static int numericEscape(String s, int i, char e, StringBuilder out)
      throws SyntaxException {
    if (e >= '0' && e <= '7') {
      int v = e - '0';
      if (i + 2 > s.length()) {
        throw new SyntaxException();
      }
      for (int k = 0; k < 2; k++) {
        int d = s.charAt(i + k) - '0';
        if (d < 0 || d > 7) {
          throw new SyntaxException();
        }
        v = (v << 3) | d;
      }
      if (v > 255) {
        throw new SyntaxException();
      }
      out.append((char) v);
      return i + 2;
    }
    int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
    if (i + len > s.length()) {
      throw new SyntaxException();
    }
    int v = 0;
    for (int k = 0; k < len; k++) {
      int d = Character.digit(s.charAt(i + k), 16);
      if (d < 0) {
        throw new SyntaxException();
      }
      v = (v << 4) | d;
    }
    if (e == 'x') {
      out.append((char) v);
    } else {
      if (v > 0x10FFFF || v < 0 || (v >= 0xD800 && v <= 0xDFFF)) {
        throw new SyntaxException();
      }
      BStr.appendRune(out, v);
    }
    return i + len;
  }
}
