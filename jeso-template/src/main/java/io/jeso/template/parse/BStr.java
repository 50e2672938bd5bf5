package io.jeso.template.parse;

import java.nio.charset.StandardCharsets;

/**
 * Go strings are byte sequences. Inside the engine a Go string is held as a Java {@link String}
 * whose chars are all in 0..255, one char per byte ("byte string"). Concatenation, comparison,
 * length, indexing and slicing then behave like Go's; functions that work on runes decode UTF-8
 * explicitly with {@link #decodeRune}.
 */
public final class BStr {
  /** Go's utf8.RuneError. */
  public static final int RUNE_ERROR = 0xFFFD;

  private BStr() {}

  /** Converts a Java (UTF-16) string to a byte string holding its UTF-8 encoding. */
  public static String of(String java) {
    if (isAscii(java)) {
      return java;
    }
    return new String(java.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  /** Wraps raw bytes as a byte string. */
  public static String of(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** The bytes of a byte string. */
  public static byte[] bytes(String b) {
    return b.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Decodes a byte string as UTF-8 into a Java string (invalid sequences become U+FFFD). */
  public static String toJava(String b) {
    if (isAscii(b)) {
      return b;
    }
    StringBuilder sb = new StringBuilder(b.length());
    int i = 0;
    while (i < b.length()) {
      long rw = decodeRune(b, i);
      sb.appendCodePoint(rune(rw));
      i += width(rw);
    }
    return sb.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The rune part of a {@link #decodeRune} result. */
  public static int rune(long rw) {
    return (int) (rw >>> 8);
  }

  /** The width part of a {@link #decodeRune} result. */
  public static int width(long rw) {
    return (int) (rw & 0xFF);
  }

  /**
   * Decodes one rune at {@code i} as Go's utf8.DecodeRuneInString does: returns (rune << 8 |
   * width); an invalid encoding yields (RuneError, 1); at the end of the string (RuneError, 0).
   */
  public static long decodeRune(String s, int i) {
    int n = s.length();
    if (i >= n) {
      return ((long) RUNE_ERROR << 8);
    }
    int c0 = s.charAt(i);
    if (c0 < 0x80) {
      return ((long) c0 << 8) | 1;
    }
    int need;
    int min;
    int r;
    if (c0 >= 0xC2 && c0 <= 0xDF) {
      need = 1;
      min = 0x80;
      r = c0 & 0x1F;
    } else if (c0 >= 0xE0 && c0 <= 0xEF) {
      need = 2;
      min = 0x800;
      r = c0 & 0x0F;
    } else if (c0 >= 0xF0 && c0 <= 0xF4) {
      need = 3;
      min = 0x10000;
      r = c0 & 0x07;
    } else {
      return ((long) RUNE_ERROR << 8) | 1;
    }
    for (int k = 1; k <= need; k++) {
      if (i + k >= n) {
        return ((long) RUNE_ERROR << 8) | 1;
      }
      int c = s.charAt(i + k);
      if ((c & 0xC0) != 0x80) {
        return ((long) RUNE_ERROR << 8) | 1;
      }
      r = (r << 6) | (c & 0x3F);
    }
    if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
      return ((long) RUNE_ERROR << 8) | 1;
    }
    return ((long) r << 8) | (need + 1);
  }

  /** Decodes the last rune before {@code end}, like utf8.DecodeLastRuneInString. */
  public static long decodeLastRune(String s, int end) {
    if (end <= 0) {
      return ((long) RUNE_ERROR << 8);
    }
    int start = end - 1;
    if (s.charAt(start) < 0x80) {
      return ((long) s.charAt(start) << 8) | 1;
    }
    int lim = Math.max(0, end - 4);
    for (start--; start >= lim; start--) {
      if ((s.charAt(start) & 0xC0) != 0x80) {
        break;
      }
    }
    if (start < 0) {
      start = 0;
    }
    long rw = decodeRune(s, start);
    if (start + width(rw) != end) {
      return ((long) RUNE_ERROR << 8) | 1;
    }
    return rw;
  }

  /** Encodes a rune as a UTF-8 byte string (invalid runes become U+FFFD). */
  public static String encodeRune(int r) {
    StringBuilder sb = new StringBuilder(4);
    appendRune(sb, r);
    return sb.toString();
  }

  /** Appends the UTF-8 bytes of a rune (as chars 0..255). */
  public static void appendRune(StringBuilder sb, int r) {
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
      r = RUNE_ERROR;
    }
    if (r < 0x80) {
      sb.append((char) r);
    } else if (r < 0x800) {
      sb.append((char) (0xC0 | (r >> 6))).append((char) (0x80 | (r & 0x3F)));
    } else if (r < 0x10000) {
      sb.append((char) (0xE0 | (r >> 12)))
          .append((char) (0x80 | ((r >> 6) & 0x3F)))
          .append((char) (0x80 | (r & 0x3F)));
    } else {
      sb.append((char) (0xF0 | (r >> 18)))
          .append((char) (0x80 | ((r >> 12) & 0x3F)))
          .append((char) (0x80 | ((r >> 6) & 0x3F)))
          .append((char) (0x80 | (r & 0x3F)));
    }
  }

  /** Number of runes, as utf8.RuneCountInString. */
  public static int runeCount(String s) {
    int n = 0;
    int i = 0;
    while (i < s.length()) {
      i += Math.max(1, width(decodeRune(s, i)));
      n++;
    }
    return n;
  }

  /** The runes of a byte string, as Go's []rune(s) conversion. */
  public static int[] runes(String s) {
    int[] out = new int[runeCount(s)];
    int i = 0;
    int k = 0;
    while (i < s.length()) {
      long rw = decodeRune(s, i);
      out[k++] = rune(rw);
      i += width(rw);
    }
    return out;
  }

  /** Builds a byte string from runes, as Go's string([]rune). */
  public static String fromRunes(int[] runes, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      appendRune(sb, runes[i]);
    }
    return sb.toString();
  }

  /** Whether the byte string is valid UTF-8. */
  public static boolean validUtf8(String s) {
    int i = 0;
    while (i < s.length()) {
      long rw = decodeRune(s, i);
      if (rune(rw) == RUNE_ERROR && width(rw) == 1) {
        return false;
      }
      i += width(rw);
    }
    return true;
  }
}
