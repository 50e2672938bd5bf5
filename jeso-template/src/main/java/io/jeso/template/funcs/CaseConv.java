package io.jeso.template.funcs;

import io.jeso.template.parse.BStr;
import io.jeso.template.parse.Tree;

/**
 * huandu/xstrings' ToSnakeCase, ToKebabCase and ToPascalCase (sprig's snakecase, kebabcase,
 * camelcase).
 */
final class CaseConv {
  private enum Word {
    INVALID,
    NUMBER,
    UPPER,
    ALPHABET,
    CONNECTOR,
    PUNCT,
    OTHER
  }

  /** The result of nextWord: type, word and the rest. */
  private record Next(Word wt, String word, String rest) {}

  private CaseConv() {}

  static boolean isConnector(int r) {
    return r == '-' || r == '_' || Tree.isGoSpace(r);
  }

  static boolean isPunct(int r) {
    switch (Character.getType(r)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  static boolean isUpper(int r) {
    return Character.getType(r) == Character.UPPERCASE_LETTER;
  }

  static boolean isNumber(int r) {
    int t = Character.getType(r);
    return t == Character.DECIMAL_DIGIT_NUMBER
        || t == Character.LETTER_NUMBER
        || t == Character.OTHER_NUMBER;
  }

  static boolean isAlphabet(int r) {
    if (!Character.isLetter(r)) {
      return false;
    }
    if (r < 0x3400) {
      return true;
    }
    return !((r >= 0x4E00 && r <= 0x9FCC)
        || (r >= 0x3400 && r <= 0x4D85)
        || (r >= 0x20000 && r <= 0x2B81D));
  }

  /** nextValidRune: the next rune that decodes, with its size (skipped invalid bytes included). */
  private static long nextValid(String s, int prev) {
    int size = 0;
    int i = 0;
    while (i < s.length()) {
      long rw = BStr.decodeRune(s, i);
      size += BStr.width(rw);
      if (!(BStr.rune(rw) == BStr.RUNE_ERROR && BStr.width(rw) == 1)) {
        return ((long) BStr.rune(rw) << 8) | size;
      }
      i += BStr.width(rw);
    }
    return ((long) prev << 8) | size;
  }

  private static Next nextWord(String str) {
    if (str.isEmpty()) {
      return new Next(Word.INVALID, "", "");
    }
    long rs = nextValid(str, BStr.RUNE_ERROR);
    int r = BStr.rune(rs);
    int offset = BStr.width(rs);
    if (r == BStr.RUNE_ERROR) {
      return new Next(Word.INVALID, str.substring(0, offset), str.substring(offset));
    }
    Word wt;
    if (isConnector(r)) {
      wt = Word.CONNECTOR;
      offset = extend(str, offset, r, CaseConv::isConnector);
    } else if (isPunct(r)) {
      wt = Word.PUNCT;
      offset = extend(str, offset, r, CaseConv::isPunct);
    } else if (isUpper(r)) {
      wt = Word.UPPER;
      offset = upperWord(str, offset, r);
    } else if (isAlphabet(r)) {
      wt = Word.ALPHABET;
      offset = extend(str, offset, r, x -> isAlphabet(x) && !isUpper(x));
    } else if (isNumber(r)) {
      wt = Word.NUMBER;
      offset = extend(str, offset, r, CaseConv::isNumber);
    } else {
      wt = Word.OTHER;
      offset = other(str, offset, r);
    }
    return new Next(wt, str.substring(0, offset), str.substring(offset));
  }

  private static int extend(String str, int offset, int r, java.util.function.IntPredicate keep) {
    while (offset < str.length()) {
      long rs = nextValid(str.substring(offset), r);
      r = BStr.rune(rs);
      if (!keep.test(r)) {
        break;
      }
      offset += BStr.width(rs);
    }
    return offset;
  }

  private static int other(String str, int offset, int r) {
    while (offset < str.length()) {
      long rs = nextValid(str.substring(offset), r);
      r = BStr.rune(rs);
      int size = BStr.width(rs);
      if (size == 0 || isConnector(r) || isAlphabet(r) || isNumber(r) || isPunct(r)) {
        break;
      }
      offset += size;
    }
    return offset;
  }

  private static int upperWord(String str, int offset, int r) {
    if (offset >= str.length()) {
      return offset;
    }
    long rs = nextValid(str.substring(offset), r);
    r = BStr.rune(rs);
    int size = BStr.width(rs);
    if (isUpper(r)) {
      int prevSize = size;
      offset += size;
      while (offset < str.length()) {
        rs = nextValid(str.substring(offset), r);
        r = BStr.rune(rs);
        size = BStr.width(rs);
        if (!isUpper(r)) {
          break;
        }
        prevSize = size;
        offset += size;
      }
      if (offset < str.length() && isAlphabet(r)) {
        offset -= prevSize;
      }
    } else if (isAlphabet(r)) {
      offset += size;
      offset = extend(str, offset, r, x -> isAlphabet(x) && !isUpper(x));
    }
    return offset;
  }

  private static void toLower(StringBuilder buf, Word wt, String s, int connector) {
    if (wt != Word.UPPER && wt != Word.CONNECTOR) {
      buf.append(s);
      return;
    }
    int i = 0;
    while (i < s.length()) {
      long rw = BStr.decodeRune(s, i);
      int r = BStr.rune(rw);
      i += Math.max(1, BStr.width(rw));
      if (isConnector(r)) {
        BStr.appendRune(buf, connector);
      } else if (isUpper(r)) {
        BStr.appendRune(buf, Character.toLowerCase(r));
      } else {
        BStr.appendRune(buf, r);
      }
    }
  }

  /** camelCaseToLowerCase. */
  static String toLowerCase(String str, char connector) {
    if (str.isEmpty()) {
      return "";
    }
    StringBuilder buf = new StringBuilder();
    Next n = nextWord(str);
    while (!n.rest().isEmpty()) {
      if (n.wt() != Word.CONNECTOR) {
        toLower(buf, n.wt(), n.word(), connector);
      }
      Word prev = n.wt();
      String last = n.word();
      n = nextWord(n.rest());
      n = afterWord(buf, prev, last, n, connector);
    }
    toLower(buf, n.wt(), n.word(), connector);
    return buf.toString();
  }

  private static Next afterWord(StringBuilder buf, Word prev, String last, Next n, char connector) {
    switch (prev) {
      case NUMBER -> {
        while (n.wt() == Word.ALPHABET || n.wt() == Word.NUMBER) {
          toLower(buf, n.wt(), n.word(), connector);
          n = nextWord(n.rest());
        }
        if (n.wt() != Word.INVALID && n.wt() != Word.PUNCT && n.wt() != Word.CONNECTOR) {
          buf.append(connector);
        }
        return n;
      }
      case CONNECTOR -> {
        toLower(buf, prev, last, connector);
        return n;
      }
      case PUNCT -> {
        return n;
      }
      default -> {
        return afterOther(buf, n, connector);
      }
    }
  }

  private static Next afterOther(StringBuilder buf, Next n, char connector) {
    if (n.wt() != Word.NUMBER) {
      if (n.wt() != Word.CONNECTOR && n.wt() != Word.PUNCT) {
        buf.append(connector);
      }
      return n;
    }
    if (n.rest().isEmpty()) {
      return n;
    }
    String last = n.word();
    n = nextWord(n.rest());
    if (n.wt() != Word.ALPHABET) {
      toLower(buf, Word.NUMBER, last, connector);
      if (n.wt() != Word.CONNECTOR && n.wt() != Word.PUNCT) {
        buf.append(connector);
      }
      return n;
    }
    buf.append(connector);
    toLower(buf, Word.NUMBER, last, connector);
    while (n.wt() == Word.ALPHABET || n.wt() == Word.NUMBER) {
      toLower(buf, n.wt(), n.word(), connector);
      n = nextWord(n.rest());
    }
    if (n.wt() != Word.INVALID && n.wt() != Word.CONNECTOR && n.wt() != Word.PUNCT) {
      buf.append(connector);
    }
    return n;
  }

  /** toCamelCase(str, isBig=true): ToPascalCase. */
  static String toPascalCase(String str) {
    if (str.isEmpty()) {
      return "";
    }
    StringBuilder buf = new StringBuilder();
    boolean firstUpper = false;
    int r0 = 0;
    int size = 0;
    int i = 0;
    while (i < str.length()) {
      long rw = BStr.decodeRune(str, i);
      r0 = BStr.rune(rw);
      size = BStr.width(rw);
      i += size;
      if (!isConnector(r0)) {
        firstUpper = isUpper(r0);
        r0 = Character.toUpperCase(r0);
        break;
      }
      BStr.appendRune(buf, r0);
    }
    if (i >= str.length()) {
      if (size != 0) {
        BStr.appendRune(buf, r0);
      }
      return buf.toString();
    }
    while (i < str.length()) {
      int r1 = r0;
      long rw = BStr.decodeRune(str, i);
      r0 = BStr.rune(rw);
      i += Math.max(1, BStr.width(rw));
      if (isConnector(r0) && isConnector(r1)) {
        BStr.appendRune(buf, r1);
        continue;
      }
      if (isConnector(r1)) {
        firstUpper = isUpper(r0);
        r0 = Character.toUpperCase(r0);
      } else {
        if (firstUpper) {
          if (isUpper(r0)) {
            r0 = Character.toLowerCase(r0);
          } else {
            firstUpper = false;
          }
        }
        BStr.appendRune(buf, r1);
      }
    }
    BStr.appendRune(buf, r0);
    return buf.toString();
  }
}
