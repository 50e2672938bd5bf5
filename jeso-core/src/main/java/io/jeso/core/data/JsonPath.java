package io.jeso.core.data;

import java.util.ArrayList;
import java.util.List;

/** Splits a gjson-style path into components; see {@link JsonProperty} for the supported syntax. */
final class JsonPath {
  /** Stands for an unescaped {@code *} inside a component. */
  static final char ANY_RUN = '\u0000';

  /** Stands for an unescaped {@code ?} inside a component. */
  static final char ANY_CHAR = '\u0001';

  private JsonPath() {}

  static List<String> parse(String path) {
    if (path == null || path.isEmpty()) {
      throw new UnsupportedPathException(String.valueOf(path), "the path is empty");
    }
    rejectUnsupported(path);
    List<String> components = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\' && i + 1 < path.length()) {
        current.append(path.charAt(++i));
      } else if (c == '.') {
        components.add(current.toString());
        current.setLength(0);
      } else if (c == '*') {
        current.append(ANY_RUN);
      } else if (c == '?') {
        current.append(ANY_CHAR);
      } else {
        current.append(c);
      }
    }
    components.add(current.toString());
    return components;
  }

  private static void rejectUnsupported(String path) {
    char first = path.charAt(0);
    if (first == '[' || first == '{') {
      throw new UnsupportedPathException(path, "multipaths ([...] or {...})");
    }
    boolean componentStart = true;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\') {
        i++;
        componentStart = false;
        continue;
      }
      if (c == '|') {
        throw new UnsupportedPathException(path, "pipes (|)");
      }
      if (componentStart && c == '@') {
        throw new UnsupportedPathException(path, "modifiers (@...)");
      }
      if (c == '#' && i + 1 < path.length() && path.charAt(i + 1) == '(') {
        throw new UnsupportedPathException(path, "queries (#(...))");
      }
      componentStart = c == '.';
    }
  }
}
