package io.jeso.core.data;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Secret key rules: 1 to 253 characters among ASCII letters, digits, {@code -}, {@code .} and
 * {@code _} (what the API server enforces). Error texts are ESO's, so alerts and searches keep
 * working.
 */
public final class SecretKeys {
  /** Longest key the API server accepts. */
  public static final int MAX_LENGTH = 253;

  /** ESO's prefix for every key validation failure. */
  public static final String INVALID_KEYS_PREFIX =
      "invalid secret keys (TIP: use rewrite or conversionStrategy to change keys): ";

  private SecretKeys() {}

  /** Whether {@code cp} may appear in a Secret key. */
  public static boolean isAllowed(int cp) {
    return (cp >= 'a' && cp <= 'z')
        || (cp >= 'A' && cp <= 'Z')
        || (cp >= '0' && cp <= '9')
        || cp == '-'
        || cp == '.'
        || cp == '_';
  }

  /**
   * Validates the keys of a dataFrom result. Empty keys are dropped, as ESO does (a rewrite that
   * maps a key to nothing removes it); any other invalid key fails the whole map.
   *
   * @return a copy without empty keys
   * @throws InvalidKeyException with ESO's text, e.g. {@code invalid secret keys (TIP: ...): key
   *     has invalid character /, only alphanumeric, '-', '.' and '_' are allowed: a/b}
   */
  public static Map<String, byte[]> validate(Map<String, byte[]> in) {
    Map<String, byte[]> out = new LinkedHashMap<>(in);
    for (Iterator<String> it = out.keySet().iterator(); it.hasNext(); ) {
      String key = it.next();
      if (key.isEmpty()) {
        it.remove();
        continue;
      }
      String problem = problem(key);
      if (problem != null) {
        throw new InvalidKeyException(INVALID_KEYS_PREFIX + problem);
      }
    }
    return out;
  }

  /** What is wrong with a non-empty key, in ESO's words, or null when it is valid. */
  public static String problem(String key) {
    int length = key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    if (length > MAX_LENGTH) {
      return "key has length "
          + length
          + " but max is 253: (following is truncated): "
          + key.substring(0, Math.min(key.length(), MAX_LENGTH));
    }
    int[] bad = key.codePoints().filter(cp -> !isAllowed(cp)).limit(1).toArray();
    if (bad.length > 0) {
      return "key has invalid character "
          + new String(Character.toChars(bad[0]))
          + ", only alphanumeric, '-', '.' and '_' are allowed: "
          + key;
    }
    return null;
  }
}
