package io.jeso.provider.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.api.store.vault.VaultCheckAndSet;
import io.jeso.api.store.vault.VaultKvVersion;
import io.jeso.api.store.vault.VaultProvider;
import io.jeso.core.provider.FindRequest;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.ProviderApiCalls;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.PushRemoteRef;
import io.jeso.core.provider.PushRequest;
import io.jeso.core.provider.RemoteRef;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.provider.StoreValidation;
import io.jeso.core.store.StoreRef;
import io.jeso.testkit.KubeTest;
import io.jeso.testkit.TestEnv;
import io.jeso.testkit.provider.KubeClusterObjects;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * KV behaviour beyond the contract, against the real OpenBao: versions and deletions, metadata, KV
 * v1, the v1/v2 mismatch in both directions, ESO's key/path rules, find by path, the write side
 * with check-and-set and ownership, and the metrics labels.
 */
@KubeTest(peers = "vault")
class VaultKvIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static VaultAdmin admin;
  private static KubernetesClient kube;
  private static String v2;
  private static String v1;
  private static String namespace;

  @BeforeAll
  static void arrange(TestEnv env) {
    admin = new VaultAdmin(env.get("JESO_VAULT_ADDR"), env.get("JESO_VAULT_TOKEN"));
    kube = env.client();
    v2 = VaultAdmin.unique("kv2");
    v1 = VaultAdmin.unique("kv1");
    admin.enableKv(v2, 2);
    admin.enableKv(v1, 1);
    admin.mountPolicy(v2, v2, v1);
    namespace = VaultAdmin.unique("vault-kv");
    Specs.namespace(kube, namespace);
    Specs.secret(kube, namespace, "vault-token", Map.of("token", admin.token("1h", v2)));
  }

  @AfterAll
  static void cleanUp() {
    admin.disableMount(v2);
    admin.disableMount(v1);
    kube.namespaces().withName(namespace).delete();
  }

  private static SecretsClient client(VaultProvider spec) throws Exception {
    return client(spec, ProviderApiCalls.NONE);
  }

  private static SecretsClient client(VaultProvider spec, ProviderApiCalls calls) throws Exception {
    spec.withAuth(Specs.tokenAuth("vault-token"));
    ItContext ctx =
        ItContext.of(StoreRef.secretStore(namespace, "vault"), spec, new KubeClusterObjects(kube))
            .withCalls(calls);
    return new VaultSecretProvider().newClient(ctx);
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  @Test
  void readsVersionsAndReportsDeletedOnesAsMissing() throws Exception {
    admin.putV2(v2, "app/versions", Map.of("pw", "one"));
    admin.putV2(v2, "app/versions", Map.of("pw", "two"));
    admin.putV2(v2, "app/versions", Map.of("pw", "three"));
    admin.post(v2 + "/destroy/app/versions", Map.of("versions", List.of(1)));
    admin.delete(v2 + "/data/app/versions"); // soft-deletes the current version, 3
    try (SecretsClient c = client(Specs.kv(admin.addr(), v2, VaultKvVersion.V2))) {
      RemoteRef ref = RemoteRef.of("app/versions").withProperty("pw");
      assertEquals("two", text(c.getSecret(ref.withVersion("2"))));
      assertThrows(NoSecretException.class, () -> c.getSecret(ref.withVersion("1")));
      assertThrows(NoSecretException.class, () -> c.getSecret(ref));
      assertThrows(NoSecretException.class, () -> c.getSecret(ref.withVersion("3")));
      assertThrows(InvalidStoreException.class, () -> c.getSecret(ref.withVersion("latest")));
    }
  }

  @Test
  void fetchesMetadataAsEsoDoes() throws Exception {
    admin.putV2(v2, "app/meta", Map.of("pw", "secret-value"));
    admin.customMetadata(v2, "app/meta", Map.of("owner", "team-a", "tier", "gold"));
    try (SecretsClient c = client(Specs.kv(admin.addr(), v2, VaultKvVersion.V2))) {
      RemoteRef fetch = new RemoteRef("app/meta", null, null, RemoteRef.MetadataPolicy.FETCH);
      var all = JSON.readTree(c.getSecret(fetch));
      assertEquals("team-a", all.get("owner").asText());
      assertEquals("1", all.get("current_version").asText());
      assertTrue(all.has("created_time"));
      assertFalse(all.toString().contains("secret-value"), "metadata, not data");
      assertEquals("gold", text(c.getSecret(fetch.withProperty("tier"))));
      assertThrows(
          NoSecretException.class,
          () -> c.getSecret(new RemoteRef("app/none", null, null, RemoteRef.MetadataPolicy.FETCH)));
    }
    try (SecretsClient c = client(Specs.kv(admin.addr(), v1, VaultKvVersion.V1))) {
      InvalidStoreException e =
          assertThrows(
              InvalidStoreException.class,
              () -> c.getSecret(new RemoteRef("x", null, null, RemoteRef.MetadataPolicy.FETCH)));
      assertEquals("cannot perform metadata fetch operations with kv version v1", e.getMessage());
    }
  }

  @Test
  void givesValuesWithEsosBytes() throws Exception {
    admin.post(
        v2 + "/data/app/bytes",
        JSON.readTree("{\"data\":{\"z\":1.25,\"a\":\"<x&y>\",\"n\":{\"b\":2,\"a\":[1,\"t\"]}}}"));
    try (SecretsClient c = client(Specs.kv(admin.addr(), v2, VaultKvVersion.V2))) {
      assertEquals(
          "{\"a\":\"\\u003cx\\u0026y\\u003e\",\"n\":{\"a\":[1,\"t\"],\"b\":2},\"z\":1.25}",
          text(c.getSecret(RemoteRef.of("app/bytes"))));
      assertEquals("<x&y>", text(c.getSecret(RemoteRef.of("app/bytes").withProperty("a"))));
      assertEquals(
          "{\"a\":[1,\"t\"],\"b\":2}",
          text(c.getSecret(RemoteRef.of("app/bytes").withProperty("n"))));
      assertEquals("t", text(c.getSecret(RemoteRef.of("app/bytes").withProperty("n.a.1"))));
      Map<String, byte[]> nested = c.getSecretMap(RemoteRef.of("app/bytes").withProperty("n"));
      assertEquals(Set.of("a", "b"), nested.keySet());
    }
  }

  @Test
  void combinesKeyAndMountLikeEso() throws Exception {
    admin.putV2(v2, "paths/a", Map.of("v", "a"));
    try (SecretsClient c = client(Specs.kv(admin.addr(), v2, VaultKvVersion.V2))) {
      RemoteRef prop = RemoteRef.of("paths/a").withProperty("v");
      assertEquals("a", text(c.getSecret(prop)));
      assertEquals("a", text(c.getSecret(new RemoteRef(v2 + "/paths/a", "v", null, null))));
      assertEquals("a", text(c.getSecret(new RemoteRef(v2 + "/data/paths/a", "v", null, null))));
    }
    try (SecretsClient c = client(Specs.kv(admin.addr(), null, VaultKvVersion.V2))) {
      assertEquals("a", text(c.getSecret(new RemoteRef(v2 + "/paths/a", "v", null, null))));
      assertEquals("a", text(c.getSecret(new RemoteRef(v2 + "/data/paths/a", "v", null, null))));
    }
  }

  @Test
  void kvVersionOneReadsAndFindsByNameButNotByTags() throws Exception {
    admin.putV1(v1, "team/db", Map.of("user", "u1", "cfg", Map.of("port", 5432)));
    admin.putV1(v1, "team/other", Map.of("user", "u2"));
    try (SecretsClient c = client(Specs.kv(admin.addr(), v1, VaultKvVersion.V1))) {
      assertEquals("u1", text(c.getSecret(RemoteRef.of("team/db").withProperty("user"))));
      assertEquals("5432", text(c.getSecret(RemoteRef.of("team/db").withProperty("cfg.port"))));
      assertThrows(NoSecretException.class, () -> c.getSecret(RemoteRef.of("team/none")));
      assertEquals(Set.of("team/db"), c.getAllSecrets(FindRequest.byName("db$")).keySet());
      InvalidStoreException e =
          assertThrows(
              InvalidStoreException.class,
              () -> c.getAllSecrets(FindRequest.byTags(Map.of("a", "b"))));
      assertEquals("cannot perform find by tag operations with kv version v1", e.getMessage());
    }
  }

  @Test
  void aVersionOneStoreOnAVersionTwoMountIsAConfigurationError() throws Exception {
    admin.putV2(v2, "mismatch/a", Map.of("pw", "x"));
    try (SecretsClient c = client(Specs.kv(admin.addr(), v2, VaultKvVersion.V1))) {
      InvalidStoreException e =
          assertThrows(InvalidStoreException.class, () -> c.getSecret(RemoteRef.of("mismatch/a")));
      assertTrue(e.getMessage().contains("uses kv version v2"), e.getMessage());
      // A v1 key that walks into the v2 data path gets the wrapper: refused, not returned.
      assertThrows(InvalidStoreException.class, () -> c.getSecret(RemoteRef.of("data/mismatch/a")));
      assertThrows(InvalidStoreException.class, () -> c.getSecret(RemoteRef.of("mismatch/none")));
      StoreValidation v = c.validate();
      assertEquals(StoreValidation.Result.ERROR, v.result());
      assertTrue(v.message().contains("store is configured for kv version v1"), v.message());
    }
  }

  @Test
  void aVersionTwoStoreOnAVersionOneMountIsAConfigurationError() throws Exception {
    admin.putV1(v1, "data/wrapped", Map.of("pw", "x"));
    try (SecretsClient c = client(Specs.kv(admin.addr(), v1, VaultKvVersion.V2))) {
      assertThrows(InvalidStoreException.class, () -> c.getSecret(RemoteRef.of("missing")));
      assertThrows(InvalidStoreException.class, () -> c.getSecret(RemoteRef.of("wrapped")));
      assertEquals(StoreValidation.Result.ERROR, c.validate().result());
    }
    try (SecretsClient c = client(Specs.kv(admin.addr(), v2, VaultKvVersion.V2))) {
      assertEquals(StoreValidation.Result.READY, c.validate().result());
    }
  }

  @Test
  void findsUnderAPath() throws Exception {
    admin.putV2(v2, "find/a/one", Map.of("v", "1"));
    admin.putV2(v2, "find/a/deep/two", Map.of("v", "2"));
    admin.putV2(v2, "find/b/three", Map.of("v", "3"));
    try (SecretsClient c = client(Specs.kv(admin.addr(), v2, VaultKvVersion.V2))) {
      Map<String, byte[]> found = c.getAllSecrets(new FindRequest("find/a", ".*", Map.of()));
      assertEquals(Set.of("find/a/one", "find/a/deep/two"), found.keySet());
      assertEquals("{\"v\":\"2\"}", text(found.get("find/a/deep/two")));
      assertThrows(
          NoSecretException.class,
          () -> c.getAllSecrets(new FindRequest("find/none", ".*", Map.of())));
    }
  }

  @Test
  void pushesWithCheckAndSetAndSkipsNoOps() throws Exception {
    String cas = VaultAdmin.unique("kvcas");
    admin.enableKv(cas, 2);
    admin.post(cas + "/config", Map.of("cas_required", true));
    admin.mountPolicy(cas, cas);
    Specs.secret(kube, namespace, "cas-token", Map.of("token", admin.token("1h", cas)));
    try {
      VaultProvider spec =
          Specs.kv(admin.addr(), cas, VaultKvVersion.V2)
              .withCheckAndSet(new VaultCheckAndSet().withRequired(true))
              .withAuth(Specs.tokenAuth("cas-token"));
      ItContext ctx =
          ItContext.of(
              StoreRef.secretStore(namespace, "vault"), spec, new KubeClusterObjects(kube));
      try (SecretsClient c = new VaultSecretProvider().newClient(ctx)) {
        PushRemoteRef pw = new PushRemoteRef("pushed/app", "pw");
        c.pushSecret(new PushRequest(pw, "pw", bytes("one"), Map.of()));
        c.pushSecret(new PushRequest(pw, "pw", bytes("two"), Map.of()));
        c.pushSecret(new PushRequest(pw, "pw", bytes("two"), Map.of()));
        assertEquals("two", text(c.getSecret(RemoteRef.of("pushed/app").withProperty("pw"))));
        var meta = admin.get(cas + "/metadata/pushed/app").path("data");
        assertEquals(2, meta.path("current_version").asInt(), "the no-op push wrote nothing");
        assertEquals("external-secrets", meta.path("custom_metadata").path("managed-by").asText());
        c.deleteSecret(new PushRemoteRef("pushed/app", null));
        assertFalse(c.secretExists(new PushRemoteRef("pushed/app", null)));
      }
    } finally {
      admin.disableMount(cas);
    }
  }

  @Test
  void neverOverwritesOrDeletesASecretItDoesNotManage() throws Exception {
    admin.putV2(v2, "foreign/app", Map.of("pw", "theirs"));
    admin.putV1(v1, "foreign/app", Map.of("pw", "theirs"));
    for (VaultKvVersion version : VaultKvVersion.values()) {
      String mount = version == VaultKvVersion.V2 ? v2 : v1;
      try (SecretsClient c = client(Specs.kv(admin.addr(), mount, version))) {
        PushRemoteRef pw = new PushRemoteRef("foreign/app", "pw");
        ProviderException e =
            assertThrows(
                ProviderException.class,
                () -> c.pushSecret(new PushRequest(pw, "pw", bytes("mine"), Map.of())));
        assertTrue(e.getMessage().contains("not managed by external-secrets"), e.getMessage());
        c.deleteSecret(pw);
        assertEquals("theirs", text(c.getSecret(RemoteRef.of("foreign/app").withProperty("pw"))));
      }
    }
  }

  @Test
  void pushesToVersionOneWithEsosOwnershipMark() throws Exception {
    try (SecretsClient c = client(Specs.kv(admin.addr(), v1, VaultKvVersion.V1))) {
      PushRemoteRef user = new PushRemoteRef("pushed/v1", "user");
      PushRemoteRef pw = new PushRemoteRef("pushed/v1", "pw");
      c.pushSecret(new PushRequest(user, "user", bytes("u"), Map.of()));
      c.pushSecret(new PushRequest(pw, "pw", bytes("p"), Map.of()));
      var stored = admin.get(v1 + "/pushed/v1").path("data");
      assertEquals("external-secrets", stored.path("custom_metadata").path("managed-by").asText());
      assertEquals("p", text(c.getSecret(RemoteRef.of("pushed/v1").withProperty("pw"))));
      c.deleteSecret(pw);
      assertTrue(c.secretExists(user));
      assertFalse(c.secretExists(pw));
      c.deleteSecret(user);
      assertFalse(c.secretExists(new PushRemoteRef("pushed/v1", null)));
    }
  }

  @Test
  void reportsCallsWithEsosLabels() throws Exception {
    admin.putV2(v2, "calls/a", Map.of("v", "1"));
    CountingCalls calls = new CountingCalls();
    try (SecretsClient c = client(Specs.kv(admin.addr(), v2, VaultKvVersion.V2), calls)) {
      c.getSecret(RemoteRef.of("calls/a"));
      assertThrows(NoSecretException.class, () -> c.getSecret(RemoteRef.of("calls/none")));
      c.getAllSecrets(new FindRequest("calls", null, Map.of()));
    }
    assertEquals(3, calls.successes("ReadSecretData"), calls.toString());
    assertEquals(1, calls.successes("ListSecrets"), calls.toString());
    assertEquals(0, calls.count("ReadSecretData", ProviderApiCalls.ERROR), calls.toString());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
