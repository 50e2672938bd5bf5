package io.jeso.provider.vault.kv;

import com.fasterxml.jackson.databind.JsonNode;
import io.jeso.core.data.JsonProperty;
import io.jeso.core.data.MalformedJsonException;
import io.jeso.core.data.SecretMaps;
import io.jeso.core.data.UnsupportedPathException;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.SecretProviderException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What {@code remoteRef.property} selects in a Vault secret, as ESO answers it: no property gives
 * the whole secret as JSON; a property that is a top-level key gives that entry (a string unquoted,
 * anything else as JSON), before it is tried as a gjson path ({@code db.user}).
 */
public final class SecretValues {
  private SecretValues() {}

  /**
   * @param data the secret's key/value object
   * @param key the remote key, for messages
   * @throws NoSecretException when the property does not exist
   */
  public static byte[] select(JsonNode data, String property, String key)
      throws SecretProviderException {
    if (property == null) {
      return GoJsonText.bytes(data);
    }
    JsonNode entry = data.get(property);
    if (entry != null) {
      return entry(entry);
    }
    try {
      return JsonProperty.get(GoJsonText.bytes(data), property)
          .orElseThrow(
              () ->
                  new NoSecretException(
                      "property " + property + " does not exist in Vault secret " + key));
    } catch (MalformedJsonException e) {
      throw new ProviderException("cannot read property " + property + " of " + key, e);
    } catch (UnsupportedPathException e) {
      throw new InvalidStoreException(e.getMessage());
    }
  }

  /** {@code dataFrom.extract}: the selected value must be a JSON object. */
  public static Map<String, byte[]> map(byte[] json, String key) throws ProviderException {
    try {
      return SecretMaps.fromJson(json);
    } catch (MalformedJsonException e) {
      throw new ProviderException("cannot extract Vault secret " + key + " as a map", e);
    }
  }

  /** Whether {@code property} exists (PushSecret's "exists" check). */
  public static boolean has(JsonNode data, String property) {
    try {
      select(data, property, "");
      return true;
    } catch (SecretProviderException e) {
      return false;
    }
  }

  private static byte[] entry(JsonNode node) {
    if (node.isTextual()) {
      return node.textValue().getBytes(StandardCharsets.UTF_8);
    }
    if (node.isNull()) {
      return new byte[0];
    }
    if (node.isContainerNode()) {
      return GoJsonText.bytes(node);
    }
    return GoJsonText.write(node).getBytes(StandardCharsets.UTF_8);
  }
}
