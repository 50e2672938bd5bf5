package io.jeso.template.funcs;

import io.jeso.template.exec.GoFloat;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * YAML output as go-yaml v2 writes it (block style, 2-space indent, 80-column folding of long
 * scalars, natural key order), for the value tree sigs.k8s.io/yaml builds from JSON. Strings are
 * byte strings.
 */
final class YamlEmitter {
  private static final int BEST_WIDTH = 80;
  private static final int BEST_INDENT = 2;

  /** A YAML integer that does not fit a Go int64 (go-yaml gives uint64). */
  record BigInt(BigInteger value) {}

  private enum Style {
    PLAIN,
    SINGLE,
    DOUBLE,
    LITERAL
  }

  private final StringBuilder out = new StringBuilder();
  private final List<Integer> indents = new ArrayList<>();
  private int indent = -1;
  private int column;
  private boolean whitespace = true;
  private boolean indention = true;
  private boolean openEnded;
  private boolean rootContext;
  private boolean mappingContext;
  private boolean simpleKeyContext;

  /** Marshals one document (the value tree of {@link YamlValues#fromJson}). */
  static String emit(Object v) {
    YamlEmitter e = new YamlEmitter();
    e.node(v, true, false, false);
    e.writeIndent();
    return e.out.toString();
  }

  private void node(Object v, boolean root, boolean mapping, boolean simpleKey) {
    rootContext = root;
    mappingContext = mapping;
    simpleKeyContext = simpleKey;
    if (v instanceof Map<?, ?> m) {
      mapping(m);
    } else if (v instanceof List<?> l) {
      sequence(l);
    } else {
      scalar(v);
    }
  }

  private void increaseIndent(boolean flow, boolean indentless) {
    indents.add(indent);
    if (indent < 0) {
      indent = flow ? BEST_INDENT : 0;
    } else if (!indentless) {
      indent += BEST_INDENT;
    }
  }

  private void popIndent() {
    indent = indents.remove(indents.size() - 1);
  }

  private void sequence(List<?> l) {
    if (l.isEmpty()) {
      writeIndicator("[", true, true, false);
      increaseIndent(true, false);
      popIndent();
      writeIndicator("]", false, false, false);
      return;
    }
    increaseIndent(false, mappingContext && !indention);
    for (Object item : l) {
      writeIndent();
      writeIndicator("-", true, false, true);
      node(item, false, false, false);
    }
    popIndent();
  }

  private void mapping(Map<?, ?> m) {
    if (m.isEmpty()) {
      writeIndicator("{", true, true, false);
      increaseIndent(true, false);
      popIndent();
      writeIndicator("}", false, false, false);
      return;
    }
    increaseIndent(false, false);
    List<String> keys = new ArrayList<>();
    m.keySet().forEach(k -> keys.add((String) k));
    keys.sort(YamlEmitter::keyCompare);
    for (String k : keys) {
      writeIndent();
      ScalarData key = analyze(k);
      if (!key.multiline && k.length() <= 128) {
        node(k, false, true, true);
        writeIndicator(":", false, false, false);
      } else {
        writeIndicator("?", true, false, true);
        node(k, false, true, false);
        writeIndent();
        writeIndicator(":", true, false, true);
      }
      node(m.get(k), false, true, false);
    }
    popIndent();
  }

  /**
   * go-yaml's keyList.Less for string keys: runs of digits compare numerically, letters before
   * others.
   */
  static int keyCompare(String a, String b) {
    int[] ar = io.jeso.template.parse.BStr.runes(a);
    int[] br = io.jeso.template.parse.BStr.runes(b);
    if (less(ar, br)) {
      return -1;
    }
    return less(br, ar) ? 1 : 0;
  }

  private static boolean less(int[] ar, int[] br) {
    for (int i = 0; i < ar.length && i < br.length; i++) {
      if (ar[i] == br[i]) {
        continue;
      }
      boolean al = Character.isLetter(ar[i]);
      boolean bl = Character.isLetter(br[i]);
      if (al && bl) {
        return ar[i] < br[i];
      }
      if (al || bl) {
        return bl;
      }
      long an = 0;
      long bn = 0;
      if (ar[i] == '0' || br[i] == '0') {
        for (int j = i - 1; j >= 0 && Character.isDigit(ar[j]); j--) {
          if (ar[j] != '0') {
            an = 1;
            bn = 1;
            break;
          }
        }
      }
      int ai = i;
      for (; ai < ar.length && Character.isDigit(ar[ai]); ai++) {
        an = an * 10 + (ar[ai] - '0');
      }
      int bi = i;
      for (; bi < br.length && Character.isDigit(br[bi]); bi++) {
        bn = bn * 10 + (br[bi] - '0');
      }
      if (an != bn) {
        return an < bn;
      }
      if (ai != bi) {
        return ai < bi;
      }
      return ar[i] < br[i];
    }
    return ar.length < br.length;
  }

