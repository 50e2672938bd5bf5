package io.jeso.core.data;

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
    GoRegexTranslator.Translation t = new GoRegexTranslator(goRegex).translate();
    try {
      return new GoRegex(
          goRegex, Pattern.compile(t.javaRegex(), Pattern.UNIX_LINES), t.groupsByName());
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
}
