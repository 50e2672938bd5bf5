package io.jeso.provider.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.api.store.vault.VaultAppRoleAuth;
import io.jeso.api.store.vault.VaultAuth;
import io.jeso.api.store.vault.VaultKvVersion;
import io.jeso.api.store.vault.VaultProvider;
import io.jeso.core.provider.AuthenticationException;
import io.jeso.core.provider.RemoteRef;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.store.StoreRef;
import io.jeso.testkit.KubeTest;
import io.jeso.testkit.TestEnv;
import io.jeso.testkit.TestNamespace;
import io.jeso.testkit.provider.KubeClusterObjects;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The token lifecycle against the real OpenBao, counted from Vault's side (live token accessors
 * that carry the test's own policy): one login per client however many reads, renewal at two thirds
 * of the TTL, a new login near the max TTL with the old token revoked, recovery from a token
 * revoked behind jeso's back, and revocation on close (only for tokens jeso logged in for).
 */
@KubeTest(peers = "vault")
class VaultTokenLifecycleIT {
  private static VaultAdmin admin;
  private static KubernetesClient kube;
  private static String mount;
  private static String approle;

  @BeforeAll
  static void arrange(TestEnv env) {
    admin = new VaultAdmin(env.get("JESO_VAULT_ADDR"), env.get("JESO_VAULT_TOKEN"));
    kube = env.client();
    mount = VaultAdmin.unique("lifecycle");
    admin.enableKv(mount, 2);
    admin.putV2(mount, "app", Map.of("pw", "lifecycle-value"));
    approle = VaultAdmin.unique("approle");
    admin.enableAuth(approle, "approle");
  }

  @AfterAll
  static void cleanUp() {
    admin.disableAuth(approle);
    admin.disableMount(mount);
  }

  /** A role whose tokens carry a policy of their own, so they can be counted. */
  private String role(TestNamespace ns, Map<String, Object> settings) {
    String policy = VaultAdmin.unique("lifecycle-policy");
    admin.policy(policy, "path \"" + mount + "/data/app\" { capabilities = [\"read\"] }");
    Map<String, Object> all = new java.util.HashMap<>(settings);
    all.put("token_policies", List.of(policy));
    String[] ids = admin.appRole(approle, "r-" + policy, all);
    Specs.secret(kube, ns.name(), "approle", Map.of("role-id", ids[0], "secret-id", ids[1]));
    return policy;
  }

  private static SecretsClient client(ItContext context) throws Exception {
    return new VaultSecretProvider().newClient(context);
  }

  private ItContext context(TestNamespace ns, CountingCalls calls) {
    VaultProvider spec =
        Specs.kv(admin.addr(), mount, VaultKvVersion.V2)
            .withAuth(
                new VaultAuth()
                    .withAppRole(
                        new VaultAppRoleAuth()
                            .withPath(approle)
                            .withRoleRef(Specs.ref("approle", "role-id"))
                            .withSecretRef(Specs.ref("approle", "secret-id"))));
    return ItContext.of(
            StoreRef.secretStore(ns.name(), "vault"), spec, new KubeClusterObjects(kube))
        .withCalls(calls);
  }

  @Test
  void aThousandReadsLeaveOneTokenAndCloseRevokesIt(TestNamespace ns) throws Exception {
    String policy = role(ns, Map.of());
    CountingCalls calls = new CountingCalls();
    assertEquals(0, admin.tokensWithPolicy(policy).size());
    SecretsClient c = client(context(ns, calls));
    for (int i = 0; i < 1000; i++) {
      c.getSecret(RemoteRef.of("app").withProperty("pw"));
    }
    assertEquals(1, admin.tokensWithPolicy(policy).size(), "tokens after 1,000 reads");
    assertEquals(1, calls.successes("Login"), calls.toString());
    assertEquals(1000, calls.successes("ReadSecretData"), calls.toString());
    c.close();
    assertEquals(0, admin.tokensWithPolicy(policy).size(), "tokens after close");
    assertEquals(1, calls.successes("RevokeSelf"), calls.toString());
    c.close(); // closing twice is harmless
  }