  private void scalar(Object v) {
    String text;
    Style style = Style.PLAIN;
    if (v == null) {
      text = "null";
    } else if (v instanceof Boolean b) {
      text = b.toString();
    } else if (v instanceof Long l) {
      text = l.toString();
    } else if (v instanceof BigInt bi) {
      text = bi.value().toString();
    } else if (v instanceof Double d) {
      text = floatText(d);
    } else {
      text = (String) v;
      boolean canUsePlain = YamlValues.resolvesToString(text) && !YamlValues.isBase60Float(text);
      if (text.indexOf('\n') >= 0) {
        style = Style.LITERAL;
      } else if (!canUsePlain) {
        style = Style.DOUBLE;
      }
    }
    ScalarData data = analyze(text);
    style = selectStyle(style, data, text);
    increaseIndent(true, false);
    switch (style) {
      case PLAIN -> writePlain(text, !simpleKeyContext);
      case SINGLE -> writeSingle(text, !simpleKeyContext);
      case DOUBLE -> writeDouble(text, !simpleKeyContext);
      case LITERAL -> writeLiteral(text);
    }
    popIndent();
  }

  private static String floatText(double d) {
    if (Double.isNaN(d)) {
      return ".nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? ".inf" : "-.inf";
    }
    return GoFloat.format(d, 'g', -1);
  }

  private Style selectStyle(Style style, ScalarData d, String value) {
    if (simpleKeyContext && d.multiline) {
      style = Style.DOUBLE;
    }
    if (style == Style.PLAIN) {
      if (!d.blockPlainAllowed) {
        style = Style.SINGLE;
      }
      if (value.isEmpty() && simpleKeyContext) {
        style = Style.SINGLE;
      }
    }
    if (style == Style.SINGLE && !d.singleQuotedAllowed) {
      style = Style.DOUBLE;
    }
    if (style == Style.LITERAL && (!d.blockAllowed || simpleKeyContext)) {
      style = Style.DOUBLE;
    }
    return style;
  }

  // ---- scalar analysis (go-yaml's yaml_emitter_analyze_scalar)

  private static final class ScalarData {
    boolean multiline;
    boolean blockPlainAllowed = true;
    boolean singleQuotedAllowed = true;
    boolean blockAllowed = true;
  }

  static int at(String s, int i) {
    return i < s.length() ? s.charAt(i) : 0;
  }

  static int width(int b) {
    if ((b & 0x80) == 0) {
      return 1;
    }
    if ((b & 0xE0) == 0xC0) {
      return 2;
    }
    if ((b & 0xF0) == 0xE0) {
      return 3;
    }
    return (b & 0xF8) == 0xF0 ? 4 : 1;
  }

  static boolean isBreak(String s, int i) {
    int b = at(s, i);
    return b == '\r'
        || b == '\n'
        || (b == 0xC2 && at(s, i + 1) == 0x85)
        || (b == 0xE2 && at(s, i + 1) == 0x80 && (at(s, i + 2) == 0xA8 || at(s, i + 2) == 0xA9));
  }

  static boolean isBlankz(String s, int i) {
    int b = at(s, i);
    return b == ' ' || b == '\t' || b == 0 || isBreak(s, i);
  }

  static boolean isPrintable(String s, int i) {
    int b = at(s, i);
    int b1 = at(s, i + 1);
    int b2 = at(s, i + 2);
    return b == 0x0A
        || (b >= 0x20 && b <= 0x7E)
        || (b == 0xC2 && b1 >= 0xA0)
        || (b > 0xC2 && b < 0xED)
        || (b == 0xED && b1 < 0xA0)
        || b == 0xEE
        || (b == 0xEF
            && !(b1 == 0xBB && b2 == 0xBF)
            && !(b1 == 0xBF && (b2 == 0xBE || b2 == 0xBF)));
  }

