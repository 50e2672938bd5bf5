package io.jeso.core.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies {@code dataFrom[].rewrite} operations. Error texts follow ESO's ({@code failed rewrite
 * operation[i]: ...}) and never contain values.
 *
 * <p>One deliberate difference: when a regexp or transform maps two different keys to the same
 * non-empty key, ESO keeps one of them at random (Go map order); jeso fails with a message naming
 * both keys. Mapping keys to the empty key stays allowed, since empty keys are dropped afterwards
 * and users rely on that to filter keys.
 */
public final class Rewrites {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Rewrites() {}

  /**
   * Applies {@code operations} in order.
   *
   * @throws RewriteException naming the failing operation's index
   */
  public static Map<String, byte[]> apply(
      List<Rewrite> operations, Map<String, byte[]> in, KeyTemplates templates) {
    Map<String, byte[]> out = in;
    for (int i = 0; i < operations.size(); i++) {
      try {
        out = applyOne(operations.get(i), out, templates);
      } catch (RewriteException | InvalidRegexException | MalformedJsonException e) {
        throw new RewriteException("failed rewrite operation[" + i + "]: " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static Map<String, byte[]> applyOne(
      Rewrite op, Map<String, byte[]> in, KeyTemplates templates) {
    return switch (op) {
      case Rewrite.Regexp r -> regexp(r, in);
      case Rewrite.Transform t -> renameAll(in, key -> renderKey(templates, t.template(), key));
      case Rewrite.Merge m -> merge(m, in);
    };
  }

  static Map<String, byte[]> regexp(Rewrite.Regexp op, Map<String, byte[]> in) {
    GoRegex re;
    try {
      re = GoRegex.compile(op.source());
    } catch (InvalidRegexException e) {
      throw new RewriteException("regexp failed with failed to compile: " + e.getMessage(), e);
    }
    return renameAll(in, key -> re.replaceAll(key, op.target()));
  }

  private static String renderKey(KeyTemplates templates, String template, String key) {
    return templates.render(template, key);
  }

  private static Map<String, byte[]> renameAll(
      Map<String, byte[]> in, java.util.function.UnaryOperator<String> rename) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    Map<String, String> sourceOf = new TreeMap<>();
    for (Map.Entry<String, byte[]> e : new TreeMap<>(in).entrySet()) {
      String newKey = rename.apply(e.getKey());
      String earlier = sourceOf.putIfAbsent(newKey, e.getKey());
      if (earlier != null && !newKey.isEmpty()) {
        throw new RewriteException(
            "keys " + earlier + " and " + e.getKey() + " are both rewritten to " + newKey);
      }
      out.put(newKey, e.getValue());
    }
    return out;
  }

  static Map<String, byte[]> merge(Rewrite.Merge op, Map<String, byte[]> in) {
    if (op.strategy() == Rewrite.MergeStrategy.JSON && op.into().isEmpty()) {
      throw new RewriteException("merge failed with missing 'into' field");
    }
    ObjectNode merged = JSON.createObjectNode();
    List<String> conflicts = new ArrayList<>();
    for (String key : mergeOrder(op, in)) {
      byte[] value = in.get(key);
      if (value == null) {
        if (op.priorityPolicy() == Rewrite.PriorityPolicy.IGNORE_NOT_FOUND) {
          continue;
        }
        throw new RewriteException("merge failed with key \"" + key + "\" not found in input map");
      }
      mergeObject(key, value, merged, conflicts);
    }
    if (op.conflictPolicy() == Rewrite.ConflictPolicy.ERROR && !conflicts.isEmpty()) {
      throw new RewriteException("merge failed with conflicts: " + String.join(", ", conflicts));
    }
    return op.strategy() == Rewrite.MergeStrategy.JSON
        ? mergedInto(op.into(), merged, in)
        : extracted(merged);
  }

  /**
   * Keys without priority in byte order, then the priority keys in the order given (so they win).
   */
  private static List<String> mergeOrder(Rewrite.Merge op, Map<String, byte[]> in) {
    List<String> order = new ArrayList<>();
    for (String key : in.keySet()) {
      if (!op.priority().contains(key)) {
        order.add(key);
      }
    }
    order.sort(Utf8Order.INSTANCE);
    order.addAll(op.priority());
    return order;
  }

  private static void mergeObject(
      String key, byte[] value, ObjectNode merged, List<String> conflicts) {
    JsonNode parsed;
    try {
      parsed = JSON.readTree(value);
    } catch (JsonProcessingException e) {
      throw new RewriteException(
          "merge failed with failed to unmarshal JSON: value of key " + key + " is not JSON");
    } catch (java.io.IOException e) {
      throw new RewriteException("merge failed with failed to read value of key " + key);
    }
    if (parsed == null || !parsed.isObject()) {
      throw new RewriteException(
          "merge failed with failed to unmarshal JSON: value of key "
              + key
              + " is not a JSON object");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = parsed.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (merged.has(entry.getKey())) {
        conflicts.add(entry.getKey());
      }
      merged.set(entry.getKey(), entry.getValue());
    }
  }

  private static Map<String, byte[]> extracted(ObjectNode merged) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = merged.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      out.put(entry.getKey(), extractedValue(entry.getValue()));
    }
    return out;
  }

  /**
   * What ESO stores for one merged entry: strings as text, numbers as plain decimals, the rest as
   * JSON.
   */
  private static byte[] extractedValue(JsonNode v) {
    String text;
    if (v.isTextual()) {
      text = v.textValue();
    } else if (v.isNumber()) {
      text = JsonProperty.plainDecimal(v.asText());
    } else if (v.isBoolean()) {
      text = Boolean.toString(v.booleanValue());
    } else if (v.isNull()) {
      text = "";
    } else {
      text = GoJson.write(v, true);
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, byte[]> mergedInto(
      String into, ObjectNode merged, Map<String, byte[]> in) {
    Map<String, byte[]> out = new LinkedHashMap<>(in);
    out.put(into, GoJson.write(merged, false).getBytes(StandardCharsets.UTF_8));
    return out;
  }
}
