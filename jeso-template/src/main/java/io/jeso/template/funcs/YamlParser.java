package io.jeso.template.funcs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML reader for the documents templates parse with fromYaml: block mappings and sequences, flow
 * collections, plain, quoted and block scalars, comments. Anchors, aliases, tags and merge keys are
 * not supported (an error). Input and output strings are byte strings; scalars resolve as go-yaml
 * v2 resolves them.
 */
final class YamlParser {
  /** A parse failure. */
  static final class YamlException extends Exception {
    private static final long serialVersionUID = 1L;

    YamlException(String m) {
      super(m, null, false, false);
    }
  }

  /** A quoted or block scalar: always a string. */
  record Quoted(String text) {}

  private final List<int[]> ind = new ArrayList<>();
  private final List<String> text = new ArrayList<>();
  private int pos;

  private YamlParser(String doc) {
    String[] raw = doc.replace("\r\n", "\n").split("\n", -1);
    boolean started = false;
    for (String l : raw) {
      if (!started && (l.equals("---") || l.startsWith("--- "))) {
        started = true;
        String rest = l.length() > 4 ? l.substring(4) : "";
        if (!rest.isBlank()) {
          addLine(rest);
        }
        continue;
      }
      if (l.equals("...") || ((l.equals("---") || l.startsWith("--- ")) && started)) {
        break;
      }
      if (!l.startsWith("%")) {
        started = true;
      }
      addLine(l);
    }
  }

  private void addLine(String l) {
    int n = 0;
    while (n < l.length() && l.charAt(n) == ' ') {
      n++;
    }
    ind.add(new int[] {n});
    text.add(l.substring(n));
  }

  /**
   * Parses the first document; returns Map, List, Quoted, plain String, or null for an empty
   * document.
   */
  static Object parse(String doc) throws YamlException {
    YamlParser p = new YamlParser(doc);
    p.skipBlank();
    if (p.pos >= p.text.size()) {
      return null;
    }
    Object v = p.node(-1);
    p.skipBlank();
    if (p.pos < p.text.size()) {
      throw new YamlException(
          "yaml: line " + (p.pos + 1) + ": did not find expected <document start>");
    }
    return v;
  }

  private boolean isBlank(int i) {
    String t = text.get(i);
    return t.isBlank() || t.startsWith("#") || t.strip().startsWith("#");
  }

  private void skipBlank() {
    while (pos < text.size() && isBlank(pos)) {
      pos++;
    }
  }

  private int indent() {
    return ind.get(pos)[0];
  }

  private Object node(int parentIndent) throws YamlException {
    skipBlank();
    if (pos >= text.size() || indent() <= parentIndent && parentIndent >= 0) {
      return null;
    }
    String t = text.get(pos);
    if (t.equals("-") || t.startsWith("- ")) {
      return sequence(indent());
    }
    if (mappingColon(t) >= 0) {
      return mapping(indent());
    }
    return scalarLines(parentIndent);
  }

  private List<Object> sequence(int n) throws YamlException {
    List<Object> out = new ArrayList<>();
    while (true) {
      skipBlank();
      if (pos >= text.size() || indent() != n) {
        return out;
      }
      String t = text.get(pos);
      if (!(t.equals("-") || t.startsWith("- "))) {
        return out;
      }
      String rest = t.length() > 1 ? t.substring(2) : "";
      int restIndent = n + 2 + leadingSpaces(rest);
      rest = rest.stripLeading();
      if (rest.isEmpty() || rest.startsWith("#")) {
        pos++;
        out.add(node(n));
      } else {
        ind.set(pos, new int[] {restIndent});
        text.set(pos, rest);
        out.add(inlineNode(n, restIndent));
      }
    }
  }

  private static int leadingSpaces(String s) {
    int k = 0;
    while (k < s.length() && s.charAt(k) == ' ') {
      k++;
    }
    return k;
  }

  /** A node starting on the current (virtual) line at column col. */
  private Object inlineNode(int parentIndent, int col) throws YamlException {
    String t = text.get(pos);
    if (t.equals("-") || t.startsWith("- ")) {
      return sequence(col);
    }
    if (mappingColon(t) >= 0) {
      return mapping(col);
    }
    return scalarLines(parentIndent);
  }

  private Map<Object, Object> mapping(int n) throws YamlException {
    Map<Object, Object> out = new HashMap<>();
    while (true) {
      skipBlank();
      if (pos >= text.size() || indent() != n) {
        return out;
      }
      String t = text.get(pos);
      int c = mappingColon(t);
      if (c < 0) {
        if (t.equals("-") || t.startsWith("- ")) {
          return out;
        }
        throw new YamlException("yaml: line " + (pos + 1) + ": could not find expected ':'");
      }
      Object key = scalarText(t.substring(0, c).strip(), pos);
      String rest = c + 1 < t.length() ? t.substring(c + 1).strip() : "";
      Object value;
      if (rest.isEmpty() || rest.startsWith("#")) {
        pos++;
        skipBlank();
        if (pos < text.size()
            && indent() == n
            && (text.get(pos).equals("-") || text.get(pos).startsWith("- "))) {
          value = sequence(n);
        } else {
          value = node(n);
        }
      } else {
        value = inlineValue(rest, n);
      }
      out.put(key, value);
    }
  }