  private static ScalarData analyze(String v) {
    ScalarData d = new ScalarData();
    if (v.isEmpty()) {
      d.blockAllowed = false;
      return d;
    }
    Flags f = new Flags();
    if (v.startsWith("---") || v.startsWith("...")) {
      f.block = true;
    }
    boolean preceded = true;
    boolean prevSpace = false;
    boolean prevBreak = false;
    for (int i = 0, w; i < v.length(); i += w) {
      w = width(v.charAt(i));
      boolean followed = i + w >= v.length() || at(v, i + w) == ' ' || at(v, i + w) == '\t';
      indicators(f, v.charAt(i), i == 0, preceded, followed);
      if (!isPrintable(v, i)) {
        f.special = true;
      }
      if (v.charAt(i) == ' ') {
        f.leadingSpace |= i == 0;
        f.trailingSpace |= i + w == v.length();
        f.breakSpace |= prevBreak;
        prevSpace = true;
        prevBreak = false;
      } else if (isBreak(v, i)) {
        f.lineBreaks = true;
        f.leadingBreak |= i == 0;
        f.trailingBreak |= i + w == v.length();
        f.spaceBreak |= prevSpace;
        prevSpace = false;
        prevBreak = true;
      } else {
        prevSpace = false;
        prevBreak = false;
      }
      preceded = isBlankz(v, i);
    }
    d.multiline = f.lineBreaks;
    if (f.leadingSpace || f.leadingBreak || f.trailingSpace || f.trailingBreak) {
      d.blockPlainAllowed = false;
    }
    if (f.trailingSpace) {
      d.blockAllowed = false;
    }
    if (f.breakSpace) {
      d.blockPlainAllowed = false;
      d.singleQuotedAllowed = false;
    }
    if (f.spaceBreak || f.special) {
      d.blockPlainAllowed = false;
      d.singleQuotedAllowed = false;
      d.blockAllowed = false;
    }
    if (f.lineBreaks || f.block) {
      d.blockPlainAllowed = false;
    }
    return d;
  }

  private static final class Flags {
    boolean block;
    boolean lineBreaks;
    boolean special;
    boolean leadingSpace;
    boolean leadingBreak;
    boolean trailingSpace;
    boolean trailingBreak;
    boolean breakSpace;
    boolean spaceBreak;
  }

  private static void indicators(
      Flags f, char c, boolean first, boolean preceded, boolean followed) {
    if (first) {
      switch (c) {
        case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' ->
            f.block = true;
        case '?', ':', '-' -> f.block |= followed;
        default -> {}
      }
    } else if ((c == ':' && followed) || (c == '#' && preceded)) {
      f.block = true;
    }
  }

  // ---- writing

  private void put(char c) {
    out.append(c);
    column++;
  }

  private void putBreak() {
    out.append('\n');
    column = 0;
  }

  private int write(String s, int i) {
    int w = width(s.charAt(i));
    out.append(s, i, Math.min(s.length(), i + w));
    column++;
    return i + w;
  }

  private int writeBreak(String s, int i) {
    if (s.charAt(i) == '\n') {
      putBreak();
      return i + 1;
    }
    int n = write(s, i);
    column = 0;
    return n;
  }

  private void writeIndent() {
    int ind = Math.max(indent, 0);
    if (!indention || column > ind || (column == ind && !whitespace)) {
      putBreak();
    }
    while (column < ind) {
      put(' ');
    }
    whitespace = true;
    indention = true;
  }

  private void writeIndicator(
      String ind, boolean needWhitespace, boolean isWhitespace, boolean isIndention) {
    if (needWhitespace && !whitespace) {
      put(' ');
    }
    for (int i = 0; i < ind.length(); i++) {
      put(ind.charAt(i));
    }
    whitespace = isWhitespace;
    indention = indention && isIndention;
    openEnded = false;
  }

  private void writePlain(String v, boolean allowBreaks) {
    if (!whitespace) {
      put(' ');
    }
    boolean spaces = false;
    boolean breaks = false;
    for (int i = 0; i < v.length(); ) {
      if (v.charAt(i) == ' ') {
        if (allowBreaks && !spaces && column > BEST_WIDTH && at(v, i + 1) != ' ') {
          writeIndent();
          i++;
        } else {
          i = write(v, i);
        }
        spaces = true;
      } else if (isBreak(v, i)) {
        if (!breaks && v.charAt(i) == '\n') {
          putBreak();
        }
        i = writeBreak(v, i);
        indention = true;
        breaks = true;
      } else {
        if (breaks) {
          writeIndent();
        }
        i = write(v, i);
        indention = false;
        spaces = false;
        breaks = false;
      }
    }
    whitespace = false;
    indention = false;
    if (rootContext) {
      openEnded = true;
    }
  }

