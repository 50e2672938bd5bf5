package io.jeso.core.provider;

import java.util.Objects;

/**
 * A key of a Secret or ConfigMap that a store references (credentials, a CA bundle): ESO's {@code
 * SecretKeySelector} shape.
 *
 * @param name the object's name
 * @param key the key inside it; providers fill in their default (e.g. {@code token}) before reading
 * @param namespace the namespace as written in the store, or null; see {@link
 *     io.jeso.core.store.ReferentNamespaces} for how it is resolved and checked
 */
public record KeyRef(String name, String key, String namespace) {
  public KeyRef {
    Objects.requireNonNull(name, "name");
    namespace = namespace == null || namespace.isEmpty() ? null : namespace;
  }

  /** From the jeso-api model ({@code SecretKeySelector}: name, key, namespace). */
  public static KeyRef of(io.jeso.api.common.SecretKeySelector selector) {
    return new KeyRef(selector.getName(), selector.getKey(), selector.getNamespace());
  }

  public KeyRef withKey(String newKey) {
    return new KeyRef(name, newKey, namespace);
  }
}
