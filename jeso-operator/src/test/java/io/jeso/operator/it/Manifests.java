package io.jeso.operator.it;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.jeso.api.v1.ClusterExternalSecret;
import io.jeso.api.v1.ClusterSecretStore;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.api.v1.SecretStore;
import java.util.Map;

/** Applies manifests written the way users write them: YAML text. */
final class Manifests {
  private static final Map<String, Class<? extends HasMetadata>> KINDS =
      Map.of(
          "ExternalSecret", ExternalSecret.class,
          "SecretStore", SecretStore.class,
          "ClusterSecretStore", ClusterSecretStore.class,
          "ClusterExternalSecret", ClusterExternalSecret.class);

  private Manifests() {}

  /**
   * Creates or replaces the object in {@code yaml} (server-side apply), in {@code namespace} if
   * namespaced.
   */
  static void apply(KubernetesClient client, String namespace, String yaml) {
    HasMetadata object = client.getKubernetesSerialization().unmarshal(yaml);
    String kind = object.getKind();
    Class<? extends HasMetadata> type = KINDS.get(kind);
    if (type != null) {
      object = Serialization.unmarshal(yaml, type);
    }
    if (object.getMetadata().getNamespace() == null
        && namespace != null
        && !kind.startsWith("Cluster")) {
      object.getMetadata().setNamespace(namespace);
    }
    client.resource(object).fieldManager("jeso-test").forceConflicts().serverSideApply();
  }
}
