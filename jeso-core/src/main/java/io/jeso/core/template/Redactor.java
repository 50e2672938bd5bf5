package io.jeso.core.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Defence in depth for template error messages. The engine never prints a data value itself, but a
 * template may: {@code {{ fail .password }}} or {@code {{ fail (printf "bad %s" .token) }}} put the
 * value into Go's error text, which ESO then shows in events and status. Every value the template
 * could see is replaced by {@value #MARK} before a message leaves the renderer, and so are the
 * string fields of values that are JSON objects (templates pick fields with {@code fromJson}).
 */
final class Redactor {
  static final String MARK = "[redacted]";

  /**
   * Values shorter than this are left alone: replacing "1" or "on" would garble every message while
   * protecting nothing worth a secret.
   */
  static final int MIN_LENGTH = 4;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Map<String, byte[]>> sources;

  private Redactor(List<Map<String, byte[]>> sources) {
    this.sources = sources;
  }

  static Redactor of(Map<String, byte[]> fetched, Collection<Map<String, byte[]>> more) {
    List<Map<String, byte[]>> all = new ArrayList<>();
    all.add(fetched);
    all.addAll(more);
    return new Redactor(all);
  }

  /**
   * {@code message} with every known value replaced (longest first, so no value survives in part).
   */
  String redact(String message) {
    if (message == null) {
      return "";
    }
    List<String> values = new ArrayList<>();
    for (Map<String, byte[]> source : sources) {
      for (byte[] v : source.values()) {
        if (v != null && v.length >= MIN_LENGTH) {
          String text = new String(v, StandardCharsets.UTF_8);
          values.add(text);
          jsonLeaves(text, values);
        }
      }
    }
    values.sort(Comparator.comparingInt(String::length).reversed());
    String out = message;
    for (String v : values) {
      if (v.length() >= MIN_LENGTH && out.contains(v)) {
        out = out.replace(v, MARK);
      }
    }
    return out;
  }

  private static void jsonLeaves(String text, List<String> into) {
    String t = text.strip();
    if (!t.startsWith("{") && !t.startsWith("[")) {
      return;
    }
    try {
      collect(JSON.readTree(t), into);
    } catch (JsonProcessingException notJson) {
      // Not JSON: the whole value is already redacted.
    }
  }

  private static void collect(JsonNode node, List<String> into) {
    if (node.isTextual()) {
      into.add(node.asText());
    } else if (node.isNumber() && node.asText().length() >= MIN_LENGTH) {
      into.add(node.asText());
    } else {
      node.forEach(child -> collect(child, into));
    }
  }
}
