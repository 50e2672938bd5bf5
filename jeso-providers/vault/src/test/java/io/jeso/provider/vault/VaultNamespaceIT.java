package io.jeso.provider.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.api.store.vault.VaultAppRoleAuth;
import io.jeso.api.store.vault.VaultAuth;
import io.jeso.api.store.vault.VaultKvVersion;
import io.jeso.api.store.vault.VaultProvider;
import io.jeso.core.provider.AuthenticationException;
import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.RemoteRef;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.provider.StoreValidation;
import io.jeso.core.store.StoreRef;
import io.jeso.testkit.Await;
import io.jeso.testkit.KubeTest;
import io.jeso.testkit.TestEnv;
import io.jeso.testkit.TestNamespace;
import io.jeso.testkit.provider.KubeClusterObjects;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Vault namespaces (OpenBao has them): {@code namespace} sends every request to one, and {@code
 * auth.namespace} logs in to another (a parent), as ESO does.
 */
@KubeTest(peers = "vault")
class VaultNamespaceIT {
  private static SecretsClient client(KubernetesClient kube, TestNamespace ns, VaultProvider spec)
      throws Exception {
    return new VaultSecretProvider()
        .newClient(
            ItContext.of(
                StoreRef.secretStore(ns.name(), "vault"), spec, new KubeClusterObjects(kube)));
  }

  private static VaultAuth appRole(
      VaultAdmin where, String policy, KubernetesClient kube, TestNamespace ns) {
    where.enableAuth("approle", "approle");
    String[] ids = where.appRole("approle", "reader", Map.of("token_policies", List.of(policy)));
    Specs.secret(kube, ns.name(), "approle", Map.of("secret-id", ids[1]));
    return new VaultAuth()
        .withAppRole(
            new VaultAppRoleAuth()
                .withRoleId(ids[0])
                .withSecretRef(Specs.ref("approle", "secret-id")));
  }

  @Test
  void readsAndLogsInInsideANamespace(TestEnv env, KubernetesClient kube, TestNamespace ns)
      throws Exception {
    VaultAdmin root = new VaultAdmin(env.get("JESO_VAULT_ADDR"), env.get("JESO_VAULT_TOKEN"));
    String name = VaultAdmin.unique("ns");
    root.post("sys/namespaces/" + name, Map.of());
    try {
      VaultAdmin inside = root.inNamespace(name);
      inside.enableKv("kv", 2);
      inside.putV2("kv", "app", Map.of("pw", "in-namespace"));
      inside.policy("read", "path \"kv/*\" { capabilities = [\"read\", \"list\"] }");
      VaultProvider spec =
          Specs.kv(root.addr(), "kv", VaultKvVersion.V2)
              .withNamespace(name)
              .withAuth(appRole(inside, "read", kube, ns));
      try (SecretsClient c = client(kube, ns, spec)) {
        assertEquals("in-namespace", text(c.getSecret(RemoteRef.of("app").withProperty("pw"))));
        assertEquals(StoreValidation.Result.READY, c.validate().result());
        assertThrows(NoSecretException.class, () -> c.getSecret(RemoteRef.of("none")));
      }
      // Without the namespace the role does not exist: the login fails.
      assertThrows(AuthenticationException.class, () -> client(kube, ns, spec.withNamespace(null)));
    } finally {
      root.delete("sys/namespaces/" + name);
    }
  }

  @Test
  void logsInToAParentNamespace(TestEnv env, KubernetesClient kube, TestNamespace ns)
      throws Exception {
    VaultAdmin root = new VaultAdmin(env.get("JESO_VAULT_ADDR"), env.get("JESO_VAULT_TOKEN"));
    String parent = VaultAdmin.unique("ns");
    root.post("sys/namespaces/" + parent, Map.of());
    VaultAdmin parentAdmin = root.inNamespace(parent);
    parentAdmin.post("sys/namespaces/team", Map.of());
    try {
      VaultAdmin child = root.inNamespace(parent + "/team");
      child.enableKv("kv", 2);
      child.putV2("kv", "app", Map.of("pw", "in-child"));
      parentAdmin.policy("read-team", "path \"team/kv/*\" { capabilities = [\"read\", \"list\"] }");
      VaultAuth auth = appRole(parentAdmin, "read-team", kube, ns).withNamespace(parent);
      VaultProvider spec =
          Specs.kv(root.addr(), "kv", VaultKvVersion.V2)
              .withNamespace(parent + "/team")
              .withAuth(auth);
      try (SecretsClient c = client(kube, ns, spec)) {
        assertEquals("in-child", text(c.getSecret(RemoteRef.of("app").withProperty("pw"))));
      }
    } finally {
      parentAdmin.delete("sys/namespaces/team");
      // Vault deletes namespaces in the background; the parent goes once the child is gone.
      Await.until(
          "namespace " + parent + " to be deletable",
          Duration.ofSeconds(30),
          () -> {
            try {
              root.delete("sys/namespaces/" + parent);
              return true;
            } catch (IllegalStateException stillHasChildren) {
              return false;
            }
          });
    }
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
