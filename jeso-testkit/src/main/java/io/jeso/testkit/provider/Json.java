package io.jeso.testkit.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** JSON helpers for fixtures and the contract test. */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** The compact JSON text of a value built from maps, lists, strings, numbers and booleans. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not serializable as JSON", e);
    }
  }

  /** The value as a JSON string when it is not a string already (how map-valued stores keep it). */
  public static String text(Object value) {
    return value instanceof String s ? s : write(value);
  }

  /** Parses JSON text, for comparisons that ignore key order and spacing. */
  public static JsonNode parse(byte[] json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      // Parser messages quote the input, which may be a secret: keep only the type.
      throw new IllegalArgumentException(
          "not JSON (" + json.length + " bytes): " + e.getClass().getSimpleName());
    }
  }

  /** Parses the JSON form of a value built from maps, lists and scalars. */
  public static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
