package io.jeso.provider.vault.kv;

import com.fasterxml.jackson.databind.JsonNode;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.provider.vault.VaultSession;
import io.jeso.provider.vault.http.VaultRequest;
import io.jeso.provider.vault.http.VaultResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Knows which secrets engine holds a path, so that a 404 is reported as "not found" only when the
 * store's KV version matches the mount. Without this check a v1 store pointed at a v2 mount (or the
 * reverse) sees nothing but 404s and would report every secret missing, which can drive
 * deletionPolicy; ESO returned empty values in the same situation (PR #2455).
 *
 * <p>It asks {@code sys/internal/ui/mounts/<path>}, which any token with some capability under the
 * mount may read (the Vault CLI uses it for {@code kv get}), at most once per mount and client.
 */
final class MountGuard {
  /** A secrets engine mount as Vault describes it. */
  record Mount(String path, String type, boolean v2) {}

  private final VaultSession session;
  private final boolean v2;
  private final List<Mount> known = new CopyOnWriteArrayList<>();

  MountGuard(VaultSession session, boolean v2) {
    this.session = session;
    this.v2 = v2;
  }

  /**
   * Fails when the mount holding {@code apiPath} is not a KV engine of the store's version; passes
   * when it is, and when Vault will not say.
   */
  void check(String apiPath) throws SecretProviderException {
    Optional<Mount> mount = mountOf(apiPath);
    if (mount.isPresent()) {
      verify(mount.get());
    }
  }

  /** The error for a mount that does not fit the store, or nothing. */
  void verify(Mount mount) throws InvalidStoreException {
    String name = trim(mount.path());
    if (!mount.type().equals("kv")) {
      throw new InvalidStoreException(
          "vault mount path \""
              + name
              + "\" is not a kv secret engine, got \""
              + mount.type()
              + "\"");
    }
    if (mount.v2() != v2) {
      throw wrongVersion(name, mount.v2());
    }
  }

  /** ESO's text for a KV version mismatch. */
  InvalidStoreException wrongVersion(String mountName, boolean mountIsV2) {
    return new InvalidStoreException(
        "vault mount path \""
            + mountName
            + "\" uses kv version "
            + (mountIsV2 ? "v2" : "v1")
            + " but store is configured for kv version "
            + (v2 ? "v2" : "v1"));
  }

  /** The mount of {@code apiPath}, or empty when Vault does not tell this token. */
  Optional<Mount> mountOf(String apiPath) throws SecretProviderException {
    for (Mount m : known) {
      if ((apiPath + "/").startsWith(m.path())) {
        return Optional.of(m);
      }
    }
    VaultResponse r =
        session.send(VaultRequest.get("sys/internal/ui/mounts/" + apiPath, "ReadMountInfo"));
    if (!r.ok() || !r.data().isObject()) {
      return Optional.empty();
    }
    JsonNode data = r.data();
    String path = data.path("path").asText("");
    if (path.isEmpty()) {
      return Optional.empty();
    }
    Mount mount =
        new Mount(
            path.endsWith("/") ? path : path + "/",
            data.path("type").asText(""),
            data.path("options").path("version").asText("1").equals("2"));
    known.add(mount);
    return Optional.of(mount);
  }

  private static String trim(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
