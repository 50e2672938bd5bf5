package io.jeso.template.funcs;

import io.jeso.template.parse.BStr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** YAML flow collections ([a, b], {k: v}) and quoted scalars. */
final class Flow {
  private final String s;
  private int pos;

  private Flow(String s) {
    this.s = s;
  }

  /** Whether brackets and quotes in a flow text are balanced. */
  static boolean balanced(String t) {
    int depth = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '"' || c == '\'') {
        int e = quotedEnd(t.substring(i));
        if (e < 0) {
          return false;
        }
        i += e - 1;
      } else if (c == '[' || c == '{') {
        depth++;
      } else if (c == ']' || c == '}') {
        depth--;
      }
    }
    return depth <= 0;
  }

  /** The index just after the closing quote of the quoted scalar starting at 0, or -1. */
  static int quotedEnd(String t) {
    char q = t.charAt(0);
    for (int i = 1; i < t.length(); i++) {
      char c = t.charAt(i);
      if (q == '"' && c == '\\') {
        i++;
      } else if (c == q) {
        if (q == '\'' && i + 1 < t.length() && t.charAt(i + 1) == '\'') {
          i++;
        } else {
          return i + 1;
        }
      }
    }
    return -1;
  }

  /** The value of a quoted scalar (with its quotes), line breaks folded. */
  static String unquote(String t) throws YamlParser.YamlException {
    char q = t.charAt(0);
    String body = fold(t.substring(1, t.length() - 1));
    if (q == '\'') {
      return body.replace("''", "'");
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (++i >= body.length()) {
        throw new YamlParser.YamlException("yaml: found unknown escape character");
      }
      char e = body.charAt(i);
      switch (e) {
        case '0' -> sb.append((char) 0);
        case 'a' -> sb.append((char) 7);
        case 'b' -> sb.append('\b');
        case 't', '\t' -> sb.append('\t');
        case 'n' -> sb.append('\n');
        case 'v' -> sb.append((char) 11);
        case 'f' -> sb.append('\f');
        case 'r' -> sb.append('\r');
        case 'e' -> sb.append((char) 0x1B);
        case ' ', '"', '/', '\\' -> sb.append(e);
        case 'N' -> BStr.appendRune(sb, 0x85);
        case '_' -> BStr.appendRune(sb, 0xA0);
        case 'L' -> BStr.appendRune(sb, 0x2028);
        case 'P' -> BStr.appendRune(sb, 0x2029);
        case 'x', 'u', 'U' -> {
          int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          if (i + len >= body.length() + 1) {
            throw new YamlParser.YamlException("yaml: found unknown escape character");
          }
          int v = Integer.parseUnsignedInt(body.substring(i + 1, i + 1 + len), 16);
          BStr.appendRune(sb, v);
          i += len;
        }
        default -> throw new YamlParser.YamlException("yaml: found unknown escape character");
      }
    }
    return sb.toString();
  }

  private static String fold(String body) {
    if (body.indexOf('\n') < 0) {
      return body;
    }
    StringBuilder sb = new StringBuilder();
    String[] lines = body.split("\n", -1);
    int blanks = 0;
    for (int i = 0; i < lines.length; i++) {
      String l =
          i == 0
              ? lines[i].stripTrailing()
              : i == lines.length - 1 ? lines[i].stripLeading() : lines[i].strip();
      if (i > 0 && l.isEmpty() && i < lines.length - 1) {
        blanks++;
        continue;
      }
      if (i > 0) {
        boolean escaped = sb.length() > 0 && sb.charAt(sb.length() - 1) == '\\';
        if (escaped) {
          sb.setLength(sb.length() - 1);
        } else {
          sb.append(blanks == 0 ? " " : "\n".repeat(blanks));
        }
      }
      blanks = 0;
      sb.append(l);
    }
    return sb.toString();
  }

  /** Parses a flow collection or scalar. */
  static Object parse(String t) throws YamlParser.YamlException {
    Flow f = new Flow(t);
    Object v = f.value();
    f.ws();
    if (f.pos < t.length() && t.charAt(f.pos) != '#') {
      throw new YamlParser.YamlException("yaml: did not find expected <document start>");
    }
    return v;
  }

  private void ws() {
    while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
      pos++;
    }
  }

  private Object value() throws YamlParser.YamlException {
    ws();
    if (pos >= s.length()) {
      throw new YamlParser.YamlException("yaml: did not find expected node content");
    }
    char c = s.charAt(pos);
    if (c == '[') {
      return seq();
    }
    if (c == '{') {
      return map();
    }
    if (c == '"' || c == '\'') {
      int e = quotedEnd(s.substring(pos));
      if (e < 0) {
        throw new YamlParser.YamlException("yaml: found unexpected end of stream");
      }
      String q = s.substring(pos, pos + e);
      pos += e;
      return new YamlParser.Quoted(unquote(q));
    }
    int start = pos;
    while (pos < s.length()
        && ",[]{}".indexOf(s.charAt(pos)) < 0
        && !(s.charAt(pos) == ':'
            && (pos + 1 >= s.length() || " ,]}".indexOf(s.charAt(pos + 1)) >= 0))) {
      pos++;
    }
    return s.substring(start, pos).strip();
  }

  private List<Object> seq() throws YamlParser.YamlException {
    pos++;
    List<Object> out = new ArrayList<>();
    while (true) {
      ws();
      if (pos < s.length() && s.charAt(pos) == ']') {
        pos++;
        return out;
      }
      out.add(value());
      ws();
      if (pos < s.length() && s.charAt(pos) == ',') {
        pos++;
      } else if (pos >= s.length() || s.charAt(pos) != ']') {
        throw new YamlParser.YamlException("yaml: did not find expected ',' or ']'");
      }
    }
  }

  private Map<Object, Object> map() throws YamlParser.YamlException {
    pos++;
    Map<Object, Object> out = new HashMap<>();
    while (true) {
      ws();
      if (pos < s.length() && s.charAt(pos) == '}') {
        pos++;
        return out;
      }
      Object k = value();
      ws();
      Object v = null;
      if (pos < s.length() && s.charAt(pos) == ':') {
        pos++;
        ws();
        v = pos < s.length() && (s.charAt(pos) == ',' || s.charAt(pos) == '}') ? "" : value();
      }
      out.put(k, v);
      ws();
      if (pos < s.length() && s.charAt(pos) == ',') {
        pos++;
      } else if (pos >= s.length() || s.charAt(pos) != '}') {
        throw new YamlParser.YamlException("yaml: did not find expected ',' or '}'");
      }
    }
  }
}
