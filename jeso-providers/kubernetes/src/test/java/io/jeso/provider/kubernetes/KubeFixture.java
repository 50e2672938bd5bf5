package io.jeso.provider.kubernetes;

import io.jeso.api.store.kubernetes.KubernetesProvider;
import io.jeso.core.provider.SecretsClient;
import io.jeso.testkit.provider.Json;
import io.jeso.testkit.provider.ProviderFixture;
import io.jeso.testkit.provider.TestStoreContext;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Remote secrets are real Secrets in the remote namespace, written with the admin client: each
 * top-level JSON entry becomes one data key (non-strings as their JSON text), tags become labels.
 */
final class KubeFixture extends ProviderFixture {
  private final TestCluster cluster;
  private final String remoteNamespace;
  private final KubernetesSecretProvider provider = new KubernetesSecretProvider();
  private final TestStoreContext<KubernetesProvider> context;
  private SecretsClient client;

  KubeFixture(
      TestCluster cluster, String remoteNamespace, TestStoreContext<KubernetesProvider> context) {
    this.cluster = cluster;
    this.remoteNamespace = remoteNamespace;
    this.context = context;
  }

  @Override
  public Set<Feature> features() {
    return EnumSet.of(Feature.FIND_BY_NAME, Feature.FIND_BY_TAGS, Feature.PUSH);
  }

  @Override
  public void putJson(String key, Map<String, ?> json) {
    putTagged(key, json, Map.of());
  }

  @Override
  public void putTagged(String key, Map<String, ?> json, Map<String, String> tags) {
    Map<String, String> data = new LinkedHashMap<>();
    json.forEach((k, v) -> data.put(k, Json.text(v)));
    cluster.putSecret(remoteNamespace, key, data, tags, Map.of());
  }

  @Override
  public void delete(String key) {
    cluster.admin.secrets().inNamespace(remoteNamespace).withName(key).delete();
  }

  @Override
  public SecretsClient client() throws Exception {
    // One client per test, as the operator caches one per store.
    if (client == null) {
      client = provider.newClient(context);
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
