package io.jeso.template.funcs;

import static io.jeso.template.exec.GoType.ANY;
import static io.jeso.template.exec.GoType.INT;
import static io.jeso.template.exec.GoType.STRING;

import io.jeso.template.exec.GoFmt;
import io.jeso.template.exec.GoFunc;
import io.jeso.template.exec.GoInt;
import io.jeso.template.exec.GoType;
import io.jeso.template.exec.TypedList;
import io.jeso.template.exec.TypedMap;
import io.jeso.template.exec.ValueLimits;
import io.jeso.template.exec.Values;
import io.jeso.template.parse.BStr;
import io.jeso.template.parse.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/** sprig's string functions. */
final class SprigStrings {
  private SprigStrings() {}

  static void register(Map<String, GoFunc> m) {
    fn(m, "trim", a -> trimSpace(s(a[0])), STRING);
    fn(m, "upper", a -> mapRunes(s(a[0]), Character::toUpperCase), STRING);
    fn(m, "lower", a -> mapRunes(s(a[0]), Character::toLowerCase), STRING);
    fn(m, "title", a -> title(s(a[0])), STRING);
    fn(m, "untitle", a -> untitle(s(a[0])), STRING);
    fn(m, "substr", a -> substr((long) a[0], (long) a[1], s(a[2])), INT, INT, STRING);
    fn(m, "repeat", a -> repeat((long) a[0], s(a[1])), INT, STRING);
    fn(m, "trimall", a -> trimCutset(s(a[1]), s(a[0]), true, true), STRING, STRING);
    fn(m, "trimAll", a -> trimCutset(s(a[1]), s(a[0]), true, true), STRING, STRING);
    fn(m, "trimSuffix", a -> trimSuffix(s(a[1]), s(a[0])), STRING, STRING);
    fn(
        m,
        "trimPrefix",
        a -> s(a[1]).startsWith(s(a[0])) ? s(a[1]).substring(s(a[0]).length()) : s(a[1]),
        STRING,
        STRING);
    fn(m, "nospace", a -> noSpace(s(a[0])), STRING);
    fn(m, "swapcase", a -> swapCase(s(a[0])), STRING);
    fn(m, "contains", a -> s(a[1]).contains(s(a[0])), STRING, STRING);
    fn(m, "hasPrefix", a -> s(a[1]).startsWith(s(a[0])), STRING, STRING);
    fn(m, "hasSuffix", a -> s(a[1]).endsWith(s(a[0])), STRING, STRING);
    vfn(m, "quote", a -> quote(a, false), ANY);
    vfn(m, "squote", a -> quote(a, true), ANY);
    vfn(m, "cat", SprigStrings::cat, ANY);
    fn(m, "indent", a -> indent((long) a[0], s(a[1])), INT, STRING);
    fn(m, "nindent", a -> "\n" + indent((long) a[0], s(a[1])), INT, STRING);
    fn(m, "replace", a -> replace(s(a[2]), s(a[0]), s(a[1])), STRING, STRING, STRING);
    fn(m, "plural", a -> (long) a[2] == 1 ? a[0] : a[1], STRING, STRING, INT);
    fn(m, "toString", a -> Conv.strval(a[0]), ANY);
    fn(m, "abbrev", a -> abbrev((long) a[0], s(a[1])), INT, STRING);
    fn(m, "trunc", a -> trunc((long) a[0], s(a[1])), INT, STRING);
    fn(m, "join", a -> join(s(a[0]), toStrings(a[1])), STRING, ANY);
    fn(m, "split", a -> splitMap(split(s(a[1]), s(a[0]), -1)), STRING, STRING);
    fn(m, "splitn", a -> splitMap(split(s(a[2]), s(a[0]), (long) a[1])), STRING, INT, STRING);
    fn(m, "splitList", a -> TypedList.strings(split(s(a[1]), s(a[0]), -1)), STRING, STRING);
    fn(m, "toStrings", a -> TypedList.strings(toStrings(a[0])), ANY);
    fn(m, "initials", a -> initials(s(a[0])), STRING);
    fn(m, "wrap", a -> wrap(s(a[1]), (long) a[0], "", false), INT, STRING);
    fn(m, "wrapWith", a -> wrap(s(a[2]), (long) a[0], s(a[1]), true), INT, STRING, STRING);
    fn(m, "snakecase", a -> CaseConv.toLowerCase(s(a[0]), '_'), STRING);
    fn(m, "kebabcase", a -> CaseConv.toLowerCase(s(a[0]), '-'), STRING);
    fn(m, "camelcase", a -> CaseConv.toPascalCase(s(a[0])), STRING);
    fn(m, "abbrevboth", a -> abbrevBoth((long) a[0], (long) a[1], s(a[2])), INT, INT, STRING);
    fn(m, "hello", a -> "Hello!");
  }

