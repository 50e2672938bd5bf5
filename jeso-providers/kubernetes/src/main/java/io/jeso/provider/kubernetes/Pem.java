package io.jeso.provider.kubernetes;

import io.jeso.core.provider.InvalidStoreException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** PEM text as fabric8 wants it (base64 of the PEM) and as users write it (PEM or base64 PEM). */
final class Pem {
  private Pem() {}

  /** fabric8's {@code *Data} fields hold the base64 encoding of the PEM text. */
  static String forFabric8(byte[] pem) {
    return Base64.getEncoder().encodeToString(pem);
  }

  /**
   * Accepts PEM text, or PEM encoded in base64 as ESO's {@code caBundle} bytes field is written.
   *
   * @param field the spec field, for the message
   */
  static byte[] fromPemOrBase64(String text, String field) throws InvalidStoreException {
    String trimmed = text.strip();
    if (trimmed.startsWith("-----BEGIN")) {
      return trimmed.getBytes(StandardCharsets.UTF_8);
    }
    try {
      byte[] decoded = Base64.getMimeDecoder().decode(trimmed);
      if (new String(decoded, StandardCharsets.UTF_8).contains("-----BEGIN")) {
        return decoded;
      }
    } catch (IllegalArgumentException e) {
      // fall through to the message below
    }
    throw new InvalidStoreException(field + " must hold a PEM bundle, base64-encoded");
  }

  /** Checks that bytes read from a Secret or ConfigMap look like PEM. */
  static byte[] require(byte[] value, String what) throws InvalidStoreException {
    if (!new String(value, StandardCharsets.UTF_8).contains("-----BEGIN")) {
      throw new InvalidStoreException(what + " does not hold PEM data");
    }
    return value;
  }
}
