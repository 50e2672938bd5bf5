package io.jeso.provider.vault.kv;

import com.fasterxml.jackson.databind.JsonNode;
import io.jeso.core.data.Utf8Order;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Serializes a Vault secret the way ESO hands it over: Go's {@code json.Marshal} of the decoded
 * {@code data} map, i.e. keys sorted by their UTF-8 bytes, no spaces, {@code <}, {@code >} and
 * {@code &} escaped, and numbers with their original text (the Vault client decodes with {@code
 * json.Number}). Same bytes as ESO means the same Secret data and the same data hash.
 */
public final class GoJsonText {
  private GoJsonText() {}

  public static byte[] bytes(JsonNode node) {
    return write(node).getBytes(StandardCharsets.UTF_8);
  }

  public static String write(JsonNode node) {
    StringBuilder sb = new StringBuilder();
    write(node, sb);
    return sb.toString();
  }

  private static void write(JsonNode node, StringBuilder sb) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      sb.append("null");
    } else if (node.isObject()) {
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      names.sort(Utf8Order.INSTANCE);
      sb.append('{');
      for (int i = 0; i < names.size(); i++) {
        sb.append(i == 0 ? "" : ",");
        string(names.get(i), sb);
        sb.append(':');
        write(node.get(names.get(i)), sb);
      }
      sb.append('}');
    } else if (node.isArray()) {
      sb.append('[');
      for (int i = 0; i < node.size(); i++) {
        sb.append(i == 0 ? "" : ",");
        write(node.get(i), sb);
      }
      sb.append(']');
    } else if (node.isTextual()) {
      string(node.textValue(), sb);
    } else if (node.isBigDecimal()) {
      sb.append(node.decimalValue().toString());
    } else if (node.isNumber() || node.isBoolean()) {
      sb.append(node.asText());
    } else {
      string(node.asText(), sb);
    }
  }

  /** Go's string encoding with HTML escaping, as {@code json.Marshal} does by default. */
  static void string(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '<', '>', '&', '\u2028', '\u2029' -> unicode(c, sb);
        default -> {
          if (c < 0x20) {
            unicode(c, sb);
          } else if (Character.isSurrogate(c) && !validPair(s, i)) {
            sb.append('\ufffd'); // Go replaces invalid UTF-8 the same way
          } else {
            sb.append(c);
            if (Character.isHighSurrogate(c)) {
              sb.append(s.charAt(++i));
            }
          }
        }
      }
    }
    sb.append('"');
  }

  private static boolean validPair(String s, int i) {
    return Character.isHighSurrogate(s.charAt(i))
        && i + 1 < s.length()
        && Character.isLowSurrogate(s.charAt(i + 1));
  }

  private static void unicode(char c, StringBuilder sb) {
    sb.append(String.format("\\u%04x", (int) c));
  }
}
