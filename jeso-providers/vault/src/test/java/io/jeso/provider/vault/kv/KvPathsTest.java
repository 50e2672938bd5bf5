package io.jeso.provider.vault.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jeso.core.provider.InvalidStoreException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ESO's table for combining the store's path with a remote key (its buildPath examples). */
class KvPathsTest {
  @ParameterizedTest(name = "[{0}] {1} + {2} -> {3}")
  @CsvSource(
      nullValues = "-",
      value = {
        "v2, secret/path, foo, secret/path/data/foo",
        "v1, secret/path, foo, secret/path/foo",
        "v2, secret/path, secret/path/foo, secret/path/data/foo",
        "v2, secret/path, secret/path/data/foo, secret/path/data/foo",
        "v1, secret/path, secret/path/foo, secret/path/foo",
        "v2, -, secret/path/foo, secret/data/path/foo",
        "v2, -, secret/path/data/foo, secret/path/data/foo",
        "v1, -, secret/path/foo, secret/path/foo",
        "v2, secret, app/db, secret/data/app/db",
        "v2, /secret/, app, secret/data/app",
        "v2, '', secret/app, secret/data/app",
        "v1, kv, data/app, kv/data/app",
        // ESO's known quirk, kept: a key under a folder named like the mount loses that folder.
        "v2, secret, secret/secret/x, secret/data/secret/x",
      })
  void dataPath(String version, String mount, String key, String expected) {
    assertEquals(expected, new KvPaths(mount, version.equals("v2")).data(key));
  }

  @ParameterizedTest(name = "[{0}] {1} + {2} -> {3}")
  @CsvSource(
      nullValues = "-",
      value = {
        "v2, secret, app/db, secret/metadata/app/db",
        "v2, secret, secret/data/app, secret/metadata/app",
        "v2, -, secret/app, secret/metadata/app",
        "v2, -, secret/data/app, secret/metadata/app",
        "v1, kv, app, kv/app",
      })
  void metadataPath(String version, String mount, String key, String expected) {
    assertEquals(expected, new KvPaths(mount, version.equals("v2")).metadata(key));
  }

  @ParameterizedTest
  @CsvSource({
    "v2, '', secret/metadata/",
    "v2, team/, secret/metadata/team/",
    "v1, team/, secret/team/"
  })
  void listPath(String version, String prefix, String expected) throws Exception {
    assertEquals(expected, new KvPaths("secret", version.equals("v2")).list(prefix));
  }

  @ParameterizedTest
  @CsvSource({"true", "false"})
  void listingNeedsAMount(boolean v2) {
    assertThrows(InvalidStoreException.class, () -> new KvPaths(null, v2).list(""));
  }
}
