package io.jeso.core.store;

import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.ReferenceReader;
import io.jeso.core.provider.ReferencedSecret;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.ServiceAccountRef;
import java.util.Map;

/**
 * The {@link ReferenceReader} providers get: every read first resolves the namespace with {@link
 * ReferentNamespaces} for this store and the namespace it acts for, and a missing object becomes an
 * {@link InvalidStoreException} (a missing credential is a configuration problem, never a reason to
 * delete).
 */
public final class GuardedReferenceReader implements ReferenceReader {
  private final StoreRef store;
  private final String actingNamespace;
  private final ClusterObjects objects;

  /**
   * @param actingNamespace the namespace of the ExternalSecret/PushSecret served, or null while
   *     validating the store
   */
  public GuardedReferenceReader(StoreRef store, String actingNamespace, ClusterObjects objects) {
    this.store = store;
    this.actingNamespace = actingNamespace;
    this.objects = objects;
  }

  @Override
  public ReferencedSecret secret(String name, String namespace) throws SecretProviderException {
    String ns = ReferentNamespaces.resolve(store, actingNamespace, namespace);
    return objects
        .secret(ns, name)
        .orElseThrow(() -> new InvalidStoreException("Secret " + ns + "/" + name + " not found"));
  }

  @Override
  public Map<String, String> configMap(String name, String namespace)
      throws SecretProviderException {
    String ns = ReferentNamespaces.resolve(store, actingNamespace, namespace);
    return objects
        .configMap(ns, name)
        .orElseThrow(
            () -> new InvalidStoreException("ConfigMap " + ns + "/" + name + " not found"));
  }

  @Override
  public Map<String, String> serviceAccountAnnotations(ServiceAccountRef ref)
      throws SecretProviderException {
    String ns = ReferentNamespaces.resolve(store, actingNamespace, ref.namespace());
    return objects
        .serviceAccountAnnotations(ns, ref.name())
        .orElseThrow(
            () ->
                new InvalidStoreException(
                    "ServiceAccount " + ns + "/" + ref.name() + " not found"));
  }
}
