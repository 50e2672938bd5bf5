package io.jeso.provider.vault.kv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.PushRemoteRef;
import io.jeso.core.provider.PushRequest;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.provider.vault.http.VaultJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The write side for PushSecret, with ESO's ownership rules so that secrets pushed by ESO stay
 * manageable by jeso and the other way round:
 *
 * <ul>
 *   <li>jeso marks what it writes with {@code managed-by: external-secrets}: KV v2 in
 *       custom_metadata, KV v1 in a {@code custom_metadata} entry of the data.
 *   <li>It never overwrites an existing secret without that mark, and deleting one without it is a
 *       no-op.
 *   <li>With {@code checkAndSet.required} every v2 data write carries {@code cas} = the current
 *       version (0 for a new key), so a concurrent change makes the write fail instead of being
 *       lost.
 *   <li>A write is skipped when data and metadata already match (no new version per reconcile).
 * </ul>
 */
public final class KvPush {
  static final String MANAGED_BY = "managed-by";
  static final String MANAGER = "external-secrets";
  private static final String CUSTOM = "custom_metadata";

  private final KvStore kv;
  private final boolean casRequired;

  public KvPush(KvStore kv, boolean casRequired) {
    this.kv = kv;
    this.casRequired = casRequired;
  }

  public void push(PushRequest request) throws SecretProviderException {
    String key = request.remote().remoteKey();
    String property = request.remote().property();
    Optional<ObjectNode> existing = find(key);
    if (kv.v2()) {
      pushV2(key, property, request, existing);
    } else {
      pushV1(key, property, request.value(), existing);
    }
  }

  private void pushV2(
      String key, String property, PushRequest request, Optional<ObjectNode> existing)
      throws SecretProviderException {
    ObjectNode current = existing.map(ObjectNode::deepCopy).orElse(null);
    ObjectNode merged = merge(current, request.value(), property);
    boolean dataChanged = current == null || !merged.equals(current);
    JsonNode meta = existing.isPresent() || casRequired ? metadataOrMissing(key) : missing();
    Map<String, String> remote = KvMetadata.custom(meta);
    PushMetadata wanted = PushMetadata.parse(request.metadata());
    Map<String, String> desired = new LinkedHashMap<>(wanted.customMetadata());
    desired.put(MANAGED_BY, MANAGER); // reserved: a user cannot claim or disclaim ownership
    Map<String, String> finalMeta = desired;
    if (existing.isPresent()) {
      requireManaged(key, remote);
      if (!wanted.replace()) {
        finalMeta = new LinkedHashMap<>(remote);
        finalMeta.putAll(desired);
      }
    }
    boolean metaChanged = existing.isEmpty() || !finalMeta.equals(remote);
    if (metaChanged) {
      // Metadata first: the ownership mark exists before the data, so a retry after a failed data
      // write still finds the secret jeso's.
      kv.writeCustomMetadata(key, finalMeta);
    }
    if (dataChanged) {
      kv.writeData(key, v2Body(merged, meta));
    }
  }

  private void pushV1(String key, String property, byte[] value, Optional<ObjectNode> existing)
      throws SecretProviderException {
    ObjectNode current = null;
    if (existing.isPresent()) {
      current = existing.get().deepCopy();
      requireManaged(key, KvMetadata.custom(current));
      current.remove(CUSTOM);
    }
    ObjectNode merged = merge(current, value, property);
    if (current != null && merged.equals(current)) {
      return;
    }
    merged.putObject(CUSTOM).put(MANAGED_BY, MANAGER);
    kv.writeData(key, merged);
  }

  /** Deletes what a PushSecret wrote; a missing or foreign secret is left alone. */
  public void delete(PushRemoteRef ref) throws SecretProviderException {
    String key = ref.remoteKey();
    Optional<ObjectNode> existing = find(key);
    if (existing.isEmpty()) {
      return;
    }
    JsonNode meta = kv.v2() ? metadataOrMissing(key) : existing.get();
    if (!MANAGER.equals(KvMetadata.custom(meta).get(MANAGED_BY))) {
      return;
    }
    if (ref.property() != null) {
      ObjectNode rest = existing.get().deepCopy();
      rest.remove(ref.property());
      if (!kv.v2() && rest.size() == 1 && rest.has(CUSTOM)) {
        rest.remove(CUSTOM);
      }
      if (!rest.isEmpty()) {
        kv.writeData(key, kv.v2() ? v2Body(rest, meta) : rest);
        return;
      }
    }
    kv.delete(key);
  }

  /** Whether {@code ref} exists: the secret, or the property inside it. */
  public boolean exists(PushRemoteRef ref) throws SecretProviderException {
    Optional<ObjectNode> existing = find(ref.remoteKey());
    return existing.isPresent()
        && (ref.property() == null || SecretValues.has(existing.get(), ref.property()));
  }

  private Optional<ObjectNode> find(String key) throws SecretProviderException {
    try {
      return Optional.of(kv.read(key, null));
    } catch (NoSecretException e) {
      return Optional.empty();
    }
  }

  private JsonNode metadataOrMissing(String key) throws SecretProviderException {
    try {
      return kv.metadata(key);
    } catch (NoSecretException e) {
      return missing();
    }
  }

  private Map<String, Object> v2Body(ObjectNode data, JsonNode meta) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", data);
    if (casRequired) {
      body.put("options", Map.of("cas", KvMetadata.currentVersion(meta)));
    }
    return body;
  }

  private static ObjectNode merge(ObjectNode current, byte[] value, String property)
      throws SecretProviderException {
    if (property == null) {
      return parseObject(value);
    }
    ObjectNode merged =
        current == null ? JsonNodeFactory.instance.objectNode() : current.deepCopy();
    merged.put(property, new String(value, StandardCharsets.UTF_8));
    return merged;
  }

  private static ObjectNode parseObject(byte[] value) throws InvalidStoreException {
    try {
      JsonNode node = VaultJson.MAPPER.readTree(value);
      if (node instanceof ObjectNode object) {
        return object;
      }
    } catch (IOException e) {
      // fall through: the parser's message could quote the value
    }
    throw new InvalidStoreException(
        "a value pushed to Vault without remoteRef.property must be a JSON object");
  }

  private static void requireManaged(String key, Map<String, String> custom)
      throws ProviderException {
    if (!MANAGER.equals(custom.get(MANAGED_BY))) {
      throw new ProviderException(
          "Vault secret "
              + key
              + " exists and is not managed by external-secrets (no custom_metadata managed-by);"
              + " jeso does not overwrite it");
    }
  }

  private static JsonNode missing() {
    return MissingNode.getInstance();
  }
}