  static void fn(Map<String, GoFunc> m, String name, GoFunc.Impl impl, GoType... params) {
    m.put(name, GoFunc.of(name, impl, params));
  }

  static void vfn(Map<String, GoFunc> m, String name, GoFunc.Impl impl, GoType... params) {
    m.put(name, GoFunc.variadic(name, impl, params));
  }

  static String s(Object o) {
    return (String) o;
  }

  static String mapRunes(String s, IntUnaryOperator f) {
    StringBuilder sb = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      long rw = BStr.decodeRune(s, i);
      BStr.appendRune(sb, f.applyAsInt(BStr.rune(rw)));
      i += BStr.width(rw);
    }
    return sb.toString();
  }

  static String trimSpace(String s) {
    int start = 0;
    while (start < s.length()) {
      long rw = BStr.decodeRune(s, start);
      if (!Tree.isGoSpace(BStr.rune(rw))
          || (BStr.rune(rw) == BStr.RUNE_ERROR && BStr.width(rw) == 1)) {
        break;
      }
      start += BStr.width(rw);
    }
    int end = s.length();
    while (end > start) {
      long rw = BStr.decodeLastRune(s, end);
      if (!Tree.isGoSpace(BStr.rune(rw))
          || (BStr.rune(rw) == BStr.RUNE_ERROR && BStr.width(rw) == 1)) {
        break;
      }
      end -= BStr.width(rw);
    }
    return s.substring(start, end);
  }

  static String trimCutset(String s, String cutset, boolean left, boolean right) {
    int[] cut = BStr.runes(cutset);
    int start = 0;
    int end = s.length();
    while (left && start < end) {
      long rw = BStr.decodeRune(s, start);
      if (!contains(cut, BStr.rune(rw))) {
        break;
      }
      start += BStr.width(rw);
    }
    while (right && end > start) {
      long rw = BStr.decodeLastRune(s, end);
      if (!contains(cut, BStr.rune(rw))) {
        break;
      }
      end -= BStr.width(rw);
    }
    return s.substring(start, end);
  }

  private static boolean contains(int[] a, int r) {
    for (int x : a) {
      if (x == r) {
        return true;
      }
    }
    return false;
  }

  private static String trimSuffix(String s, String suffix) {
    return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
  }

  private static boolean isSeparator(int r) {
    if (r <= 0x7F) {
      return !((r >= '0' && r <= '9')
          || (r >= 'a' && r <= 'z')
          || (r >= 'A' && r <= 'Z')
          || r == '_');
    }
    if (Character.isLetter(r) || Character.isDigit(r)) {
      return false;
    }
    return Tree.isGoSpace(r);
  }

  static String title(String s) {
    int[] prev = {' '};
    return mapRunes(
        s,
        r -> {
          int p = prev[0];
          prev[0] = r;
          return isSeparator(p) ? Character.toTitleCase(r) : r;
        });
  }

  private static String untitle(String s) {
    boolean[] next = {true};
    return mapRunes(
        s,
        r -> {
          if (Tree.isGoSpace(r)) {
            next[0] = true;
            return r;
          }
          if (next[0]) {
            next[0] = false;
            return Character.toLowerCase(r);
          }
          return r;
        });
  }

  private static String substr(long start, long end, String s)
      throws io.jeso.template.exec.FuncException {
    if (start < 0) {
      return slice(s, 0, end);
    }
    if (end < 0 || end > s.length()) {
      return slice(s, start, s.length());
    }
    return slice(s, start, end);
  }

  private static String slice(String s, long from, long to)
      throws io.jeso.template.exec.FuncException {
    if (from < 0 || to > s.length() || from > to) {
      throw new io.jeso.template.exec.FuncException(
          "runtime error: slice bounds out of range [" + from + ":" + to + "]");
    }
    return s.substring((int) from, (int) to);
  }

  private static String repeat(long count, String s) throws io.jeso.template.exec.FuncException {
    if (count < 0) {
      throw new io.jeso.template.exec.FuncException("strings: negative Repeat count");
    }
    ValueLimits.bytes(ValueLimits.times(count, s.length()));
    return s.repeat((int) count);
  }

  private static String noSpace(String s) {
    StringBuilder sb = new StringBuilder();
    int kept = 0;
    for (int i = 0; i < s.length(); i++) {
      int b = s.charAt(i) & 0xFF;
      if (!Tree.isGoSpace(b)) {
        BStr.appendRune(sb, b);
        kept++;
      }
    }
    return kept == s.length() ? s : sb.toString();
  }

  private static String swapCase(String s) {
    return mapRunes(
        s,
        r -> {
          if (Character.isUpperCase(r)) {
            return Character.toLowerCase(r);
          }
          if (Character.isTitleCase(r)) {
            return Character.toLowerCase(r);
          }
          if (Character.isLowerCase(r)) {
            return Character.toUpperCase(r);
          }
          return r;
        });
  }

  private static String quote(Object[] a, boolean single) {
    List<String> out = new ArrayList<>();
    for (Object o : a) {
      if (o != null) {
        out.add(
            single
                ? GoFmt.sprintf("'%v'", new Object[] {o})
                : GoFmt.sprintf("%q", new Object[] {Conv.strval(o)}));
      }
    }
    return String.join(" ", out);
  }

  private static String cat(Object[] a) {
    List<Object> v = new ArrayList<>();
    for (Object o : a) {
      if (o != null) {
        v.add(o);
      }
    }
    String f = trimSpace("%v ".repeat(v.size()));
    return GoFmt.sprintf(f, v.toArray());
  }

  /** strings.Replace(s, old, new, -1), with the result's size checked before it is built. */
  private static String replace(String s, String old, String repl) {
    long count;
    if (old.isEmpty()) {
      count = BStr.runes(s).length + 1L; // an empty old matches around every rune
    } else {
      count = 0;
      for (int i = s.indexOf(old); i >= 0; i = s.indexOf(old, i + old.length())) {
        count++;
      }
    }
    ValueLimits.bytes(s.length() + ValueLimits.times(count, repl.length()));
    return s.replace(old, repl);
  }

  /** strings.Join; the separators alone can be large (a big separator, many elements). */
  private static String join(String sep, List<String> parts) {
    ValueLimits.bytes(ValueLimits.times(parts.size() - 1L, sep.length()));
    return String.join(sep, parts);
  }

  private static String indent(long n, String s) throws io.jeso.template.exec.FuncException {
    // every line gets the padding: check lines * n before building it
    long lines = 1 + s.chars().filter(c -> c == '\n').count();
    ValueLimits.bytes(s.length() + ValueLimits.times(lines, Math.max(n, 0)));
    String pad = repeat(n, " ");
    return pad + s.replace("\n", "\n" + pad);
  }

  private static String abbrev(long width, String s) {
    if (width < 4 || s.length() <= width) {
      return s;
    }
    return s.substring(0, (int) width - 3) + "...";
  }

  private static String trunc(long c, String s) {
    if (c < 0 && s.length() + c > 0) {
      return s.substring((int) (s.length() + c));
    }
    if (c >= 0 && s.length() > c) {
      return s.substring(0, (int) c);
    }
    return s;
  }

  /** strings.SplitN(s, sep, n). */
  static List<String> split(String s, String sep, long n) {
    List<String> out = new ArrayList<>();
    if (n == 0) {
      return out;
    }
    if (sep.isEmpty()) {
      int i = 0;
      while (i < s.length() && (n < 0 || out.size() < n - 1)) {
        int w = Math.max(1, BStr.width(BStr.decodeRune(s, i)));
        ValueLimits.elements(out.size() + 1L);
        out.add(s.substring(i, i + w));
        i += w;
      }
      if (i < s.length()) {
        out.add(s.substring(i));
      }
      return out;
    }
    int start = 0;
    while (n < 0 || out.size() < n - 1) {
      int k = s.indexOf(sep, start);
      if (k < 0) {
        break;
      }
      ValueLimits.elements(out.size() + 1L);
      out.add(s.substring(start, k));
      start = k + sep.length();
    }
    out.add(s.substring(start));
    return out;
  }

  private static TypedMap splitMap(List<String> parts) {
    TypedMap m = new TypedMap(STRING);
    for (int i = 0; i < parts.size(); i++) {
      m.put("_" + i, parts.get(i));
    }
    return m;
  }

  /** sprig's strslice. */
  static List<String> toStrings(Object v) {
    List<String> out = new ArrayList<>();
    if (v instanceof TypedList tl && tl.elem().equals(STRING)) {
      tl.forEach(x -> out.add((String) x));
      return out;
    }
    if (v instanceof List<?> l) {
      for (Object x : l) {
        if (x != null) {
          out.add(Conv.strval(x));
        }
      }
      return out;
    }
    if (v instanceof byte[] b) {
      for (byte x : b) {
        out.add(Conv.strval(GoInt.uint8(x)));
      }
      return out;
    }
    if (v == null || v == Values.NIL_IFACE) {
      return out;
    }
    out.add(Conv.strval(v));
    return out;
  }

  private static String initials(String s) {
    StringBuilder sb = new StringBuilder();
    boolean lastWasGap = true;
    for (int i = 0; i < s.length(); i++) {
      int ch = s.charAt(i) & 0xFF;
      if (Tree.isGoSpace(ch)) {
        lastWasGap = true;
      } else if (lastWasGap) {
        BStr.appendRune(sb, ch);
        lastWasGap = false;
      }
    }
    return sb.toString();
  }

  /** goutils.WrapCustom. */
  private static String wrap(String str, long wrapLength, String newLine, boolean wrapLongWords) {
    if (str.isEmpty()) {
      return "";
    }
    if (newLine.isEmpty()) {
      newLine = "\n";
    }
    int wl = (int) Math.max(1, Math.min(wrapLength, Integer.MAX_VALUE / 2));
    int len = str.length();
    int offset = 0;
    StringBuilder sb = new StringBuilder();
    while (len - offset > wl) {
      if (str.charAt(offset) == ' ') {
        offset++;
        continue;
      }
      int end = wl + offset + 1;
      int spaceToWrapAt = str.substring(offset, end).lastIndexOf(' ') + offset;
      if (spaceToWrapAt >= offset) {
        sb.append(str, offset, spaceToWrapAt).append(newLine);
        ValueLimits.bytes(sb.length()); // each line adds newLine, which can be long
        offset = spaceToWrapAt + 1;
      } else if (wrapLongWords) {
        sb.append(str, offset, wl + offset).append(newLine);
        offset += wl;
      } else {
        int e = wl + offset;
        int index = str.indexOf(' ', e);
        if (index < 0) {
          sb.append(str.substring(offset));
          offset = len;
        } else {
          sb.append(str, offset, index).append(newLine);
          offset = index + 1;
        }
      }
    }
    sb.append(str.substring(offset));
    return sb.toString();
  }

  private static String abbrevBoth(long left, long right, String s) {
    if (right < 4 || (left > 0 && right < 7)) {
      return s;
    }
    return abbreviateFull(s, left, right);
  }

  /** goutils.AbbreviateFull (errors give ""). */
  private static String abbreviateFull(String str, long offset, long maxWidth) {
    if (str.isEmpty() || maxWidth < 4) {
      return "";
    }
    int len = str.length();
    if (len <= maxWidth) {
      return str;
    }
    if (offset > len) {
      offset = len;
    }
    if (len - offset < maxWidth - 3) {
      offset = len - (maxWidth - 3);
    }
    if (offset <= 4) {
      return str.substring(0, (int) maxWidth - 3) + "...";
    }
    if (maxWidth < 7) {
      return "";
    }
    if (offset + maxWidth - 3 < len) {
      return "..." + abbreviateFull(str.substring((int) offset), 0, maxWidth - 3);
    }
    return "..." + str.substring((int) (len - (maxWidth - 3)));
  }
}
