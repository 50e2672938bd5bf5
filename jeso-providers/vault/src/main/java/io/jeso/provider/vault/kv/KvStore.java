package io.jeso.provider.vault.kv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.provider.vault.VaultSession;
import io.jeso.provider.vault.http.VaultErrors;
import io.jeso.provider.vault.http.VaultRequest;
import io.jeso.provider.vault.http.VaultResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The KV secrets engine, v1 or v2, seen through one store: read a secret (a version), its metadata,
 * list keys, write and delete. Every "not found" it reports is one Vault positively gave for a
 * mount of the right version; any answer that does not look like the configured KV version is an
 * {@link InvalidStoreException}, never an empty or wrapped value.
 */
public final class KvStore {
  static final String READ = "ReadSecretData";
  static final String WRITE = "WriteSecretData";
  static final String DELETE = "DeleteSecret";
  static final String LIST = "ListSecrets";

  private static final String V2_PATH_WARNING = "Invalid path for a versioned K/V secrets engine";

  private final VaultSession session;
  private final KvPaths paths;
  private final MountGuard mounts;

  public KvStore(VaultSession session, KvPaths paths) {
    this.session = session;
    this.paths = paths;
    this.mounts = new MountGuard(session, paths.v2());
  }

  public boolean v2() {
    return paths.v2();
  }

  public KvPaths paths() {
    return paths;
  }

  /**
   * The key/value data of {@code key}; {@code version} selects a KV v2 version (ignored by v1, as
   * in ESO).
   *
   * @throws NoSecretException when the key, or that version, does not exist or was deleted
   */
  public ObjectNode read(String key, String version) throws SecretProviderException {
    String path = paths.data(key);
    VaultRequest request = VaultRequest.get(path, READ);
    if (version != null && paths.v2()) {
      if (!version.chars().allMatch(Character::isDigit) || version.length() > 18) {
        throw new InvalidStoreException(
            "remoteRef.version of " + key + " must be a KV v2 version number");
      }
      request = request.withQuery("version", version);
    }
    VaultResponse r = session.send(request);
    if (r.notFound()) {
      throw notFound(r, path, key, version);
    }
    if (!r.ok()) {
      throw VaultErrors.of(r, "reading " + path);
    }
    return paths.v2() ? unwrapV2(r.data(), path, key, version) : checkV1(r.data(), path);
  }

  private SecretProviderException notFound(VaultResponse r, String path, String key, String version)
      throws SecretProviderException {
    if (!paths.v2() && r.warnings().stream().anyMatch(w -> w.contains(V2_PATH_WARNING))) {
      // The v1 path hit a v2 mount; Vault says so in a warning next to the 404.
      return mounts.wrongVersion(mountName(path), true);
    }
    mounts.check(path);
    return new NoSecretException(
        (version == null ? "" : "version " + version + " of ")
            + "Vault secret "
            + key
            + " does not exist"
            + (paths.v2() ? " or is deleted" : "")
            + " ("
            + path
            + ")");
  }

  private ObjectNode unwrapV2(JsonNode data, String path, String key, String version)
      throws SecretProviderException {
    if (!data.isObject() || !data.has("data") || !data.has("metadata")) {
      mounts.check(path);
      throw new InvalidStoreException(
          path + " did not answer like a KV v2 secret; is the store's version right?");
    }
    JsonNode inner = data.get("data");
    if (inner.isNull()) {
      throw new NoSecretException(
          (version == null ? "the current version" : "version " + version)
              + " of Vault secret "
              + key
              + " is deleted or destroyed");
    }
    if (!inner.isObject()) {
      throw new ProviderException(path + " holds KV v2 data that is not an object");
    }
    return (ObjectNode) inner;
  }

  /**
   * A v1 read that returns exactly a v2 envelope ({@code data} plus {@code metadata} with a version
   * and creation time) read a v2 mount's data path: refuse it rather than sync the wrapper.
   */
  private ObjectNode checkV1(JsonNode data, String path) throws SecretProviderException {
    if (!data.isObject()) {
      throw new ProviderException(path + " answered without data");
    }
    JsonNode meta = data.path("metadata");
    if (data.size() == 2
        && data.has("data")
        && meta.isObject()
        && meta.has("version")
        && meta.has("created_time")) {
      throw mounts.wrongVersion(mountName(path), true);
    }
    return (ObjectNode) data;
  }

