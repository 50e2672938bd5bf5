package io.jeso.core.data;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code decodingStrategy}: how a fetched value is decoded before it is stored.
 *
 * <ul>
 *   <li>{@code None} (also when unset): stored as fetched.
 *   <li>{@code Base64}: standard alphabet, padding required (Go's {@code StdEncoding}); CR and LF
 *       are ignored.
 *   <li>{@code Base64URL}: URL-safe alphabet, padding required (Go's {@code URLEncoding}).
 *   <li>{@code Auto}: Base64, else Base64URL, else None. Note that a plain value which happens to
 *       be valid base64 (e.g. {@code abcd}) is decoded; that is ESO's behaviour and users rely on
 *       it for binary values.
 * </ul>
 */
public enum DecodingStrategy {
  NONE,
  BASE64,
  BASE64URL,
  AUTO;

  /** Parses the API value; null or "" is {@code None}. */
  public static DecodingStrategy parse(String value) {
    if (value == null || value.isEmpty()) {
      return NONE;
    }
    return switch (value) {
      case "None" -> NONE;
      case "Base64" -> BASE64;
      case "Base64URL" -> BASE64URL;
      case "Auto" -> AUTO;
      default ->
          throw new IllegalArgumentException(
              "decoding strategy "
                  + value
                  + " is not supported: must be Auto, Base64, Base64URL or None");
    };
  }

  /** The API spelling. */
  public String apiValue() {
    return switch (this) {
      case NONE -> "None";
      case BASE64 -> "Base64";
      case BASE64URL -> "Base64URL";
      case AUTO -> "Auto";
    };
  }

  /**
   * Decodes one value.
   *
   * @throws DecodingException for Base64/Base64URL input that is not valid; the message does not
   *     quote it
   */
  public byte[] decode(byte[] in) {
    return switch (this) {
      case NONE -> in;
      case BASE64 -> strict(in, Base64.getDecoder(), "base64");
      case BASE64URL -> strict(in, Base64.getUrlDecoder(), "base64url");
      case AUTO -> auto(in);
    };
  }

  /**
   * Decodes every value of a map.
   *
   * @throws DecodingException naming the first key (in sorted order) that failed
   */
  public Map<String, byte[]> decodeAll(Map<String, byte[]> in) {
    if (this == NONE) {
      return in;
    }
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> e : new TreeMap<>(in).entrySet()) {
      try {
        out.put(e.getKey(), decode(e.getValue()));
      } catch (DecodingException ex) {
        throw new DecodingException("failure decoding key " + e.getKey() + ": " + ex.getMessage());
      }
    }
    return out;
  }

  private static byte[] auto(byte[] in) {
    try {
      return strict(in, Base64.getDecoder(), "base64");
    } catch (DecodingException notBase64) {
      try {
        return strict(in, Base64.getUrlDecoder(), "base64url");
      } catch (DecodingException notBase64Url) {
        return in;
      }
    }
  }

  private static byte[] strict(byte[] in, Base64.Decoder decoder, String name) {
    byte[] compact = withoutLineBreaks(in);
    // Go's padded encodings require whole 4-character groups; Java's decoder would accept missing
    // padding.
    if (compact.length % 4 != 0) {
      throw new DecodingException("illegal " + name + " data: length is not a multiple of 4");
    }
    try {
      return decoder.decode(compact);
    } catch (IllegalArgumentException e) {
      throw new DecodingException("illegal " + name + " data");
    }
  }

  private static byte[] withoutLineBreaks(byte[] in) {
    int n = 0;
    for (byte b : in) {
      if (b != '\r' && b != '\n') {
        n++;
      }
    }
    if (n == in.length) {
      return in;
    }
    byte[] out = new byte[n];
    int i = 0;
    for (byte b : in) {
      if (b != '\r' && b != '\n') {
        out[i++] = b;
      }
    }
    return out;
  }
}