  /** The value after "key: " on the current line (pos is still on that line). */
  private Object inlineValue(String rest, int n) throws YamlException {
    char c0 = rest.charAt(0);
    if (c0 == '|' || c0 == '>') {
      pos++;
      return blockScalar(rest, n);
    }
    if (c0 == '&' || c0 == '*' || c0 == '!') {
      throw new YamlException("yaml: anchors, aliases and tags are not supported");
    }
    if (c0 == '[' || c0 == '{') {
      StringBuilder sb = new StringBuilder(rest);
      pos++;
      while (!Flow.balanced(sb.toString()) && pos < text.size()) {
        sb.append(' ').append(text.get(pos).strip());
        pos++;
      }
      return Flow.parse(sb.toString());
    }
    if (c0 == '"' || c0 == '\'') {
      return quotedLines(rest, n);
    }
    pos++;
    StringBuilder sb = new StringBuilder(stripComment(rest));
    while (pos < text.size() && !isBlank(pos) && indent() > n && mappingColon(text.get(pos)) < 0) {
      sb.append(' ').append(stripComment(text.get(pos).strip()));
      pos++;
    }
    return sb.toString();
  }

  private Object quotedLines(String first, int n) throws YamlException {
    StringBuilder sb = new StringBuilder(first);
    pos++;
    while (Flow.quotedEnd(sb.toString()) < 0 && pos < text.size()) {
      sb.append('\n').append(text.get(pos).strip());
      pos++;
    }
    String all = sb.toString();
    int end = Flow.quotedEnd(all);
    if (end < 0) {
      throw new YamlException("yaml: found unexpected end of stream");
    }
    String after = all.substring(end).strip();
    if (!after.isEmpty() && !after.startsWith("#")) {
      throw new YamlException("yaml: did not find expected key");
    }
    return new Quoted(Flow.unquote(all.substring(0, end)));
  }

  private Object scalarLines(int parentIndent) throws YamlException {
    String t = text.get(pos);
    char c0 = t.charAt(0);
    if (c0 == '|' || c0 == '>') {
      pos++;
      return blockScalar(t, parentIndent);
    }
    if (c0 == '[' || c0 == '{' || c0 == '"' || c0 == '\'') {
      return inlineValue(t, parentIndent);
    }
    StringBuilder sb = new StringBuilder(stripComment(t));
    pos++;
    while (pos < text.size() && !isBlank(pos) && indent() > parentIndent) {
      sb.append(' ').append(stripComment(text.get(pos).strip()));
      pos++;
    }
    return sb.toString();
  }

  private Object blockScalar(String header, int n) throws YamlException {
    String h = stripComment(header).strip();
    boolean literal = h.charAt(0) == '|';
    char chomp = 'c';
    int explicit = 0;
    for (int k = 1; k < h.length(); k++) {
      char c = h.charAt(k);
      if (c == '-' || c == '+') {
        chomp = c;
      } else if (c >= '1' && c <= '9') {
        explicit = c - '0';
      } else {
        throw new YamlException("yaml: did not find expected comment or line break");
      }
    }
    int base = Math.max(n, 0) + (n < 0 ? 0 : 0);
    int contentIndent = -1;
    if (explicit > 0) {
      contentIndent = Math.max(n, 0) + explicit;
    }
    List<String> lines = new ArrayList<>();
    while (pos < text.size()) {
      String t = text.get(pos);
      int i = indent();
      if (!t.isEmpty()) {
        if (contentIndent < 0) {
          if (i <= n) {
            break;
          }
          contentIndent = i;
        }
        if (i < contentIndent) {
          break;
        }
      }
      lines.add(
          t.isEmpty()
              ? (i > contentIndent && contentIndent >= 0 ? " ".repeat(i - contentIndent) : "")
              : " ".repeat(i - contentIndent) + t);
      pos++;
    }
    return new Quoted(BlockScalars.build(lines, literal, chomp, base));
  }

  /** The index of the ':' that makes this line a mapping entry, or -1. */
  static int mappingColon(String t) {
    if (t.startsWith("- ") || t.equals("-")) {
      return -1;
    }
    int i = 0;
    if (!t.isEmpty() && (t.charAt(0) == '"' || t.charAt(0) == '\'')) {
      i = Flow.quotedEnd(t);
      if (i < 0) {
        return -1;
      }
    } else if (!t.isEmpty() && (t.charAt(0) == '[' || t.charAt(0) == '{' || t.charAt(0) == '#')) {
      return -1;
    }
    for (; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '#' && i > 0 && (t.charAt(i - 1) == ' ' || t.charAt(i - 1) == '\t')) {
        return -1;
      }
      if (c == ':' && (i + 1 == t.length() || t.charAt(i + 1) == ' ' || t.charAt(i + 1) == '\t')) {
        return i;
      }
    }
    return -1;
  }

  static String stripComment(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '#' && (i == 0 || s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) {
        return s.substring(0, i).stripTrailing();
      }
    }
    return s.stripTrailing();
  }

  private static Object scalarText(String s, int line) {
    if (!s.isEmpty() && (s.charAt(0) == '"' || s.charAt(0) == '\'')) {
      try {
        return new Quoted(Flow.unquote(s));
      } catch (YamlException e) {
        return s;
      }
    }
    return s;
  }
}
