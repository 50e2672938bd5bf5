package io.jeso.provider.vault;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.api.common.SecretKeySelector;
import io.jeso.api.store.vault.VaultAuth;
import io.jeso.api.store.vault.VaultKvVersion;
import io.jeso.api.store.vault.VaultProvider;
import java.util.Map;

/** Store specs and Kubernetes objects for the Vault ITs. */
final class Specs {
  private Specs() {}

  static VaultProvider kv(String server, String mount, VaultKvVersion version) {
    return new VaultProvider().withServer(server).withPath(mount).withVersion(version);
  }

  static SecretKeySelector ref(String name, String key) {
    return new SecretKeySelector().withName(name).withKey(key);
  }

  static VaultAuth tokenAuth(String secretName) {
    return new VaultAuth().withTokenSecretRef(ref(secretName, "token"));
  }

  static void secret(KubernetesClient kube, String ns, String name, Map<String, String> data) {
    kube.secrets()
        .inNamespace(ns)
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName(name)
                .withNamespace(ns)
                .endMetadata()
                .withStringData(data)
                .build())
        .serverSideApply();
  }

  static void namespace(KubernetesClient kube, String name) {
    kube.namespaces()
        .resource(
            new NamespaceBuilder()
                .withNewMetadata()
                .withName(name)
                .addToLabels("jeso.io/test", "true")
                .endMetadata()
                .build())
        .serverSideApply();
  }
}
