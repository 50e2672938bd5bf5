package io.jeso.provider.vault.kv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading KV v2 metadata the way ESO uses it. */
public final class KvMetadata {
  /** The system fields ESO returns with {@code metadataPolicy: Fetch}, next to custom_metadata. */
  private static final String[] SYSTEM_KEYS = {
    "created_time", "current_version", "delete_version_after"
  };

  private KvMetadata() {}

  /** custom_metadata as strings (Vault keeps only strings there; anything else is printed). */
  public static Map<String, String> custom(JsonNode metadata) {
    Map<String, String> out = new LinkedHashMap<>();
    JsonNode custom = metadata.path("custom_metadata");
    for (Iterator<Map.Entry<String, JsonNode>> it = custom.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), text(e.getValue()));
    }
    return out;
  }

  /**
   * What {@code metadataPolicy: Fetch} returns for a v2 secret: the system fields ESO picks
   * (created_time, current_version, delete_version_after) and every custom_metadata entry, all as
   * strings, so {@code property} selects one of them.
   */
  public static ObjectNode fetched(JsonNode metadata) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (String key : SYSTEM_KEYS) {
      JsonNode v = metadata.get(key);
      if (v != null && !v.isNull()) {
        out.put(key, text(v));
      }
    }
    custom(metadata).forEach(out::put);
    return out;
  }

  /** {@code current_version}, or 0 when the key has no metadata yet. */
  public static long currentVersion(JsonNode metadata) {
    return metadata.path("current_version").asLong(0);
  }

  private static String text(JsonNode v) {
    return v.isTextual() ? v.textValue() : GoJsonText.write(v);
  }
}
