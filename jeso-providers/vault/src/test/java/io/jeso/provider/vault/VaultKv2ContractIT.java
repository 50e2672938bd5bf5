package io.jeso.provider.vault;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.api.store.vault.VaultKvVersion;
import io.jeso.api.store.vault.VaultProvider;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.store.StoreRef;
import io.jeso.testkit.KubeTest;
import io.jeso.testkit.TestEnv;
import io.jeso.testkit.provider.KubeClusterObjects;
import io.jeso.testkit.provider.ProviderContractTest;
import io.jeso.testkit.provider.ProviderFixture;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The provider contract against the real OpenBao, KV v2, token auth: a mount, a policy, a token and
 * a namespace of its own for the class, so nothing depends on what other tests left behind.
 */
@KubeTest(peers = "vault")
class VaultKv2ContractIT extends ProviderContractTest {
  private static VaultAdmin admin;
  private static KubernetesClient kube;
  private static String mount;
  private static String namespace;

  @BeforeAll
  static void arrange(TestEnv env) {
    admin = new VaultAdmin(env.get("JESO_VAULT_ADDR"), env.get("JESO_VAULT_TOKEN"));
    kube = env.client();
    mount = VaultAdmin.unique("contract-kv2");
    admin.enableKv(mount, 2);
    admin.mountPolicy(mount, mount);
    namespace = VaultAdmin.unique("vault-contract");
    Specs.namespace(kube, namespace);
    Specs.secret(kube, namespace, "vault-token", Map.of("token", admin.token("1h", mount)));
  }

  @AfterAll
  static void cleanUp() {
    admin.disableMount(mount);
    kube.namespaces().withName(namespace).delete();
  }

  @Override
  protected ProviderFixture newFixture() {
    return new Kv2Fixture();
  }

  private static final class Kv2Fixture extends ProviderFixture {
    private SecretsClient client;

    @Override
    public Set<Feature> features() {
      return Set.of(Feature.VERSIONS, Feature.FIND_BY_NAME, Feature.FIND_BY_TAGS, Feature.PUSH);
    }

    @Override
    public void putJson(String key, Map<String, ?> json) {
      admin.putV2(mount, key, json);
    }

    @Override
    public void putTagged(String key, Map<String, ?> json, Map<String, String> tags) {
      admin.putV2(mount, key, json);
      admin.customMetadata(mount, key, tags);
    }

    @Override
    public String putVersion(String key, Map<String, ?> json) {
      return Long.toString(admin.putV2(mount, key, json));
    }

    @Override
    public String missingVersion() {
      return "999999";
    }

    @Override
    public void delete(String key) {
      admin.delete(mount + "/metadata/" + key);
    }

    /** Keys one folder down, so find has to list recursively. */
    @Override
    public String key(String name) {
      return "contract/" + name;
    }

    @Override
    public SecretsClient client() throws Exception {
      if (client == null) {
        VaultProvider spec =
            Specs.kv(admin.addr(), mount, VaultKvVersion.V2)
                .withAuth(Specs.tokenAuth("vault-token"));
        StoreRef store = StoreRef.secretStore(namespace, "vault");
        client =
            new VaultSecretProvider()
                .newClient(ItContext.of(store, spec, new KubeClusterObjects(kube)));
      }
      return client;
    }

    @Override
    public void close() {
      if (client != null) {
        client.close();
      }
    }
  }
}