  @Test
  void renewsAtTwoThirdsOfTheTtl(TestNamespace ns) throws Exception {
    String policy = role(ns, Map.of("token_ttl", "90s", "token_max_ttl", "1h"));
    CountingCalls calls = new CountingCalls();
    MutableClock clock = new MutableClock();
    try (SecretsClient c = client(context(ns, calls).withClock(clock))) {
      c.getSecret(RemoteRef.of("app"));
      String accessor = admin.tokensWithPolicy(policy).get(0);
      clock.advance(Duration.ofSeconds(40));
      c.getSecret(RemoteRef.of("app"));
      assertEquals(0, calls.successes("RenewSelf"), "not yet due at 40 of 90 seconds");
      clock.advance(Duration.ofSeconds(21));
      c.getSecret(RemoteRef.of("app"));
      assertEquals(1, calls.successes("RenewSelf"), calls.toString());
      assertEquals(List.of(accessor), admin.tokensWithPolicy(policy), "the same token, renewed");
      assertEquals(1, calls.successes("Login"));
    }
    assertEquals(0, admin.tokensWithPolicy(policy).size());
  }

  @Test
  void logsInAgainWhenTheMaxTtlIsNearAndRevokesTheOldToken(TestNamespace ns) throws Exception {
    String policy = role(ns, Map.of("token_ttl", "6s", "token_max_ttl", "9s"));
    CountingCalls calls = new CountingCalls();
    try (SecretsClient c = client(context(ns, calls))) {
      Instant end = Instant.now().plusSeconds(12);
      int maxLive = 0;
      while (Instant.now().isBefore(end)) {
        c.getSecret(RemoteRef.of("app").withProperty("pw"));
        maxLive = Math.max(maxLive, admin.tokensWithPolicy(policy).size());
        Thread.sleep(250);
      }
      assertTrue(calls.successes("RenewSelf") >= 1, calls.toString());
      assertTrue(calls.successes("Login") >= 2, calls.toString());
      assertEquals(1, maxLive, "old tokens are revoked when replaced");
      assertEquals(1, admin.tokensWithPolicy(policy).size());
    }
    assertEquals(0, admin.tokensWithPolicy(policy).size());
  }

  @Test
  void recoversFromATokenRevokedBehindItsBack(TestNamespace ns) throws Exception {
    String policy = role(ns, Map.of());
    CountingCalls calls = new CountingCalls();
    try (SecretsClient c = client(context(ns, calls))) {
      c.getSecret(RemoteRef.of("app"));
      admin.revokeAccessor(admin.tokensWithPolicy(policy).get(0));
      c.getSecret(RemoteRef.of("app"));
      assertEquals(2, calls.successes("Login"), calls.toString());
      assertEquals(1, admin.tokensWithPolicy(policy).size());
    }
  }

  @Test
  void aDeniedReadIsAnAuthenticationErrorAndNoNewLogin(TestNamespace ns) throws Exception {
    role(ns, Map.of());
    admin.putV2(mount, "forbidden", Map.of("pw", "x"));
    CountingCalls calls = new CountingCalls();
    try (SecretsClient c = client(context(ns, calls))) {
      for (int i = 0; i < 3; i++) {
        AuthenticationException e =
            assertThrows(
                AuthenticationException.class, () -> c.getSecret(RemoteRef.of("forbidden")));
        assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
        assertTrue(e.getMessage().contains("HTTP 403"), e.getMessage());
      }
      assertEquals(1, calls.successes("Login"), calls.toString());
    }
  }

  @Test
  void aUsersTokenIsNeitherRenewedNorRevoked(TestNamespace ns) throws Exception {
    String policy = VaultAdmin.unique("user-token");
    admin.policy(policy, "path \"" + mount + "/data/app\" { capabilities = [\"read\"] }");
    Specs.secret(kube, ns.name(), "vault-token", Map.of("token", admin.token("60s", policy)));
    VaultProvider spec =
        Specs.kv(admin.addr(), mount, VaultKvVersion.V2).withAuth(Specs.tokenAuth("vault-token"));
    CountingCalls calls = new CountingCalls();
    MutableClock clock = new MutableClock();
    ItContext ctx =
        ItContext.of(StoreRef.secretStore(ns.name(), "vault"), spec, new KubeClusterObjects(kube))
            .withCalls(calls)
            .withClock(clock);
    try (SecretsClient c = new VaultSecretProvider().newClient(ctx)) {
      c.getSecret(RemoteRef.of("app"));
      clock.advance(Duration.ofSeconds(50));
      c.getSecret(RemoteRef.of("app"));
    }
    assertEquals(0, calls.successes("RenewSelf") + calls.successes("RevokeSelf"), calls.toString());
    assertEquals(1, admin.tokensWithPolicy(policy).size(), "the user's token still lives");
  }
}