  /**
   * KV v2 metadata of {@code key} (versions, custom_metadata).
   *
   * @throws NoSecretException when the key has no metadata (it never existed or was destroyed)
   */
  public JsonNode metadata(String key) throws SecretProviderException {
    String path = paths.metadata(key);
    VaultResponse r = session.send(VaultRequest.get(path, READ));
    if (r.notFound()) {
      mounts.check(path);
      throw new NoSecretException("Vault secret " + key + " has no metadata (" + path + ")");
    }
    if (!r.ok()) {
      throw VaultErrors.of(r, "reading " + path);
    }
    return r.data();
  }

  /**
   * Every key under {@code prefix} ({@code ""} or ending in {@code /}), recursively, relative to
   * the mount, in Vault's order.
   *
   * @throws NoSecretException when nothing exists under {@code prefix} (as ESO reports it)
   */
  public List<String> list(String prefix) throws SecretProviderException {
    List<String> out = new ArrayList<>();
    listInto(prefix, out, true);
    return out;
  }

  private void listInto(String prefix, List<String> out, boolean top)
      throws SecretProviderException {
    String path = paths.list(prefix);
    VaultResponse r = session.send(VaultRequest.list(path, LIST));
    if (r.notFound()) {
      if (top) {
        mounts.check(path);
        throw new NoSecretException("no Vault secrets under " + path);
      }
      return; // a folder emptied while we listed
    }
    if (!r.ok()) {
      throw VaultErrors.of(r, "listing " + path);
    }
    for (JsonNode k : r.data().path("keys")) {
      String name = prefix + k.asText();
      if (name.endsWith("/")) {
        listInto(name, out, false);
      } else {
        out.add(name);
      }
    }
  }

  /**
   * Writes {@code body} to the data path of {@code key} (v2: {@code {"data": ..., "options":
   * ...}}).
   */
  public void writeData(String key, Object body) throws SecretProviderException {
    String path = paths.data(key);
    VaultResponse r = session.send(VaultRequest.post(path, body, WRITE));
    if (!r.ok()) {
      throw VaultErrors.of(r, "writing " + path);
    }
  }

  /** Replaces the KV v2 custom_metadata of {@code key}. */
  public void writeCustomMetadata(String key, Map<String, String> custom)
      throws SecretProviderException {
    String path = paths.metadata(key);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("custom_metadata", custom);
    VaultResponse r = session.send(VaultRequest.post(path, body, WRITE));
    if (!r.ok()) {
      throw VaultErrors.of(r, "writing " + path);
    }
  }

  /** Deletes {@code key}: v1 its data, v2 its metadata and every version. Gone already is fine. */
  public void delete(String key) throws SecretProviderException {
    String path = paths.data(key);
    VaultResponse r = session.send(VaultRequest.delete(path, DELETE));
    if (!r.ok() && !r.notFound()) {
      throw VaultErrors.of(r, "deleting " + path);
    }
    if (paths.v2()) {
      String meta = paths.metadata(key);
      VaultResponse m = session.send(VaultRequest.delete(meta, DELETE));
      if (!m.ok() && !m.notFound()) {
        throw VaultErrors.of(m, "deleting " + meta);
      }
    }
  }

  /**
   * Checks that the store's mount is a KV engine of the configured version (ESO's store
   * validation); nothing to check without a mount, or when Vault will not describe it.
   */
  public void validateMount() throws SecretProviderException {
    if (paths.mount() != null) {
      mounts.check(paths.mount());
    }
  }

  /** The mount part of an API path, for messages: the store's mount or the first segment. */
  private String mountName(String path) {
    if (paths.mount() != null) {
      return paths.mount();
    }
    int slash = path.indexOf('/');
    return slash < 0 ? path : path.substring(0, slash);
  }
}
