package io.jeso.provider.kubernetes;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.jeso.api.common.SecretKeySelector;
import io.jeso.api.store.kubernetes.KubernetesProvider;
import io.jeso.api.store.kubernetes.KubernetesServer;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.KeyRef;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.StoreContext;
import java.util.Optional;

/**
 * Builds the fabric8 client a store describes. It starts from an empty config so that nothing of
 * the operator's own environment (its kubeconfig, its ServiceAccount token, {@code KUBERNETES_*}
 * variables) ever reaches a user's store: a store gets exactly the credentials it names.
 */
final class Connections {
  static final String DEFAULT_URL = "kubernetes.default";
  static final String DEFAULT_REMOTE_NAMESPACE = "default";

  private Connections() {}

  static String remoteNamespace(KubernetesProvider spec) {
    String ns = spec.getRemoteNamespace();
    return ns == null || ns.isEmpty() ? DEFAULT_REMOTE_NAMESPACE : ns;
  }

  static KubernetesClient open(StoreContext<KubernetesProvider> context)
      throws SecretProviderException {
    Config config = config(context);
    try {
      return new KubernetesClientBuilder().withConfig(config).build();
    } catch (RuntimeException e) {
      // Typically a CA or client certificate that does not parse.
      throw new InvalidStoreException(
          "cannot set up a client for " + config.getMasterUrl() + " from the store's settings", e);
    }
  }

  static Config config(StoreContext<KubernetesProvider> context) throws SecretProviderException {
    KubernetesProvider spec = context.providerSpec();
    ConfigBuilder config = new ConfigBuilder(Config.empty()).withAutoConfigure(false);
    if (spec.getAuthRef() != null) {
      SecretKeySelector ref = spec.getAuthRef();
      if (ref.getName() == null || ref.getKey() == null) {
        throw new InvalidStoreException("authRef must name a Secret and a key");
      }
      byte[] kubeconfig =
          context
              .references()
              .secretValue(new KeyRef(ref.getName(), ref.getKey(), ref.getNamespace()));
      KubeconfigAuth.parse(kubeconfig, "authRef Secret " + ref.getName(), config);
    } else {
      KubernetesServer server = spec.getServer();
      String url = serverUrl(server);
      config.withMasterUrl(url);
      Optional<byte[]> ca = ServerTrust.caPem(context, server, isDefault(server));
      ca.ifPresent(pem -> config.withCaCertData(Pem.forFabric8(pem)));
      Credentials.apply(config, context, spec.getAuth());
    }
    return config
        .withNamespace(remoteNamespace(spec))
        .withConnectionTimeout(10_000)
        .withRequestTimeout(30_000)
        // The operator retries with its own backoff; don't let one call block a worker for long.
        .withRequestRetryBackoffLimit(1)
        .build();
  }

  /** {@code server.url}, defaulted as ESO does; a URL without scheme means HTTPS, as in kubectl. */
  static String serverUrl(KubernetesServer server) {
    String url =
        server == null || server.getUrl() == null || server.getUrl().isBlank()
            ? DEFAULT_URL
            : server.getUrl().strip();
    return url.contains("://") ? url : "https://" + url;
  }

  private static boolean isDefault(KubernetesServer server) {
    return serverUrl(server).equals("https://" + DEFAULT_URL);
  }
}
