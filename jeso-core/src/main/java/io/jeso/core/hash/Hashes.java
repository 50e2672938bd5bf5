package io.jeso.core.hash;

import io.jeso.core.data.Utf8Order;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hashes jeso writes into objects, computed byte-for-byte like ESO's (SHA3-224 over Go's {@code
 * %+v} rendering), so that a cluster moving from ESO to jeso sees the same annotations, labels and
 * status values and nothing is rewritten or re-fetched because of the switch.
 */
public final class Hashes {
  /** Longest field-manager name before ESO switches to the hashed form. */
  static final int MAX_FIELD_MANAGER_LENGTH = 63;

  public static final String FIELD_MANAGER_PREFIX = "externalsecrets.external-secrets.io/";

  private Hashes() {}

  /** The {@code reconcile.external-secrets.io/data-hash} annotation value for a Secret's data. */
  public static String dataHash(Map<String, byte[]> data) {
    return sha3224Hex(goFormatByteMap(data));
  }

  /** The {@code reconcile.external-secrets.io/created-by} label value for an ExternalSecret. */
  public static String createdBy(String namespace, String name) {
    return sha3224Hex(namespace + "/" + name);
  }

  /** The hash of an object's labels and annotations, the second half of syncedResourceVersion. */
  public static String metaHash(Map<String, String> labels, Map<String, String> annotations) {
    return sha3224Hex(
        "{annotations:"
            + goFormatStringMap(annotations)
            + " labels:"
            + goFormatStringMap(labels)
            + "}");
  }

  /**
   * {@code status.syncedResourceVersion}: {@code <generation>-<metaHash>}, so that a spec change
   * (generation) and any label or annotation change (e.g. {@code force-sync}) both make it differ.
   */
  public static String syncedResourceVersion(
      long generation, Map<String, String> labels, Map<String, String> annotations) {
    return generation + "-" + metaHash(labels, annotations);
  }

  /**
   * The field manager jeso uses for writes on behalf of an ExternalSecret: {@code
   * externalsecrets.external-secrets.io/<name>}, or {@code
   * externalsecrets.external-secrets.io/sha3/<hex>} when that would be longer than 63 characters.
   */
  public static String fieldManager(String externalSecretName) {
    String plain = FIELD_MANAGER_PREFIX + externalSecretName;
    if (plain.length() <= MAX_FIELD_MANAGER_LENGTH) {
      return plain;
    }
    return FIELD_MANAGER_PREFIX + "sha3/" + sha3224Hex(externalSecretName);
  }

  /** Lower-case hex SHA3-224 of the UTF-8 bytes of {@code text}. */
  public static String sha3224Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA3-224");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA3-224, which every JDK since 9 ships", e);
    }
  }

  /**
   * Go's {@code fmt.Sprintf("%+v", map[string][]byte)}: {@code map[a:[104 105] b:[]]}, keys in byte
   * order.
   */
  static String goFormatByteMap(Map<String, byte[]> data) {
    StringBuilder sb = new StringBuilder("map[");
    boolean first = true;
    for (Map.Entry<String, byte[]> e : sorted(data).entrySet()) {
      if (!first) {
        sb.append(' ');
      }
      first = false;
      sb.append(e.getKey()).append(":[");
      byte[] value = e.getValue() == null ? new byte[0] : e.getValue();
      for (int i = 0; i < value.length; i++) {
        if (i > 0) {
          sb.append(' ');
        }
        sb.append(value[i] & 0xff);
      }
      sb.append(']');
    }
    return sb.append(']').toString();
  }

  /**
   * Go's {@code fmt.Sprintf("%+v", map[string]string)}: {@code map[a:x b:y]}, keys in byte order.
   */
  static String goFormatStringMap(Map<String, String> map) {
    StringBuilder sb = new StringBuilder("map[");
    boolean first = true;
    for (Map.Entry<String, String> e : sorted(map).entrySet()) {
      if (!first) {
        sb.append(' ');
      }
      first = false;
      sb.append(e.getKey()).append(':').append(e.getValue());
    }
    return sb.append(']').toString();
  }

  private static <V> Map<String, V> sorted(Map<String, V> map) {
    TreeMap<String, V> sorted = new TreeMap<>(Utf8Order.INSTANCE);
    if (map != null) {
      sorted.putAll(map);
    }
    return sorted;
  }
}
