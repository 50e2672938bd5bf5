package io.jeso.provider.fake;

import io.jeso.core.data.FindMatcher;
import io.jeso.core.data.InvalidRegexException;
import io.jeso.core.provider.FindRequest;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.PushRemoteRef;
import io.jeso.core.provider.PushRequest;
import io.jeso.core.provider.RemoteRef;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.provider.StoreValidation;
import io.jeso.core.store.StoreRef;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A client over one fake store: its static {@code data} plus what PushSecrets wrote. */
final class FakeClient implements SecretsClient {
  private final StoreRef store;
  private final FakeEntries entries;
  private final PushedSecrets pushed;
  private final StoreValidation validation;

  FakeClient(StoreRef store, FakeEntries entries, PushedSecrets pushed, StoreValidation result) {
    this.store = store;
    this.entries = entries;
    this.pushed = pushed;
    this.validation = result;
  }

  @Override
  public byte[] getSecret(RemoteRef ref) throws SecretProviderException {
    byte[] value = lookup(ref.key(), ref.version()).orElseThrow(() -> notFound(ref));
    if (!ref.hasProperty()) {
      return value.clone();
    }
    return JsonValues.property(value, ref.key(), ref.property());
  }

  @Override
  public Map<String, byte[]> getSecretMap(RemoteRef ref) throws SecretProviderException {
    return JsonValues.map(getSecret(ref), ref.key());
  }

  @Override
  public Map<String, byte[]> getAllSecrets(FindRequest find) throws SecretProviderException {
    if (!find.tags().isEmpty()) {
      throw new InvalidStoreException(
          "the fake provider cannot find secrets by tags; use find.name.regexp");
    }
    if (find.nameRegexp() == null) {
      throw new InvalidStoreException("the fake provider can only find secrets by name regexp");
    }
    FindMatcher matcher = matcher(find);
    // Pushed values have no version, so a versioned entry of the same key is "higher".
    Map<String, FakeEntries.Versioned> latest = new HashMap<>();
    pushed
        .snapshot()
        .forEach((key, value) -> latest.put(key, new FakeEntries.Versioned("", value)));
    entries
        .latest()
        .forEach(
            (key, entry) ->
                latest.merge(
                    key, entry, (a, b) -> a.version().compareTo(b.version()) >= 0 ? a : b));
    Map<String, byte[]> found = new HashMap<>();
    latest.forEach(
        (key, entry) -> {
          if (matcher.matchesName(key)) {
            found.put(key, entry.value().clone());
          }
        });
    return found;
  }

  @Override
  public void pushSecret(PushRequest request) throws SecretProviderException {
    String key = request.remote().remoteKey();
    if (entries.hasUnversioned(key)) {
      throw new InvalidStoreException(
          "key "
              + key
              + " is set in the store's spec.provider.fake.data; a PushSecret cannot"
              + " overwrite it");
    }
    pushed.put(key, request.remote().property(), request.value());
  }

  @Override
  public void deleteSecret(PushRemoteRef ref) {
    // Only pushed values can go; the store's own data is what the user wrote in the spec.
    pushed.delete(ref.remoteKey(), ref.property());
  }

  @Override
  public boolean secretExists(PushRemoteRef ref) {
    Optional<byte[]> value = lookup(ref.remoteKey(), null);
    if (value.isEmpty() || ref.property() == null) {
      return value.isPresent();
    }
    return JsonValues.hasProperty(value.get(), ref.property());
  }

  @Override
  public StoreValidation validate() {
    return validation;
  }

  @Override
  public void close() {
    // Nothing to release: the data lives in the store spec and in the provider.
  }

  @Override
  public String toString() {
    return "FakeClient[" + store + ", " + entries.size() + " entries]";
  }

  private Optional<byte[]> lookup(String key, String version) {
    Optional<byte[]> own = entries.get(key, version);
    if (own.isPresent() || version != null) {
      return own;
    }
    return pushed.get(key);
  }

  private static FindMatcher matcher(FindRequest find) throws InvalidStoreException {
    try {
      return FindMatcher.of(find);
    } catch (InvalidRegexException e) {
      throw new InvalidStoreException(e.getMessage());
    }
  }

  private static NoSecretException notFound(RemoteRef ref) {
    String version = ref.version() == null ? "" : " version " + ref.version();
    return new NoSecretException("secret " + ref.key() + version + " does not exist");
  }
}
