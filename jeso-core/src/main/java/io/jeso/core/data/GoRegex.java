package io.jeso.core.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular expression written for Go's {@code regexp} package (RE2 syntax), as users write them in ESO
 * manifests ({@code rewrite.regexp}, {@code find.name.regexp}, {@code namespaceRegexes}), run on {@link
 * java.util.regex}. The syntax is translated where the two differ and Go's semantics are kept where users can see
 * them:
 *
 * <ul>
 *   <li>Named groups {@code (?P<name>re)} and {@code (?<name>re)} become plain groups whose names jeso tracks
 *       itself, since Java group names may not contain {@code _}.
 *   <li>ASCII classes {@code [[:alpha:]]} and {@code [[:^digit:]]} become {@code \p{Alpha}} and {@code \P{Digit}}.
 *   <li>A {@code {} that does not start a valid repetition is a literal, as in Go (Java would reject it).
 *   <li>{@link Pattern#UNIX_LINES}: {@code .} excludes only {@code \n}, as in Go (Java's default also stops at
 *       {@code \r}). Without {@code (?m)} anywhere in the expression, {@code $} becomes {@code \z}: Go's {@code $}
 *       is the end of the text, Java's would also match before a final line break.
 *   <li>Go's ungreedy flag {@code (?U)} has no Java equivalent (Java's {@code U} means something else) and is
 *       rejected with a clear message.
 *   <li>{@link #replaceAll(String, String)} follows {@code Regexp.ReplaceAllString}: {@code $1}, {@code ${1}},
 *       {@code $name}, {@code ${name}}, {@code $$}; names take as many letters, digits and underscores as
 *       possible ({@code $1x} is the group named {@code 1x}, i.e. empty); unknown groups expand to ""; an empty
 *       match right after a previous match is skipped.
 * </ul>
 *
 * <p>Java accepts some syntax RE2 rejects (look-around, back-references, possessive quantifiers); jeso does not
 * reject those, so an expression that ESO refuses may work here. The reverse does not happen for the syntax
 * above. Matching is linear-time in RE2 but backtracking in Java: keys and namespace names are short, so this
 * is not a concern for these fields.
 */
public final class GoRegex {
  private final String source;
  private final Pattern pattern;
  private final Map<String, Integer> groupsByName;

  private GoRegex(String source, Pattern pattern, Map<String, Integer> groupsByName) {
    this.source = source;
    this.pattern = pattern;
    this.groupsByName = groupsByName;
  }

  /**
   * Compiles a Go regular expression.
   *
   * @throws InvalidRegexException with a message naming the expression and the problem
   */
  public static GoRegex compile(String goRegex) {
    if (goRegex == null) {
      throw new InvalidRegexException("regular expression must not be null");
    }
    Translation t = new Translator(goRegex).translate();
    try {
      return new GoRegex(goRegex, Pattern.compile(t.javaRegex, Pattern.UNIX_LINES), t.groupsByName);
    } catch (PatternSyntaxException e) {
      throw new InvalidRegexException(
          "invalid regular expression " + goRegex + ": " + e.getDescription(), e);
    }
  }

  /** The expression as the user wrote it. */
  public String source() {
    return source;
  }

  /** Whether {@code text} contains a match (Go's {@code MatchString}: unanchored). */
  public boolean find(String text) {
    return pattern.matcher(text).find();
  }

  /** Whether the whole of {@code text} matches. */
  public boolean matchesFully(String text) {
    return pattern.matcher(text).matches();
  }

  /**
   * Go's {@code ReplaceAllString(text, template)}; see the class comment for the template syntax.
   */
  public String replaceAll(String text, String template) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    int copiedUpTo = 0;
    int lastMatchEnd = -1;
    int searchFrom = 0;
    while (searchFrom <= text.length() && m.find(searchFrom)) {
      int start = m.start();
      int end = m.end();
      // Go ignores an empty match that abuts the previous match; Java would report it.
      boolean skip = start == end && start == lastMatchEnd;
      if (!skip) {
        out.append(text, copiedUpTo, start);
        expand(template, m, out);
        copiedUpTo = end;
        lastMatchEnd = end;
      }
      searchFrom = end > start ? end : start + Character.charCount(safeCodePointAt(text, start));
    }
    out.append(text, copiedUpTo, text.length());
    return out.toString();
  }

  private static int safeCodePointAt(String text, int index) {
    return index < text.length() ? text.codePointAt(index) : 'x';
  }

  private void expand(String template, Matcher m, StringBuilder out) {
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '$') {
        out.append(c);
        i++;
        continue;
      }
      if (i + 1 < template.length() && template.charAt(i + 1) == '$') {
        out.append('$');
        i += 2;
        continue;
      }
      GroupReference ref = GroupReference.parse(template, i + 1);
      if (ref == null) {
        // Malformed reference: Go writes the '$' literally and goes on after it.
        out.append('$');
        i++;
        continue;
      }
      appendGroup(ref.name, m, out);
      i = ref.end;
    }
  }

  private void appendGroup(String name, Matcher m, StringBuilder out) {
    int group = groupNumber(name);
    if (group >= 0 && group <= m.groupCount() && m.group(group) != null) {
      out.append(m.group(group));
    }
  }

  private int groupNumber(String name) {
    if (name.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      // Go treats an all-digit name as an index; an absurdly long one can never exist.
      return name.length() > 8 ? -1 : Integer.parseInt(name);
    }
    return groupsByName.getOrDefault(name, -1);
  }

  @Override
  public String toString() {
    return source;
  }

  /** A {@code $name} or {@code ${name}} reference in a replacement template. */
  private record GroupReference(String name, int end) {
    static GroupReference parse(String template, int from) {
      boolean braced = from < template.length() && template.charAt(from) == '{';
      int i = braced ? from + 1 : from;
      int nameStart = i;
      while (i < template.length() && isNameChar(template.codePointAt(i))) {
        i += Character.charCount(template.codePointAt(i));
      }
      if (i == nameStart) {
        return null;
      }
      String name = template.substring(nameStart, i);
      if (braced) {
        if (i >= template.length() || template.charAt(i) != '}') {
          return null;
        }
        i++;
      }
      return new GroupReference(name, i);
    }

    private static boolean isNameChar(int cp) {
      return Character.isLetterOrDigit(cp) || cp == '_';
    }
  }

  private record Translation(String javaRegex, Map<String, Integer> groupsByName) {}

  /** One pass over the Go expression that writes the Java one. */
  private static final class Translator {
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

    Translator(String in) {
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
}
