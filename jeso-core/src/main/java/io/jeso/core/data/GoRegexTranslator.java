package io.jeso.core.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pass over a Go (RE2) regular expression that writes the {@link java.util.regex} equivalent;
 * see {@link GoRegex} for the differences it bridges.
 */
final class GoRegexTranslator {
  /** The Java expression and the group numbers of the named groups. */
  record Translation(String javaRegex, Map<String, Integer> groupsByName) {}

  private static final Pattern REPETITION = Pattern.compile("\\{\\d+(,\\d*)?}");
  private static final Map<String, String> POSIX_CLASSES =
      Map.ofEntries(
          Map.entry("alnum", "Alnum"),
          Map.entry("alpha", "Alpha"),
          Map.entry("ascii", "ASCII"),
          Map.entry("blank", "Blank"),
          Map.entry("cntrl", "Cntrl"),
          Map.entry("digit", "Digit"),
          Map.entry("graph", "Graph"),
          Map.entry("lower", "Lower"),
          Map.entry("print", "Print"),
          Map.entry("punct", "Punct"),
          Map.entry("space", "Space"),
          Map.entry("upper", "Upper"),
          Map.entry("word", "w"),
          Map.entry("xdigit", "XDigit"));

  private static final Pattern MULTILINE_FLAG = Pattern.compile("\\(\\?[a-zA-Z]*m");

  private final String in;
  private final boolean multiline;
  private final StringBuilder out = new StringBuilder();
  private final Map<String, Integer> groupsByName = new HashMap<>();
  private final List<String> problems = new ArrayList<>();
  private int pos;
  private int groupCount;

  GoRegexTranslator(String in) {
    this.in = in;
    this.multiline = MULTILINE_FLAG.matcher(in).find();
  }

  Translation translate() {
    while (pos < in.length()) {
      char c = in.charAt(pos);
      switch (c) {
        case '\\' -> copyEscape();
        case '[' -> copyClass();
        case '(' -> openGroup();
        case '{' -> copyBrace();
        case '$' -> {
          // Without (?m), Go's $ is the end of the text; Java's would also match before a final
          // \n.
          out.append(multiline ? "$" : "\\z");
          pos++;
        }
        default -> {
          out.append(c);
          pos++;
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRegexException(
          "invalid regular expression " + in + ": " + String.join("; ", problems));
    }
    return new Translation(out.toString(), Map.copyOf(groupsByName));
  }

  private void copyEscape() {
    int end = Math.min(pos + 2, in.length());
    char kind = end == pos + 2 ? in.charAt(pos + 1) : ' ';
    if (kind == 'Q') {
      // Quoted literal text up to \E (or the end) means the same in both dialects.
      int close = in.indexOf("\\E", end);
      end = close < 0 ? in.length() : close + 2;
    } else if ((kind == 'p' || kind == 'P' || kind == 'x') && in.startsWith("{", end)) {
      int close = in.indexOf('}', end);
      end = close < 0 ? in.length() : close + 1;
    }
    out.append(in, pos, end);
    pos = end;
  }

  private void copyBrace() {
    Matcher m = REPETITION.matcher(in).region(pos, in.length());
    if (m.lookingAt()) {
      out.append(m.group());
      pos = m.end();
    } else {
      out.append("\\{");
      pos++;
    }
  }

  private void openGroup() {
    if (in.startsWith("(?P<", pos) || (in.startsWith("(?<", pos) && !lookbehind())) {
      int nameStart = in.indexOf('<', pos) + 1;
      int nameEnd = in.indexOf('>', nameStart);
      if (nameEnd < 0) {
        problems.add("unterminated group name");
        pos = in.length();
        return;
      }
      groupCount++;
      groupsByName.putIfAbsent(in.substring(nameStart, nameEnd), groupCount);
      out.append('(');
      pos = nameEnd + 1;
      return;
    }
    if (in.startsWith("(?", pos)) {
      checkFlags();
    } else {
      groupCount++;
    }
    out.append('(');
    pos++;
  }

  private boolean lookbehind() {
    return in.startsWith("(?<=", pos) || in.startsWith("(?<!", pos);
  }

  private void checkFlags() {
    int i = pos + 2;
    while (i < in.length() && (Character.isLetter(in.charAt(i)) || in.charAt(i) == '-')) {
      if (in.charAt(i) == 'U') {
        problems.add(
            "the ungreedy flag (?U) is not supported by jeso; use lazy quantifiers such as *? instead");
      }
      i++;
    }
  }

  private void copyClass() {
    out.append('[');
    pos++;
    if (pos < in.length() && in.charAt(pos) == '^') {
      out.append('^');
      pos++;
    }
    // A ']' right after '[' or '[^' is a literal in both dialects; Java needs it escaped.
    if (pos < in.length() && in.charAt(pos) == ']') {
      out.append("\\]");
      pos++;
    }
    while (pos < in.length() && in.charAt(pos) != ']') {
      if (in.charAt(pos) == '\\') {
        copyEscape();
      } else if (in.startsWith("[:", pos)) {
        copyPosixClass();
      } else if (in.charAt(pos) == '[' || in.charAt(pos) == '&') {
        // Java gives '[' (nested class) and '&&' (intersection) meaning inside a class; Go does
        // not.
        out.append('\\').append(in.charAt(pos));
        pos++;
      } else {
        out.append(in.charAt(pos));
        pos++;
      }
    }
    if (pos < in.length()) {
      out.append(']');
      pos++;
    } else {
      problems.add("missing closing ]");
    }
  }

  private void copyPosixClass() {
    int end = in.indexOf(":]", pos + 2);
    if (end < 0) {
      out.append("\\[");
      pos++;
      return;
    }
    String name = in.substring(pos + 2, end);
    boolean negated = name.startsWith("^");
    String javaName = POSIX_CLASSES.get(negated ? name.substring(1) : name);
    if (javaName == null) {
      problems.add("invalid character class range [:" + name + ":]");
      pos = end + 2;
      return;
    }
    if (javaName.equals("w")) {
      out.append(negated ? "\\W" : "\\w");
    } else {
      out.append(negated ? "\\P{" : "\\p{").append(javaName).append('}');
    }
    pos = end + 2;
  }
}
