package io.jeso.provider.vault.kv;

import io.jeso.core.provider.InvalidStoreException;

/**
 * Where a key lives in Vault, with ESO's rules for combining the store's {@code path} (the KV
 * mount) and a {@code remoteRef.key}, so that every manifest written for ESO reads the same secret:
 *
 * <ul>
 *   <li>With a mount: a key that already starts with the mount (and, for v2, {@code data/}) has
 *       that prefix removed; then the mount, {@code data} for v2, and the key are joined: mount
 *       {@code secret}, key {@code foo} or {@code secret/foo} or {@code secret/data/foo} all read
 *       {@code secret/data/foo}.
 *   <li>Without a mount, v2: the key's first segment is the mount and {@code data} is inserted
 *       after it ({@code secret/foo} reads {@code secret/data/foo}), unless the key already
 *       contains {@code /data/}.
 *   <li>Without a mount, v1: the key is the whole path.
 * </ul>
 *
 * Metadata paths (custom_metadata, listing) follow the same rules with {@code metadata}.
 *
 * @param mount the store's {@code path} without surrounding slashes, or null
 * @param v2 whether the store is KV version 2
 */
public record KvPaths(String mount, boolean v2) {
  public KvPaths {
    mount = mount == null ? null : trimSlashes(mount);
    if (mount != null && mount.isEmpty()) {
      mount = null;
    }
  }

  /** The API path to read or write {@code key}'s data. */
  public String data(String key) {
    if (mount != null) {
      return mount + (v2 ? "/data/" : "/") + relative(key);
    }
    if (v2 && !key.contains("/data/")) {
      int slash = key.indexOf('/');
      return slash < 0 ? key + "/data" : key.substring(0, slash) + "/data" + key.substring(slash);
    }
    return key;
  }

  /**
   * The API path of {@code key}'s KV v2 metadata (custom_metadata, versions); for v1 the data path,
   * where ESO keeps its ownership mark.
   */
  public String metadata(String key) {
    if (!v2) {
      return mount == null ? key : mount + "/" + key;
    }
    if (mount != null) {
      return mount + "/metadata/" + relative(key);
    }
    // ESO refuses a mount-less key without "data" here; deriving from the data path is never worse.
    return data(key).replaceFirst("/data/", "/metadata/");
  }

  /**
   * The API path to list under {@code prefix} ({@code ""} for the whole mount, else ending in
   * {@code /}); listing needs a mount.
   */
  public String list(String prefix) throws InvalidStoreException {
    if (mount == null) {
      throw new InvalidStoreException(
          "dataFrom.find needs spec.provider.vault.path (the KV mount) to list secrets");
    }
    return mount + (v2 ? "/metadata/" : "/") + prefix;
  }

  /** The key with a leading mount (and v2 {@code data/}) removed, as ESO does. */
  private String relative(String key) {
    String cut = mount + "/";
    if (!key.startsWith(cut)) {
      return key;
    }
    String out = key.substring(cut.length());
    return v2 && out.startsWith("data/") ? out.substring("data/".length()) : out;
  }

  private static String trimSlashes(String s) {
    String out = s.strip();
    while (out.startsWith("/")) {
      out = out.substring(1);
    }
    while (out.endsWith("/")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }
}
