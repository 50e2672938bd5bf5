package io.jeso.provider.vault.kv;

import io.jeso.core.provider.InvalidStoreException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Vault part of a PushSecret entry's {@code metadata} (ESO's {@code PushSecretMetadata}
 * envelope): {@code spec.customMetadata} to set on the KV v2 secret and {@code spec.mergePolicy}
 * ({@code Merge}, the default, keeps other remote entries; {@code Replace} drops them).
 */
record PushMetadata(Map<String, String> customMetadata, boolean replace) {
  static PushMetadata parse(Map<String, Object> metadata) throws InvalidStoreException {
    Map<String, String> custom = new LinkedHashMap<>();
    if (metadata == null || !(metadata.get("spec") instanceof Map<?, ?> spec)) {
      return new PushMetadata(custom, false);
    }
    if (spec.get("customMetadata") instanceof Map<?, ?> entries) {
      entries.forEach((k, v) -> custom.put(String.valueOf(k), String.valueOf(v)));
    }
    Object policy = spec.get("mergePolicy");
    if (policy == null || policy.equals("") || policy.equals("Merge")) {
      return new PushMetadata(custom, false);
    }
    if (policy.equals("Replace")) {
      return new PushMetadata(custom, true);
    }
    throw new InvalidStoreException(
        "unsupported merge policy " + policy + ", must be one of: Merge, Replace");
  }
}
