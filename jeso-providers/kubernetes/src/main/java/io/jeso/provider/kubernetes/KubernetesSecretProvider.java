package io.jeso.provider.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.api.store.kubernetes.KubernetesProvider;
import io.jeso.core.provider.Capabilities;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.ReferentPendingClient;
import io.jeso.core.provider.SecretProvider;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.provider.StoreContext;
import io.jeso.core.store.ReferentNamespaces.ReferentNamespaceUnknownException;
import io.jeso.core.store.StoreRef;
import java.util.List;

/**
 * {@code spec.provider.kubernetes}: Secrets of a namespace of this or another cluster, read (and
 * written by PushSecret) with the credentials the store names.
 */
public final class KubernetesSecretProvider implements SecretProvider<KubernetesProvider> {
  public static final String NAME = "kubernetes";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Class<KubernetesProvider> specType() {
    return KubernetesProvider.class;
  }

  @Override
  public List<String> validateStore(StoreRef store, KubernetesProvider spec)
      throws InvalidStoreException {
    return SpecValidator.validate(store, spec);
  }

  @Override
  public SecretsClient newClient(StoreContext<KubernetesProvider> context)
      throws SecretProviderException {
    validateStore(context.store(), context.providerSpec());
    KubernetesClient client;
    try {
      client = Connections.open(context);
    } catch (ReferentNamespaceUnknownException e) {
      if (context.actingNamespace().isPresent()) {
        throw e;
      }
      return new ReferentPendingClient(context.store());
    }
    return new KubernetesSecretsClient(
        context.store(),
        Connections.remoteNamespace(context.providerSpec()),
        client,
        context.apiCalls());
  }

  @Override
  public Capabilities capabilities() {
    return Capabilities.READ_WRITE;
  }
}
