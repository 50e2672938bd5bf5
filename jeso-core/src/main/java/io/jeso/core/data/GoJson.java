package io.jeso.core.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON the way Go's {@code encoding/json} does for values decoded into {@code any}: object
 * keys sorted, no spaces, every number a float64 (so {@code 1.0} is {@code 1} and {@code 1e21}
 * stays exponential), and optionally {@code <}, {@code >}, {@code &} escaped as {@code \u003c}...
 * Used where ESO re-serializes JSON that ends up in a Secret ({@code rewrite.merge}), so the bytes,
 * and with them the data hash, are the same.
 */
final class GoJson {
  private GoJson() {}

  static String write(JsonNode node, boolean escapeHtml) {
    StringBuilder sb = new StringBuilder();
    write(node, escapeHtml, sb);
    return sb.toString();
  }

  private static void write(JsonNode node, boolean escapeHtml, StringBuilder sb) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      sb.append("null");
    } else if (node.isObject()) {
      writeObject(node, escapeHtml, sb);
    } else if (node.isArray()) {
      sb.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        write(node.get(i), escapeHtml, sb);
      }
      sb.append(']');
    } else if (node.isTextual()) {
      writeString(node.textValue(), escapeHtml, sb);
    } else if (node.isNumber()) {
      sb.append(formatFloat64(node.asDouble()));
    } else if (node.isBoolean()) {
      sb.append(node.booleanValue());
    } else {
      writeString(node.asText(), escapeHtml, sb);
    }
  }

  private static void writeObject(JsonNode node, boolean escapeHtml, StringBuilder sb) {
    List<String> names = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      names.add(it.next().getKey());
    }
    names.sort(Utf8Order.INSTANCE);
    sb.append('{');
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      writeString(names.get(i), escapeHtml, sb);
      sb.append(':');
      write(node.get(names.get(i)), escapeHtml, sb);
    }
    sb.append('}');
  }

  static void writeString(String s, boolean escapeHtml, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\u2028', '\u2029' -> sb.append(String.format("\\u%04x", (int) c));
        default -> {
          if (c < 0x20 || (escapeHtml && (c == '<' || c == '>' || c == '&'))) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  /** Go's float64 JSON encoding: {@code 'f'} format, or {@code 'e'} below 1e-6 and from 1e21 on. */
  static String formatFloat64(double d) {
    if (d == 0) {
      return (1 / d) < 0 ? "-0" : "0";
    }
    double abs = Math.abs(d);
    if (abs >= 1e-6 && abs < 1e21) {
      return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }
    BigDecimal exact = new BigDecimal(Double.toString(abs)).stripTrailingZeros();
    String digits = exact.unscaledValue().toString();
    int exponent = digits.length() - 1 - exact.scale();
    StringBuilder sb = new StringBuilder(d < 0 ? "-" : "");
    sb.append(digits.charAt(0));
    if (digits.length() > 1) {
      sb.append('.').append(digits, 1, digits.length());
    }
    sb.append('e').append(exponent < 0 ? '-' : '+');
    // Go's 'e' format pads the exponent to two digits, and encoding/json then trims "e-07" to
    // "e-7"; positive
    // exponents here are always 21 or more, so no padding is ever left.
    sb.append(Math.abs(exponent));
    return sb.toString();
  }
}
