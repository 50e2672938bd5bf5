package io.jeso.core.data;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code conversionStrategy} of {@code dataFrom.extract}/{@code find}: how remote key names become
 * valid Secret keys. Applied only when the dataFrom entry has no rewrite (as ESO does).
 *
 * <ul>
 *   <li>{@code Default} (also when unset): each character that is not allowed in a Secret key
 *       becomes {@code _}.
 *   <li>{@code Unicode}: each such character becomes {@code _UXXXX_}, its code point in lower-case
 *       hex, at least four digits.
 * </ul>
 *
 * <p>Allowed characters are those Kubernetes allows in Secret keys: ASCII letters, digits, {@code
 * -}, {@code .}, {@code _}. ESO keeps every Unicode letter and digit here, which the API server
 * then rejects; jeso converts them, so a key such as {@code café} syncs as {@code caf_} instead of
 * failing.
 */
public enum ConversionStrategy {
  DEFAULT,
  UNICODE;

  /** Parses the API value; null or "" is {@code Default}. */
  public static ConversionStrategy parse(String value) {
    if (value == null || value.isEmpty() || value.equals("Default")) {
      return DEFAULT;
    }
    if (value.equals("Unicode")) {
      return UNICODE;
    }
    throw new IllegalArgumentException(
        "unknown conversionStrategy " + value + ": must be Default or Unicode");
  }

  /** Converts one key. */
  public String convert(String key) {
    StringBuilder out = new StringBuilder(key.length());
    key.codePoints()
        .forEach(
            cp -> {
              if (SecretKeys.isAllowed(cp)) {
                out.appendCodePoint(cp);
              } else if (this == UNICODE) {
                out.append(String.format("_U%04x_", cp));
              } else {
                out.append('_');
              }
            });
    return out.toString();
  }

  /**
   * Converts every key of {@code in}.
   *
   * @throws KeyCollisionException when two keys convert to the same name (ESO's "secret name
   *     collision during conversion")
   */
  public Map<String, byte[]> convertKeys(Map<String, byte[]> in) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> e : in.entrySet()) {
      String key = convert(e.getKey());
      if (out.putIfAbsent(key, e.getValue()) != null) {
        throw new KeyCollisionException("secret name collision during conversion: " + key);
      }
    }
    return out;
  }
}
