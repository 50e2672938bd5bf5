package io.jeso.provider.fake;

import io.jeso.api.store.fake.FakeProviderData;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code data} of a fake store, indexed by key and version. A read names the version exactly:
 * no version finds only the entry written without one (ESO's rule; there is no "latest").
 */
final class FakeEntries {
  private final Map<Id, byte[]> values;

  private FakeEntries(Map<Id, byte[]> values) {
    this.values = values;
  }

  static FakeEntries of(List<FakeProviderData> data) {
    Map<Id, byte[]> values = new HashMap<>();
    if (data != null) {
      // A later entry with the same key and version wins, as it overwrites in ESO's map.
      for (FakeProviderData entry : data) {
        values.put(
            new Id(entry.getKey(), entry.getVersion()),
            entry.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    return new FakeEntries(values);
  }

  /** The value stored for exactly this key and version (null: the entry without version). */
  Optional<byte[]> get(String key, String version) {
    return Optional.ofNullable(values.get(new Id(key, version)));
  }

  /** Whether an entry without version exists for {@code key}; such a key cannot be pushed to. */
  boolean hasUnversioned(String key) {
    return values.containsKey(new Id(key, null));
  }

  /** Each key with the value of its highest version (plain string order; no version is lowest). */
  Map<String, Versioned> latest() {
    Map<String, Versioned> latest = new HashMap<>();
    values.forEach(
        (id, value) ->
            latest.merge(
                id.key(),
                new Versioned(id.version(), value),
                (a, b) -> a.version().compareTo(b.version()) >= 0 ? a : b));
    return latest;
  }

  int size() {
    return values.size();
  }

  /** A value with its version; "" for none. */
  record Versioned(String version, byte[] value) {
    Versioned {
      version = version == null ? "" : version;
    }
  }

  private record Id(String key, String version) {
    Id {
      Objects.requireNonNull(key, "key");
      version = version == null || version.isEmpty() ? null : version;
    }
  }
}
