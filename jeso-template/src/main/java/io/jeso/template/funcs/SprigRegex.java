package io.jeso.template.funcs;

import static io.jeso.template.exec.GoType.INT;
import static io.jeso.template.exec.GoType.STRING;
import static io.jeso.template.funcs.SprigStrings.fn;

import io.jeso.template.exec.FuncException;
import io.jeso.template.exec.GoFunc;
import io.jeso.template.exec.TypedList;
import io.jeso.template.exec.ValueLimits;
import io.jeso.template.parse.BStr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * sprig's regex functions with Go RE2 syntax translated to java.util.regex. Constructs RE2 rejects
 * (back-references, look-around, possessive and atomic groups) are rejected; matching is bounded so
 * a pathological pattern cannot hang the caller (RE2 is linear, Java's engine backtracks).
 */
final class SprigRegex {
  private static final long MAX_CHAR_READS = 20_000_000L;

  private SprigRegex() {}

  static void register(Map<String, GoFunc> m) {
    fn(m, "regexMatch", a -> match(a, false), STRING, STRING);
    fn(m, "mustRegexMatch", a -> match(a, true), STRING, STRING);
    fn(
        m,
        "regexFindAll",
        a -> TypedList.strings(findAll(s(a[0]), s(a[1]), (long) a[2])),
        STRING,
        STRING,
        INT);
    fn(
        m,
        "mustRegexFindAll",
        a -> TypedList.strings(findAll(s(a[0]), s(a[1]), (long) a[2])),
        STRING,
        STRING,
        INT);
    fn(m, "regexFind", a -> first(findAll(s(a[0]), s(a[1]), 1)), STRING, STRING);
    fn(m, "mustRegexFind", a -> first(findAll(s(a[0]), s(a[1]), 1)), STRING, STRING);
    fn(
        m,
        "regexReplaceAll",
        a -> replace(s(a[0]), s(a[1]), s(a[2]), false),
        STRING,
        STRING,
        STRING);
    fn(
        m,
        "mustRegexReplaceAll",
        a -> replace(s(a[0]), s(a[1]), s(a[2]), false),
        STRING,
        STRING,
        STRING);
    fn(
        m,
        "regexReplaceAllLiteral",
        a -> replace(s(a[0]), s(a[1]), s(a[2]), true),
        STRING,
        STRING,
        STRING);
    fn(
        m,
        "mustRegexReplaceAllLiteral",
        a -> replace(s(a[0]), s(a[1]), s(a[2]), true),
        STRING,
        STRING,
        STRING);
    fn(
        m,
        "regexSplit",
        a -> TypedList.strings(split(s(a[0]), s(a[1]), (long) a[2])),
        STRING,
        STRING,
        INT);
    fn(
        m,
        "mustRegexSplit",
        a -> TypedList.strings(split(s(a[0]), s(a[1]), (long) a[2])),
        STRING,
        STRING,
        INT);
    fn(m, "regexQuoteMeta", a -> quoteMeta(s(a[0])), STRING);
  }

  private static String s(Object o) {
    return (String) o;
  }

  private static String first(List<String> l) {
    return l.isEmpty() ? "" : l.get(0);
  }

  /** A char sequence that stops a runaway match. */
  private static final class Bounded implements CharSequence {
    private final String s;
    private final long[] reads;

    Bounded(String s, long[] reads) {
      this.s = s;
      this.reads = reads;
    }

    @Override
    public int length() {
      return s.length();
    }

    @Override
    public char charAt(int i) {
      if (++reads[0] > MAX_CHAR_READS) {
        throw new IllegalStateException("regular expression evaluation exceeded its budget");
      }
      return s.charAt(i);
    }

    @Override
    public CharSequence subSequence(int a, int b) {
      return s.substring(a, b);
    }

    @Override
    public String toString() {
      return s;
    }
  }

  static Pattern compile(String goRegex) throws FuncException {
    String re = BStr.toJava(goRegex);
    try {
      return Pattern.compile(translate(re), Pattern.UNIX_LINES | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw new FuncException("error parsing regexp: " + e.getDescription());
    }
  }

  private static String translate(String re) throws FuncException {
    boolean multiline = re.matches("(?s)^\\(\\?[a-zA-Z]*m[a-zA-Z]*\\).*");
    StringBuilder sb = new StringBuilder();
    int cls = 0;
    for (int i = 0; i < re.length(); i++) {
      char c = re.charAt(i);
      if (c == '\\' && i + 1 < re.length()) {
        char n = re.charAt(i + 1);
        if (n >= '1' && n <= '9') {
          throw new FuncException("error parsing regexp: invalid escape sequence: `\\" + n + "`");
        }
        if (n == 's') {
          sb.append(cls > 0 ? "\\t\\n\\f\\r " : "[\\t\\n\\f\\r ]");
        } else {
          sb.append(c).append(n);
        }
        i++;
        continue;
      }
      if (cls == 0 && re.startsWith("(?", i)) {
        String rest = re.substring(i);
        if (rest.startsWith("(?=")
            || rest.startsWith("(?!")
            || rest.startsWith("(?<=")
            || rest.startsWith("(?<!")
            || rest.startsWith("(?>")) {
          throw new FuncException("error parsing regexp: invalid or unsupported Perl syntax");
        }
        if (rest.startsWith("(?P<")) {
          sb.append("(?<");
          i += 3;
          continue;
        }
      }
      if (cls == 0 && (c == '+') && i > 0 && "*+?}".indexOf(re.charAt(i - 1)) >= 0) {
        throw new FuncException("error parsing regexp: invalid nested repetition operator");
      }
      if (c == '[') {
        if (cls > 0 && re.startsWith("[:", i)) {
          int end = re.indexOf(":]", i + 2);
          if (end > 0) {
            sb.append(posix(re.substring(i + 2, end)));
            i = end + 1;
            continue;
          }
        }
        cls++;
        sb.append(c);
        if (i + 1 < re.length() && re.charAt(i + 1) == '^') {
          sb.append('^');
          i++;
        }
        if (i + 1 < re.length() && re.charAt(i + 1) == ']') {
          sb.append("\\]");
          i++;
        }
        continue;
      }
      if (c == ']' && cls > 0) {
        cls--;
      } else if (c == '$' && cls == 0 && !multiline) {
        sb.append("\\z");
        continue;
      } else if (cls > 0 && (c == '&' || (c == '['))) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static String posix(String name) throws FuncException {
    boolean neg = name.startsWith("^");
    String n = neg ? name.substring(1) : name;
    String p =
        switch (n) {
          case "alnum" -> "Alnum";
          case "alpha" -> "Alpha";
          case "ascii" -> "ASCII";
          case "blank" -> "Blank";
          case "cntrl" -> "Cntrl";
          case "digit" -> "Digit";
          case "graph" -> "Graph";
          case "lower" -> "Lower";
          case "print" -> "Print";
          case "punct" -> "Punct";
          case "space" -> "Space";
          case "upper" -> "Upper";
          case "word" -> "word";
          case "xdigit" -> "XDigit";
          default -> throw new FuncException("error parsing regexp: invalid character class range");
        };
    if (p.equals("word")) {
      return neg ? "\\W" : "\\w";
    }
    return (neg ? "\\P{" : "\\p{") + p + "}";
  }

  /**
   * Match positions (start, end pairs) following Go's rule that empty matches abutting a match are
   * skipped.
   */
  private static List<int[]> matches(Pattern p, String s, long n) throws FuncException {
    List<int[]> out = new ArrayList<>();
    Matcher m = p.matcher(new Bounded(s, new long[1]));
    int prevEnd = -1;
    try {
      while ((n < 0 || out.size() < n) && m.find()) {
        if (m.start() == m.end() && m.start() == prevEnd) {
          continue;
        }
        out.add(new int[] {m.start(), m.end()});
        prevEnd = m.end();
      }
    } catch (IllegalStateException e) {
      throw new FuncException(e.getMessage());
    }
    return out;
  }

  private static Object match(Object[] a, boolean must) throws FuncException {
    Pattern p;
    try {
      p = compile(s(a[0]));
    } catch (FuncException e) {
      if (must) {
        throw e;
      }
      return false;
    }
    return !matches(p, BStr.toJava(s(a[1])), 1).isEmpty();
  }

  private static List<String> findAll(String re, String s, long n) throws FuncException {
    String j = BStr.toJava(s);
    List<String> out = new ArrayList<>();
    for (int[] m : matches(compile(re), j, n)) {
      out.add(BStr.of(j.substring(m[0], m[1])));
    }
    return out;
  }

  private static String replace(String re, String s, String repl, boolean literal)
      throws FuncException {
    Pattern p = compile(re);
    String j = BStr.toJava(s);
    String r = BStr.toJava(repl);
    StringBuilder sb = new StringBuilder();
    int last = 0;
    Matcher m = p.matcher(j);
    for (int[] pos : matches(p, j, -1)) {
      sb.append(j, last, pos[0]);
      if (literal) {
        sb.append(r);
      } else {
        m.find(pos[0]);
        expand(sb, r, m);
      }
      ValueLimits.bytes(sb.length()); // every match adds repl: check while building
      last = pos[1];
    }
    sb.append(j.substring(last));
    return BStr.of(sb.toString());
  }

  /** Go's Regexp.Expand: $1, ${1}, $name, ${name}, $$. */
  private static void expand(StringBuilder sb, String t, Matcher m) {
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c != '$' || i + 1 >= t.length()) {
        sb.append(c);
        i++;
        continue;
      }
      if (t.charAt(i + 1) == '$') {
        sb.append('$');
        i += 2;
        continue;
      }
      String name;
      int next;
      if (t.charAt(i + 1) == '{') {
        int close = t.indexOf('}', i + 2);
        if (close < 0) {
          sb.append(c);
          i++;
          continue;
        }
        name = t.substring(i + 2, close);
        next = close + 1;
      } else {
        int k = i + 1;
        while (k < t.length() && (Character.isLetterOrDigit(t.charAt(k)) || t.charAt(k) == '_')) {
          k++;
        }
        name = t.substring(i + 1, k);
        next = k;
      }
      if (name.isEmpty() || !name.matches("[A-Za-z0-9_]+")) {
        sb.append(c);
        i++;
        continue;
      }
      sb.append(group(m, name));
      i = next;
    }
  }

  private static String group(Matcher m, String name) {
    try {
      String g;
      if (name.matches("[0-9]+")) {
        int n = Integer.parseInt(name);
        g = n <= m.groupCount() ? m.group(n) : null;
      } else {
        g = m.group(name);
      }
      return g == null ? "" : g;
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return "";
    }
  }

  private static List<String> split(String re, String s, long n) throws FuncException {
    List<String> out = new ArrayList<>();
    if (n == 0) {
      return out;
    }
    Pattern p = compile(re);
    String j = BStr.toJava(s);
    if (!re.isEmpty() && j.isEmpty()) {
      out.add("");
      return out;
    }
    int beg = 0;
    int end = 0;
    for (int[] m : matches(p, j, n)) {
      if (n > 0 && out.size() == n - 1) {
        break;
      }
      end = m[0];
      if (m[1] != 0) {
        out.add(BStr.of(j.substring(beg, end)));
      }
      beg = m[1];
    }
    if (end != j.length()) {
      out.add(BStr.of(j.substring(beg)));
    }
    return out;
  }

  private static String quoteMeta(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\.+*?()|[]{}^$".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
