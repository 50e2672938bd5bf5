package io.jeso.provider.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What PushSecrets wrote into one fake store. A push without property replaces the whole value; a
 * push with a property sets that key of a JSON object (ESO's fake ignores the property; keeping it
 * makes {@code remoteRef.property} read back what was pushed). Pushed values have no version.
 */
final class PushedSecrets {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, byte[]> values = new ConcurrentHashMap<>();

  Optional<byte[]> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  Map<String, byte[]> snapshot() {
    return Map.copyOf(values);
  }

  void put(String key, String property, byte[] value) {
    if (property == null) {
      values.put(key, value.clone());
      return;
    }
    values.compute(
        key,
        (k, current) -> {
          ObjectNode object = asObject(current);
          object.put(property, new String(value, StandardCharsets.UTF_8));
          return write(object);
        });
  }

  /** Removes the value, or one property of it; a value left without properties goes too. */
  void delete(String key, String property) {
    if (property == null) {
      values.remove(key);
      return;
    }
    values.computeIfPresent(
        key,
        (k, current) -> {
          ObjectNode object = asObject(current);
          if (!object.has(property)) {
            return current;
          }
          object.remove(property);
          return object.isEmpty() ? null : write(object);
        });
  }

  /** The value as a JSON object to add to; anything else is replaced by an empty object. */
  private static ObjectNode asObject(byte[] current) {
    if (current != null) {
      try {
        JsonNode node = JSON.readTree(current);
        if (node instanceof ObjectNode object) {
          return object;
        }
      } catch (IOException e) {
        // Not JSON: a property push turns the value into an object, as a Secret key would.
      }
    }
    return JSON.createObjectNode();
  }

  private static byte[] write(ObjectNode object) {
    try {
      return JSON.writeValueAsBytes(object);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialize a JSON object", e);
    }
  }
}
