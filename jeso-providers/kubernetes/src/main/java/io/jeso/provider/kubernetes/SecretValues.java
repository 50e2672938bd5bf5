package io.jeso.provider.kubernetes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jeso.core.data.JsonProperty;
import io.jeso.core.data.MalformedJsonException;
import io.jeso.core.data.SecretMaps;
import io.jeso.core.data.UnsupportedPathException;
import io.jeso.core.data.Utf8Order;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.RemoteRef;
import io.jeso.core.provider.SecretProviderException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How a remote Secret answers {@code remoteRef}s, as ESO's kubernetes provider does:
 *
 * <ul>
 *   <li>no property: a JSON object of all data keys, values as strings, keys sorted;
 *   <li>a property: the data key of that name; otherwise, split at the first dot, a data key and a
 *       JSON path into its value ({@code config.db.host});
 *   <li>{@code metadataPolicy: Fetch}: the same over {@code {"labels":{..},"annotations":{..}}}.
 * </ul>
 *
 * Errors never quote values: a missing key or property is {@link NoSecretException}, a value that
 * is not JSON where a path needs it is {@link ProviderException}.
 */
final class SecretValues {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String LABELS = "labels";
  static final String ANNOTATIONS = "annotations";

  private SecretValues() {}

  /** {@code data[].remoteRef}: the value {@code ref} selects. */
  static byte[] get(RemoteSecret secret, RemoteRef ref) throws SecretProviderException {
    if (ref.metadataPolicy() == RemoteRef.MetadataPolicy.FETCH) {
      return metadata(secret, ref.property());
    }
    if (!ref.hasProperty()) {
      return wholeJson(secret.data());
    }
    return dataProperty(secret, ref.property())
        .orElseThrow(() -> missingProperty(secret, ref.property(), "data"));
  }

  /**
   * {@code dataFrom.extract}: the data as it is, or with {@code Fetch} the labels and annotations
   * as JSON; with a property, the JSON object the property selects.
   */
  static Map<String, byte[]> map(RemoteSecret secret, RemoteRef ref)
      throws SecretProviderException {
    if (ref.hasProperty()) {
      byte[] selected = get(secret, ref);
      try {
        return SecretMaps.fromJson(selected);
      } catch (MalformedJsonException e) {
        throw new ProviderException(
            "property " + ref.property() + " of " + secret.describe() + " is not a JSON object", e);
      }
    }
    if (ref.metadataPolicy() == RemoteRef.MetadataPolicy.FETCH) {
      Map<String, byte[]> map = new LinkedHashMap<>();
      map.put(LABELS, json(sorted(secret.labels())));
      map.put(ANNOTATIONS, json(sorted(secret.annotations())));
      return map;
    }
    return copy(secret.data());
  }

  /** The JSON object of all data keys with their values as strings (find and whole-value reads). */
  static byte[] wholeJson(Map<String, byte[]> data) {
    Map<String, String> strings = new TreeMap<>(Utf8Order.INSTANCE);
    data.forEach((k, v) -> strings.put(k, new String(v, StandardCharsets.UTF_8)));
    return json(strings);
  }

  private static Optional<byte[]> dataProperty(RemoteSecret secret, String property)
      throws SecretProviderException {
    byte[] literal = secret.data().get(property);
    if (literal != null) {
      return Optional.of(literal.clone());
    }
    int dot = property.indexOf('.');
    if (dot <= 0 || dot == property.length() - 1) {
      return Optional.empty();
    }
    byte[] value = secret.data().get(property.substring(0, dot));
    if (value == null) {
      return Optional.empty();
    }
    return path(value, property.substring(dot + 1), secret, property.substring(0, dot));
  }

  private static byte[] metadata(RemoteSecret secret, String property)
      throws SecretProviderException {
    if (property == null) {
      Map<String, Object> both = new LinkedHashMap<>();
      both.put(ANNOTATIONS, sorted(secret.annotations()));
      both.put(LABELS, sorted(secret.labels()));
      return json(both);
    }
    int dot = property.indexOf('.');
    String section = dot < 0 ? property : property.substring(0, dot);
    Map<String, String> entries =
        switch (section) {
          case LABELS -> secret.labels();
          case ANNOTATIONS -> secret.annotations();
          default -> throw missingProperty(secret, property, "metadata");
        };
    if (dot < 0) {
      return json(sorted(entries));
    }
    return metadataEntry(secret, entries, property, property.substring(dot + 1))
        .orElseThrow(() -> missingProperty(secret, property, "metadata"));
  }

  /**
   * A label or annotation, or a JSON path into one. Keys often contain dots ({@code
   * app.kubernetes.io/name}), so the longest key that is a prefix at a dot boundary wins.
   */
  private static Optional<byte[]> metadataEntry(
      RemoteSecret secret, Map<String, String> entries, String property, String rest)
      throws SecretProviderException {
    for (int end = rest.length(); end > 0; end = rest.lastIndexOf('.', end - 1)) {
      String value = entries.get(rest.substring(0, end));
      if (value != null) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (end == rest.length()) {
          return Optional.of(bytes);
        }
        return path(bytes, rest.substring(end + 1), secret, property);
      }
    }
    return Optional.empty();
  }

  private static Optional<byte[]> path(byte[] json, String path, RemoteSecret secret, String key)
      throws SecretProviderException {
    try {
      return JsonProperty.get(json, path);
    } catch (MalformedJsonException e) {
      throw new ProviderException(
          "cannot read path " + path + " in key " + key + " of " + secret.describe(), e);
    } catch (UnsupportedPathException e) {
      throw new InvalidStoreException(e.getMessage());
    }
  }

  private static NoSecretException missingProperty(
      RemoteSecret secret, String property, String where) {
    return new NoSecretException(
        "property " + property + " does not exist in " + where + " of " + secret.describe());
  }

  private static Map<String, String> sorted(Map<String, String> map) {
    Map<String, String> sorted = new TreeMap<>(Utf8Order.INSTANCE);
    sorted.putAll(map);
    return sorted;
  }

  private static Map<String, byte[]> copy(Map<String, byte[]> data) {
    Map<String, byte[]> copy = new LinkedHashMap<>();
    data.forEach((k, v) -> copy.put(k, v.clone()));
    return copy;
  }

  private static byte[] json(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize strings as JSON", e);
    }
  }
}
