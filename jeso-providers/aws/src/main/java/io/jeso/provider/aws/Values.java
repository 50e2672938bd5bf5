package io.jeso.provider.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jeso.core.data.JsonProperty;
import io.jeso.core.data.MalformedJsonException;
import io.jeso.core.data.SecretMaps;
import io.jeso.core.data.UnsupportedPathException;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.RemoteRef;
import io.jeso.core.provider.SecretProviderException;
import java.util.Map;
import java.util.TreeMap;

/**
 * What both services do with a fetched value: pick {@code remoteRef.property} out of it, or split
 * it into a map for {@code dataFrom.extract}; and the JSON shape of tags for {@code metadataPolicy:
 * Fetch}. Messages name the key and property, never the value.
 */
final class Values {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Values() {}

  /** The whole value, or its {@code property} when the reference names one. */
  static byte[] select(byte[] value, RemoteRef ref) throws SecretProviderException {
    if (!ref.hasProperty()) {
      return value;
    }
    try {
      return JsonProperty.get(value, ref.property())
          .orElseThrow(
              () ->
                  new NoSecretException(
                      "property " + ref.property() + " does not exist in key " + ref.key()));
    } catch (MalformedJsonException e) {
      throw new ProviderException(
          "cannot read property " + ref.property() + " of key " + ref.key(), e);
    } catch (UnsupportedPathException e) {
      throw new InvalidStoreException(e.getMessage());
    }
  }

  /** The value as a secret map; {@code property}, if any, selects a nested object first. */
  static Map<String, byte[]> map(byte[] value, RemoteRef ref) throws SecretProviderException {
    byte[] json = select(value, ref);
    try {
      return SecretMaps.fromJson(json);
    } catch (MalformedJsonException e) {
      throw new ProviderException("cannot extract key " + ref.key() + " as a map", e);
    }
  }

  /**
   * Tags as a JSON object with keys in order, like Go's {@code json.Marshal} of a map, which is
   * what ESO returns for {@code metadataPolicy: Fetch}.
   */
  static byte[] tagsJson(Map<String, String> tags) {
    try {
      return JSON.writeValueAsBytes(new TreeMap<>(tags));
    } catch (JsonProcessingException e) {
      // A map of strings always serializes.
      throw new IllegalStateException("cannot serialize tags", e);
    }
  }
}
