package io.jeso.provider.vault.kv;

import io.jeso.core.data.FindMatcher;
import io.jeso.core.data.InvalidRegexException;
import io.jeso.core.provider.FindRequest;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.SecretProviderException;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code dataFrom.find} over KV: list every key under the mount (or under {@code find.path})
 * recursively, keep those whose name matches and, for tags, whose v2 custom_metadata carries every
 * tag, and read them whole. Keys are relative to the mount, as ESO returns them.
 *
 * <p>Unlike ESO, a find with both a name and tags applies both (ESO ignores the tags then), because
 * every jeso provider filters through the shared {@link FindMatcher}.
 */
public final class KvFind {
  /** ESO's text: tags live in KV v2 custom_metadata, which v1 does not have. */
  static final String TAGS_NEED_V2 = "cannot perform find by tag operations with kv version v1";

  private final KvStore kv;

  public KvFind(KvStore kv) {
    this.kv = kv;
  }

  public Map<String, byte[]> find(FindRequest request) throws SecretProviderException {
    if (!kv.v2() && !request.tags().isEmpty()) {
      throw new InvalidStoreException(TAGS_NEED_V2);
    }
    FindMatcher matcher;
    try {
      matcher = FindMatcher.of(request);
    } catch (InvalidRegexException e) {
      throw new InvalidStoreException(e.getMessage());
    }
    Map<String, byte[]> out = new TreeMap<>();
    for (String name : kv.list(prefix(request.path()))) {
      if (!matcher.matchesName(name)) {
        continue;
      }
      try {
        if (!request.tags().isEmpty()
            && !matcher.matchesTags(KvMetadata.custom(kv.metadata(name)))) {
          continue;
        }
        out.put(name, SecretValues.select(kv.read(name, null), null, name));
      } catch (NoSecretException e) {
        // deleted between listing and reading, or its current version is deleted: not a match
      }
    }
    return out;
  }

  private static String prefix(String path) {
    if (path == null) {
      return "";
    }
    String p = path.strip();
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.isEmpty() ? "" : p + "/";
  }
}