  private void writeSingle(String v, boolean allowBreaks) {
    writeIndicator("'", true, false, false);
    boolean spaces = false;
    boolean breaks = false;
    for (int i = 0; i < v.length(); ) {
      if (v.charAt(i) == ' ') {
        if (allowBreaks
            && !spaces
            && column > BEST_WIDTH
            && i > 0
            && i < v.length() - 1
            && at(v, i + 1) != ' ') {
          writeIndent();
          i++;
        } else {
          i = write(v, i);
        }
        spaces = true;
      } else if (isBreak(v, i)) {
        if (!breaks && v.charAt(i) == '\n') {
          putBreak();
        }
        i = writeBreak(v, i);
        indention = true;
        breaks = true;
      } else {
        if (breaks) {
          writeIndent();
        }
        if (v.charAt(i) == '\'') {
          put('\'');
        }
        i = write(v, i);
        indention = false;
        spaces = false;
        breaks = false;
      }
    }
    writeIndicator("'", false, false, false);
    whitespace = false;
    indention = false;
  }

  private void writeDouble(String v, boolean allowBreaks) {
    boolean spaces = false;
    writeIndicator("\"", true, false, false);
    for (int i = 0; i < v.length(); ) {
      int b = v.charAt(i);
      boolean bom = at(v, 0) == 0xEF && at(v, 1) == 0xBB && at(v, 2) == 0xBF;
      if (!isPrintable(v, i) || bom || isBreak(v, i) || b == '"' || b == '\\') {
        i = writeEscape(v, i);
        spaces = false;
      } else if (b == ' ') {
        if (allowBreaks && !spaces && column > BEST_WIDTH && i > 0 && i < v.length() - 1) {
          writeIndent();
          if (at(v, i + 1) == ' ') {
            put('\\');
          }
          i++;
        } else {
          i = write(v, i);
        }
        spaces = true;
      } else {
        i = write(v, i);
        spaces = false;
      }
    }
    writeIndicator("\"", false, false, false);
    whitespace = false;
    indention = false;
  }

  private int writeEscape(String v, int i) {
    int octet = v.charAt(i);
    int w;
    int r;
    if ((octet & 0x80) == 0) {
      w = 1;
      r = octet & 0x7F;
    } else if ((octet & 0xE0) == 0xC0) {
      w = 2;
      r = octet & 0x1F;
    } else if ((octet & 0xF0) == 0xE0) {
      w = 3;
      r = octet & 0x0F;
    } else {
      w = 4;
      r = octet & 0x07;
    }
    for (int k = 1; k < w; k++) {
      r = (r << 6) + (at(v, i + k) & 0x3F);
    }
    put('\\');
    String simple =
        switch (r) {
          case 0 -> "0";
          case 7 -> "a";
          case 8 -> "b";
          case 9 -> "t";
          case 0x0A -> "n";
          case 0x0B -> "v";
          case 0x0C -> "f";
          case 0x0D -> "r";
          case 0x1B -> "e";
          case 0x22 -> "\"";
          case 0x5C -> "\\";
          case 0x85 -> "N";
          case 0xA0 -> "_";
          case 0x2028 -> "L";
          case 0x2029 -> "P";
          default -> null;
        };
    if (simple != null) {
      put(simple.charAt(0));
    } else {
      char kind = r <= 0xFF ? 'x' : r <= 0xFFFF ? 'u' : 'U';
      int digits = kind == 'x' ? 2 : kind == 'u' ? 4 : 8;
      put(kind);
      for (int k = (digits - 1) * 4; k >= 0; k -= 4) {
        put("0123456789ABCDEF".charAt((r >> k) & 0xF));
      }
    }
    return i + w;
  }

  private void writeLiteral(String v) {
    writeIndicator("|", true, false, false);
    if (v.charAt(0) == ' ' || isBreak(v, 0)) {
      writeIndicator(Integer.toString(BEST_INDENT), false, false, false);
    }
    openEnded = false;
    String chomp = null;
    int i = v.length() - 1;
    while (i > 0 && (v.charAt(i) & 0xC0) == 0x80) {
      i--;
    }
    if (!isBreak(v, i)) {
      chomp = "-";
    } else if (i == 0) {
      chomp = "+";
      openEnded = true;
    } else {
      i--;
      while (i > 0 && (v.charAt(i) & 0xC0) == 0x80) {
        i--;
      }
      if (isBreak(v, i)) {
        chomp = "+";
        openEnded = true;
      }
    }
    if (chomp != null) {
      writeIndicator(chomp, false, false, false);
    }
    putBreak();
    indention = true;
    whitespace = true;
    boolean breaks = true;
    for (int k = 0; k < v.length(); ) {
      if (isBreak(v, k)) {
        k = writeBreak(v, k);
        indention = true;
        breaks = true;
      } else {
        if (breaks) {
          writeIndent();
        }
        k = write(v, k);
        indention = false;
        breaks = false;
      }
    }
  }
}
