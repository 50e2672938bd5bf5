package io.jeso.template.funcs;

import io.jeso.template.exec.GoFloat;
import io.jeso.template.exec.GoInt;
import io.jeso.template.exec.GoObject;
import io.jeso.template.exec.Values;
import io.jeso.template.parse.BStr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Go's encoding/json over the engine's values (byte strings). */
public final class Json {
  private static final String HEX = "0123456789abcdef";

  private Json() {}

  /** A value that cannot be encoded (NaN, Inf, unsupported type). */
  public static final class JsonException extends Exception {
    private static final long serialVersionUID = 1L;

    public JsonException(String message) {
      super(message, null, false, false);
    }
  }

  /** A value with its own JSON encoding (Go's json.Marshaler). */
  public interface Marshaler {
    /** The JSON text (a byte string). */
    String toJson();
  }

  // ---- encoding

  /** json.Marshal (escapeHTML) or an Encoder with SetEscapeHTML(false); indent "" for compact. */
  public static String encode(Object v, boolean escapeHtml, String indent) throws JsonException {
    StringBuilder sb = new StringBuilder();
    write(sb, v, escapeHtml);
    return indent.isEmpty() ? sb.toString() : indent(sb.toString(), indent);
  }

  private static void write(StringBuilder sb, Object v, boolean html) throws JsonException {
    if (v == null || v == Values.NIL_IFACE) {
      sb.append("null");
    } else if (v instanceof String s) {
      appendString(sb, s, html);
    } else if (v instanceof Boolean || v instanceof Long || v instanceof GoInt) {
      sb.append(v);
    } else if (v instanceof Double d) {
      appendFloat(sb, d);
    } else if (v instanceof byte[] b) {
      sb.append('"').append(java.util.Base64.getEncoder().encodeToString(b)).append('"');
    } else if (v instanceof Map<?, ?> m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        appendString(sb, (String) e.getKey(), html);
        sb.append(':');
        write(sb, e.getValue(), html);
      }
      sb.append('}');
    } else if (v instanceof List<?> l) {
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        write(sb, l.get(i), html);
      }
      sb.append(']');
    } else if (v instanceof Marshaler m) {
      sb.append(m.toJson());
    } else if (v instanceof GoObject o) {
      throw new JsonException("json: unsupported type: " + o.goType());
    } else {
      throw new JsonException("json: unsupported type");
    }
  }

  private static void appendFloat(StringBuilder sb, double f) throws JsonException {
    if (Double.isNaN(f) || Double.isInfinite(f)) {
      throw new JsonException("json: unsupported value: " + GoFloat.format(f, 'g', -1));
    }
    double abs = Math.abs(f);
    char fmt = 'f';
    if (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
      fmt = 'e';
    }
    String s = GoFloat.format(f, fmt, -1);
    if (fmt == 'e') {
      int n = s.length();
      if (n >= 4 && s.charAt(n - 4) == 'e' && s.charAt(n - 3) == '-' && s.charAt(n - 2) == '0') {
        s = s.substring(0, n - 2) + s.charAt(n - 1);
      }
    }
    sb.append(s);
  }

  /** Go's JSON string encoding of a byte string. */
  public static void appendString(StringBuilder sb, String s, boolean html) {
    sb.append('"');
    int i = 0;
    while (i < s.length()) {
      char b = s.charAt(i);
      if (b < 0x80) {
        if (b >= 0x20 && b != '"' && b != '\\' && !(html && (b == '<' || b == '>' || b == '&'))) {
          sb.append(b);
        } else {
          switch (b) {
            case '\\', '"' -> sb.append('\\').append(b);
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            default -> sb.append("\\u00").append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xF));
          }
        }
        i++;
        continue;
      }
      long rw = BStr.decodeRune(s, i);
      int r = BStr.rune(rw);
      int w = BStr.width(rw);
      if (r == BStr.RUNE_ERROR && w == 1) {
        sb.append("\\ufffd");
      } else if (r == 0x2028 || r == 0x2029) {
        sb.append("\\u202").append(HEX.charAt(r & 0xF));
      } else {
        sb.append(s, i, i + w);
      }
      i += w;
    }
    sb.append('"');
  }

  /** json.Indent with prefix "" (compact input). */
  private static String indent(String src, String indent) {
    StringBuilder sb = new StringBuilder();
    int depth = 0;
    boolean inString = false;
    boolean needIndent = false;
    for (int i = 0; i < src.length(); i++) {
      char c = src.charAt(i);
      if (inString) {
        sb.append(c);
        if (c == '\\') {
          sb.append(src.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      if (needIndent && c != ']' && c != '}') {
        needIndent = false;
        depth++;
        newline(sb, indent, depth);
      }
      switch (c) {
        case '"' -> {
          inString = true;
          sb.append(c);
        }
        case '{', '[' -> {
          needIndent = true;
          sb.append(c);
        }
        case ',' -> {
          sb.append(c);
          newline(sb, indent, depth);
        }
        case ':' -> sb.append(": ");
        case '}', ']' -> {
          if (needIndent) {
            needIndent = false;
          } else {
            depth--;
            newline(sb, indent, depth);
          }
          sb.append(c);
        }
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static void newline(StringBuilder sb, String indent, int depth) {
    sb.append('\n');
    for (int i = 0; i < depth; i++) {
      sb.append(indent);
    }
  }

  // ---- decoding

  /**
   * json.Unmarshal into interface{}: objects → map[string]interface{}, arrays → []interface{},
   * numbers → float64 (or Go int for integer syntax when {@code intsAsInt}, used by the tests),
   * strings → byte strings.
   */
  public static Object decode(String text, boolean intsAsInt) throws JsonException {
    return decode(text, intsAsInt, false);
  }

  /**
   * A JSON number kept as its text (for the YAML conversion, which resolves numbers its own way).
   */
  public record Number(String text) {}

  static Object decode(String text, boolean intsAsInt, boolean numbersAsText) throws JsonException {
    Decoder d = new Decoder(text, intsAsInt);
    d.numbersAsText = numbersAsText;
    d.ws();
    Object v = d.value(0);
    d.ws();
    if (d.pos != text.length()) {
      throw new JsonException("invalid character after top-level value");
    }
    return v;
  }

  private static final class Decoder {
    private final String s;
    private final boolean intsAsInt;
    private boolean numbersAsText;
    private int pos;

    Decoder(String s, boolean intsAsInt) {
      this.s = s;
      this.intsAsInt = intsAsInt;
    }

    void ws() {
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
          return;
        }
        pos++;
      }
    }

    JsonException err(String what) {
      return new JsonException("invalid JSON: " + what + " at offset " + pos);
    }

    Object value(int depth) throws JsonException {
      if (depth > 10000) {
        throw err("exceeded max depth");
      }
      if (pos >= s.length()) {
        throw new JsonException("unexpected end of JSON input");
      }
      char c = s.charAt(pos);
      switch (c) {
        case '{':
          return object(depth);
        case '[':
          return array(depth);
        case '"':
          return string();
        case 't':
          return literal("true", Boolean.TRUE);
        case 'f':
          return literal("false", Boolean.FALSE);
        case 'n':
          return literal("null", null);
        default:
          if (c == '-' || (c >= '0' && c <= '9')) {
            return number();
          }
          throw err("unexpected character");
      }
    }

    Object literal(String word, Object v) throws JsonException {
      if (!s.startsWith(word, pos)) {
        throw err("invalid literal");
      }
      pos += word.length();
      return v;
    }

    Map<String, Object> object(int depth) throws JsonException {
      pos++;
      Map<String, Object> m = new HashMap<>();
      ws();
      if (pos < s.length() && s.charAt(pos) == '}') {
        pos++;
        return m;
      }
      while (true) {
        ws();
        if (pos >= s.length() || s.charAt(pos) != '"') {
          throw err("expected string");
        }
        String k = string();
        ws();
        expect(':');
        ws();
        m.put(k, value(depth + 1));
        ws();
        if (pos < s.length() && s.charAt(pos) == ',') {
          pos++;
          continue;
        }
        expect('}');
        return m;
      }
    }

    List<Object> array(int depth) throws JsonException {
      pos++;
      List<Object> l = new ArrayList<>();
      ws();
      if (pos < s.length() && s.charAt(pos) == ']') {
        pos++;
        return l;
      }
      while (true) {
        ws();
        l.add(value(depth + 1));
        ws();
        if (pos < s.length() && s.charAt(pos) == ',') {
          pos++;
          continue;
        }
        expect(']');
        return l;
      }
    }

    void expect(char c) throws JsonException {
      if (pos >= s.length()) {
        throw new JsonException("unexpected end of JSON input");
      }
      if (s.charAt(pos) != c) {
        throw err("expected '" + c + "'");
      }
      pos++;
    }

    Object number() throws JsonException {
      int start = pos;
      if (s.charAt(pos) == '-') {
        pos++;
      }
      if (pos >= s.length()) {
        throw new JsonException("unexpected end of JSON input");
      }
      if (s.charAt(pos) == '0') {
        pos++;
      } else if (s.charAt(pos) >= '1' && s.charAt(pos) <= '9') {
        digits();
      } else {
        throw err("invalid number");
      }
      boolean isInt = true;
      if (pos < s.length() && s.charAt(pos) == '.') {
        pos++;
        isInt = false;
        if (digits() == 0) {
          throw err("invalid number");
        }
      }
      if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
        pos++;
        isInt = false;
        if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
          pos++;
        }
        if (digits() == 0) {
          throw err("invalid number");
        }
      }
      String num = s.substring(start, pos);
      if (numbersAsText) {
        return new Number(num);
      }
      if (intsAsInt && isInt) {
        try {
          return Long.parseLong(num);
        } catch (NumberFormatException e) {
          // falls through to float64
        }
      }
      double d = Double.parseDouble(num);
      if (Double.isInfinite(d)) {
        throw new JsonException("json: cannot unmarshal number " + "into Go value of type float64");
      }
      return d;
    }

    int digits() {
      int n = 0;
      while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
        pos++;
        n++;
      }
      return n;
    }

    String string() throws JsonException {
      pos++;
      StringBuilder sb = new StringBuilder();
      while (true) {
        if (pos >= s.length()) {
          throw new JsonException("unexpected end of JSON input");
        }
        char c = s.charAt(pos);
        if (c == '"') {
          pos++;
          return sb.toString();
        }
        if (c < 0x20) {
          throw err("invalid character in string literal");
        }
        if (c == '\\') {
          escape(sb);
          continue;
        }
        if (c < 0x80) {
          sb.append(c);
          pos++;
          continue;
        }
        long rw = BStr.decodeRune(s, pos);
        int w = BStr.width(rw);
        if (BStr.rune(rw) == BStr.RUNE_ERROR && w == 1) {
          sb.append("\u00ef\u00bf\u00bd");
        } else {
          sb.append(s, pos, pos + w);
        }
        pos += w;
      }
    }

    void escape(StringBuilder sb) throws JsonException {
      pos++;
      if (pos >= s.length()) {
        throw new JsonException("unexpected end of JSON input");
      }
      char e = s.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> sb.append(e);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          int r = hex4();
          if (r >= 0xD800 && r < 0xDC00) {
            if (s.startsWith("\\u", pos)) {
              int save = pos;
              pos += 2;
              int r2 = hex4();
              if (r2 >= 0xDC00 && r2 < 0xE000) {
                BStr.appendRune(sb, 0x10000 + ((r - 0xD800) << 10) + (r2 - 0xDC00));
                return;
              }
              pos = save;
            }
            BStr.appendRune(sb, BStr.RUNE_ERROR);
          } else {
            BStr.appendRune(sb, r);
          }
        }
        default -> throw err("invalid escape");
      }
    }

    int hex4() throws JsonException {
      if (pos + 4 > s.length()) {
        throw err("invalid escape");
      }
      int v = 0;
      for (int i = 0; i < 4; i++) {
        int d = Character.digit(s.charAt(pos + i), 16);
        if (d < 0) {
          throw err("invalid escape");
        }
        v = (v << 4) | d;
      }
      pos += 4;
      return v;
    }
  }
}
