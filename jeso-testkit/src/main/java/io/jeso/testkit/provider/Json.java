package io.jeso.testkit.provider;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON writer and reader for fixtures and the contract test, so that comparisons ignore key
 * order and spacing. Values are plain Java: {@code Map}, {@code List}, {@code String}, {@code
 * BigDecimal}, {@code Boolean} and null. It is self-contained on purpose: the testkit's main code
 * must not depend on how a module scopes Jackson. Errors never quote the input, which may be a
 * secret.
 */
public final class Json {
  private Json() {}

  /** The compact JSON text of a value built from maps, lists, strings, numbers and booleans. */
  public static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    write(value, sb);
    return sb.toString();
  }

  /** The value as a JSON string when it is not a string already (how map-valued stores keep it). */
  public static String text(Object value) {
    return value instanceof String s ? s : write(value);
  }

  /** Parses JSON text into plain Java values (see the class comment). */
  public static Object parse(byte[] json) {
    Reader reader = new Reader(new String(json, StandardCharsets.UTF_8));
    Object value = reader.value();
    reader.end();
    return value;
  }

  /** The same normal form {@link #parse} gives, for a value built in a test. */
  public static Object tree(Object value) {
    return parse(write(value).getBytes(StandardCharsets.UTF_8));
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void write(Object value, StringBuilder sb) {
    if (value == null) {
      sb.append("null");
    } else if (value instanceof Map<?, ?> map) {
      sb.append('{');
      String sep = "";
      for (Map.Entry<?, ?> e : map.entrySet()) {
        sb.append(sep);
        writeString(String.valueOf(e.getKey()), sb);
        sb.append(':');
        write(e.getValue(), sb);
        sep = ",";
      }
      sb.append('}');
    } else if (value instanceof List<?> list) {
      sb.append('[');
      for (int i = 0; i < list.size(); i++) {
        sb.append(i == 0 ? "" : ",");
        write(list.get(i), sb);
      }
      sb.append(']');
    } else if (value instanceof Number || value instanceof Boolean) {
      sb.append(value);
    } else {
      writeString(value.toString(), sb);
    }
  }

  private static void writeString(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  /** Recursive descent over the whole text. */
  private static final class Reader {
    private final String in;
    private int pos;

    Reader(String in) {
      this.in = in;
    }

    Object value() {
      skipSpace();
      if (pos >= in.length()) {
        throw error("unexpected end");
      }
      char c = in.charAt(pos);
      return switch (c) {
        case '{' -> object();
        case '[' -> array();
        case '"' -> string();
        case 't' -> literal("true", Boolean.TRUE);
        case 'f' -> literal("false", Boolean.FALSE);
        case 'n' -> literal("null", null);
        default -> number();
      };
    }

    void end() {
      skipSpace();
      if (pos != in.length()) {
        throw error("content after the value");
      }
    }

    private Map<String, Object> object() {
      Map<String, Object> map = new LinkedHashMap<>();
      pos++;
      skipSpace();
      if (peek() == '}') {
        pos++;
        return map;
      }
      while (true) {
        skipSpace();
        if (peek() != '"') {
          throw error("expected a key");
        }
        String key = string();
        skipSpace();
        expect(':');
        map.put(key, value());
        skipSpace();
        if (peek() == ',') {
          pos++;
        } else {
          expect('}');
          return map;
        }
      }
    }

    private List<Object> array() {
      List<Object> list = new ArrayList<>();
      pos++;
      skipSpace();
      if (peek() == ']') {
        pos++;
        return list;
      }
      while (true) {
        list.add(value());
        skipSpace();
        if (peek() == ',') {
          pos++;
        } else {
          expect(']');
          return list;
        }
      }
    }

    private String string() {
      StringBuilder sb = new StringBuilder();
      pos++;
      while (pos < in.length()) {
        char c = in.charAt(pos++);
        if (c == '"') {
          return sb.toString();
        }
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        if (pos >= in.length()) {
          break;
        }
        char e = in.charAt(pos++);
        switch (e) {
          case 'n' -> sb.append('\n');
          case 'r' -> sb.append('\r');
          case 't' -> sb.append('\t');
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'u' -> {
            if (pos + 4 > in.length()) {
              throw error("bad unicode escape");
            }
            sb.append((char) Integer.parseInt(in.substring(pos, pos + 4), 16));
            pos += 4;
          }
          default -> sb.append(e);
        }
      }
      throw error("unterminated string");
    }

    private Object literal(String word, Object value) {
      if (!in.startsWith(word, pos)) {
        throw error("unexpected character");
      }
      pos += word.length();
      return value;
    }

    private BigDecimal number() {
      int start = pos;
      while (pos < in.length() && "+-0123456789.eE".indexOf(in.charAt(pos)) >= 0) {
        pos++;
      }
      try {
        return new BigDecimal(in.substring(start, pos)).stripTrailingZeros();
      } catch (NumberFormatException e) {
        throw error("unexpected character");
      }
    }

    private char peek() {
      return pos < in.length() ? in.charAt(pos) : '\0';
    }

    private void expect(char c) {
      if (peek() != c) {
        throw error("expected " + c);
      }
      pos++;
    }

    private void skipSpace() {
      while (pos < in.length() && Character.isWhitespace(in.charAt(pos))) {
        pos++;
      }
    }

    private IllegalArgumentException error(String what) {
      // Position only: the text may be a secret.
      return new IllegalArgumentException(
          "not JSON: " + what + " at offset " + pos + " of " + in.length());
    }
  }
}
