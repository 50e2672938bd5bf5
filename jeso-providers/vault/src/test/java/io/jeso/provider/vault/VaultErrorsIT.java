package io.jeso.provider.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.api.store.vault.VaultAppRoleAuth;
import io.jeso.api.store.vault.VaultAuth;
import io.jeso.api.store.vault.VaultKvVersion;
import io.jeso.api.store.vault.VaultProvider;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.RemoteRef;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.provider.StoreValidation;
import io.jeso.core.store.StoreRef;
import io.jeso.testkit.KubeTest;
import io.jeso.testkit.TestEnv;
import io.jeso.testkit.TestNamespace;
import io.jeso.testkit.provider.KubeClusterObjects;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vault being unavailable is retryable and never "not found": a server nobody listens on, and a
 * sealed OpenBao (one of the test's own, since sealing the shared one would stop everyone).
 */
@KubeTest(peers = "vault")
class VaultErrorsIT {
  private static ItContext context(KubernetesClient kube, TestNamespace ns, VaultProvider spec) {
    return ItContext.of(
        StoreRef.secretStore(ns.name(), "vault"), spec, new KubeClusterObjects(kube));
  }

  @Test
  void anUnreachableServerIsRetryable(KubernetesClient kube, TestNamespace ns) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String server = "http://127.0.0.1:" + port;
    Specs.secret(kube, ns.name(), "vault-token", Map.of("token", "s.unused"));
    Specs.secret(kube, ns.name(), "approle", Map.of("secret-id", "unused"));
    VaultProvider withToken =
        Specs.kv(server, "secret", VaultKvVersion.V2).withAuth(Specs.tokenAuth("vault-token"));
    try (SecretsClient c = new VaultSecretProvider().newClient(context(kube, ns, withToken))) {
      ProviderException e =
          assertThrows(ProviderException.class, () -> c.getSecret(RemoteRef.of("app")));
      assertTrue(e.getMessage().startsWith("cannot reach Vault at " + server), e.getMessage());
      assertTrue(e.retryable());
      assertEquals(StoreValidation.Result.ERROR, c.validate().result());
    }
    VaultProvider withLogin =
        Specs.kv(server, "secret", VaultKvVersion.V2)
            .withAuth(
                new VaultAuth()
                    .withAppRole(
                        new VaultAppRoleAuth()
                            .withRoleId("r")
                            .withSecretRef(Specs.ref("approle", "secret-id"))));
    assertThrows(
        ProviderException.class,
        () -> new VaultSecretProvider().newClient(context(kube, ns, withLogin)));
  }

  @Test
  void aSealedVaultIsRetryable(
      TestEnv env, KubernetesClient kube, TestNamespace ns, @TempDir Path dir) throws Exception {
    try (PrivateBao bao = PrivateBao.start(env.get("JESO_BAO"), dir, false)) {
      VaultAdmin admin = bao.admin();
      admin.putV2("secret", "app", Map.of("pw", "x"));
      Specs.secret(kube, ns.name(), "vault-token", Map.of("token", PrivateBao.ROOT));
      VaultProvider spec =
          Specs.kv(bao.addr(), "secret", VaultKvVersion.V2)
              .withAuth(Specs.tokenAuth("vault-token"));
      try (SecretsClient c = new VaultSecretProvider().newClient(context(kube, ns, spec))) {
        c.getSecret(RemoteRef.of("app"));
        admin.post("sys/seal", Map.of());
        ProviderException e =
            assertThrows(ProviderException.class, () -> c.getSecret(RemoteRef.of("app")));
        assertTrue(e.getMessage().contains("Vault is sealed (HTTP 503)"), e.getMessage());
        assertEquals(StoreValidation.Result.ERROR, c.validate().result());
      }
    }
  }
}
