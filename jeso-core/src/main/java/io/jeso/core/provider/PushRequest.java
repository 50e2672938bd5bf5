package io.jeso.core.provider;

import java.util.Map;
import java.util.Objects;

/**
 * One entry of a PushSecret: write {@code value} to {@code remote}. When the PushSecret names no
 * secretKey the value is the whole Secret, serialized by jeso as a JSON object of strings.
 *
 * @param remote where to write
 * @param secretKey the key of the source Secret this value came from, or null for the whole Secret
 * @param value the bytes to write; never logged, never put into messages
 * @param metadata the provider-specific {@code metadata} block of the PushSecret entry, as plain
 *     JSON values
 */
public record PushRequest(
    PushRemoteRef remote, String secretKey, byte[] value, Map<String, Object> metadata) {
  public PushRequest {
    Objects.requireNonNull(remote, "remote");
    Objects.requireNonNull(value, "value");
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }

  @Override
  public String toString() {
    // Records print their components; the value must never be printed.
    return "PushRequest[remote="
        + remote
        + ", secretKey="
        + secretKey
        + ", value=<"
        + value.length
        + " bytes>]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PushRequest p
        && remote.equals(p.remote)
        && Objects.equals(secretKey, p.secretKey)
        && java.util.Arrays.equals(value, p.value)
        && metadata.equals(p.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(remote, secretKey, java.util.Arrays.hashCode(value), metadata);
  }
}
