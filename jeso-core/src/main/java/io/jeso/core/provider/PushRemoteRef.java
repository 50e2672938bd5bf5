package io.jeso.core.provider;

import java.util.Objects;

/**
 * A location in the provider that a PushSecret writes to, deletes, or checks.
 *
 * @param remoteKey the provider's name for the secret
 * @param property a key inside the remote secret to write just that field, or null for the whole
 *     value
 */
public record PushRemoteRef(String remoteKey, String property) {
  public PushRemoteRef {
    Objects.requireNonNull(remoteKey, "remoteKey");
    property = property == null || property.isEmpty() ? null : property;
  }
}
