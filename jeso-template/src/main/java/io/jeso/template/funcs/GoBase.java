package io.jeso.template.funcs;

import io.jeso.template.parse.BStr;

/**
 * Go's encoding/base64 and base32 StdEncoding decoders with Go's error texts (returned as values by
 * sprig).
 */
final class GoBase {
  private static final String B64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private static final String B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private GoBase() {}

  static String decode64(String s) {
    return decode(s, B64, 4, 6);
  }

  static String decode32(String s) {
    return decode(s, B32, 8, 5);
  }

  static String encode32(String s) {
    byte[] b = BStr.bytes(s);
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < b.length) {
      int n = Math.min(5, b.length - i);
      long v = 0;
      for (int k = 0; k < 5; k++) {
        v = (v << 8) | (k < n ? (b[i + k] & 0xFF) : 0);
      }
      int chars = (n * 8 + 4) / 5;
      for (int k = 0; k < 8; k++) {
        sb.append(k < chars ? B32.charAt((int) ((v >> (35 - 5 * k)) & 31)) : '=');
      }
      i += 5;
    }
    return sb.toString();
  }

  /** Decodes with padding; newlines are ignored as in Go; an error yields Go's error text. */
  private static String decode(String in, String alphabet, int quantum, int bits) {
    StringBuilder clean = new StringBuilder();
    int[] origPos = new int[in.length()];
    for (int i = 0; i < in.length(); i++) {
      char c = in.charAt(i);
      if (c != '\n' && c != '\r') {
        origPos[clean.length()] = i;
        clean.append(c);
      }
    }
    String s = clean.toString();
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      long acc = 0;
      int got = 0;
      int k = 0;
      for (; k < quantum; k++) {
        if (i + k >= s.length()) {
          return err(alphabet, origIndex(origPos, s, i, in));
        }
        char c = s.charAt(i + k);
        if (c == '=') {
          break;
        }
        int d = alphabet.indexOf(c);
        if (d < 0) {
          return err(alphabet, origIndex(origPos, s, i + k, in));
        }
        acc = (acc << bits) | d;
        got++;
      }
      if (k < quantum) {
        int minChars = quantum == 4 ? 2 : 2;
        if (got < minChars && !(quantum == 8 && got >= 2)) {
          return err(alphabet, origIndex(origPos, s, i + k, in));
        }
        for (int p = k; p < quantum; p++) {
          if (i + p >= s.length() || s.charAt(i + p) != '=') {
            return err(alphabet, origIndex(origPos, s, Math.min(i + p, s.length()), in));
          }
        }
        if (i + quantum != s.length()) {
          return err(alphabet, origIndex(origPos, s, i + quantum, in));
        }
      }
      int nbytes = got * bits / 8;
      acc <<= (long) (quantum - got) * bits;
      int total = quantum * bits / 8;
      for (int b = 0; b < nbytes; b++) {
        out.append((char) ((acc >> (8 * (total - 1 - b))) & 0xFF));
      }
      i += quantum;
    }
    return out.toString();
  }

  private static int origIndex(int[] origPos, String s, int idx, String in) {
    return idx < s.length() ? origPos[idx] : in.length();
  }

  private static String err(String alphabet, int offset) {
    return "illegal base"
        + (alphabet.length() == 64 ? "64" : "32")
        + " data at input byte "
        + Math.max(offset, 0);
  }
}
