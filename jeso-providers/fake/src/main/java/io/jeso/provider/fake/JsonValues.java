package io.jeso.provider.fake;

import io.jeso.core.data.JsonProperty;
import io.jeso.core.data.MalformedJsonException;
import io.jeso.core.data.SecretMaps;
import io.jeso.core.data.UnsupportedPathException;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.SecretProviderException;
import java.util.Map;

/**
 * jeso-core's JSON helpers with their errors turned into the provider SPI's typed errors. The
 * helpers' messages never quote the value, so they are passed on.
 */
final class JsonValues {
  private JsonValues() {}

  /**
   * {@code property} of the JSON value of {@code key}.
   *
   * @throws NoSecretException when the property does not exist
   * @throws ProviderException when the value is not JSON
   * @throws InvalidStoreException when the path uses syntax jeso does not support
   */
  static byte[] property(byte[] json, String key, String property) throws SecretProviderException {
    try {
      return JsonProperty.get(json, property)
          .orElseThrow(
              () ->
                  new NoSecretException("property " + property + " does not exist in key " + key));
    } catch (MalformedJsonException e) {
      throw new ProviderException("cannot read property " + property + " of key " + key, e);
    } catch (UnsupportedPathException e) {
      throw new InvalidStoreException(e.getMessage());
    }
  }

  /** The JSON object value of {@code key} as a secret map. */
  static Map<String, byte[]> map(byte[] json, String key) throws ProviderException {
    try {
      return SecretMaps.fromJson(json);
    } catch (MalformedJsonException e) {
      throw new ProviderException("cannot extract key " + key + " as a map", e);
    }
  }

  /** Whether {@code property} exists in {@code json}; a value that is not JSON has none. */
  static boolean hasProperty(byte[] json, String property) {
    try {
      return JsonProperty.get(json, property).isPresent();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
