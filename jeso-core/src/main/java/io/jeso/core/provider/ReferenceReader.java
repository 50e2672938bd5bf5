package io.jeso.core.provider;

import java.util.Map;

/**
 * How a provider reads the Kubernetes objects its store references (credentials, CA bundles,
 * ServiceAccount annotations). Every call resolves and checks the namespace first ({@link
 * io.jeso.core.store.ReferentNamespaces}): a SecretStore reads only its own namespace, a
 * ClusterSecretStore reads the namespace written in the reference or, when none is written, the
 * namespace of the ExternalSecret it acts for (referent authentication).
 *
 * <p>Errors: a namespace violation or a missing object or key is an {@link InvalidStoreException}
 * (never a {@link NoSecretException}: a missing credential must not delete anything); an API
 * failure is a {@link ProviderException}. The operator implements this on top of its
 * informers/client; jeso-core ships the namespace guard ({@link
 * io.jeso.core.store.GuardedReferenceReader}).
 */
public interface ReferenceReader {
  /** Reads a whole Secret. */
  ReferencedSecret secret(String name, String namespace) throws SecretProviderException;

  /**
   * Reads the data of a ConfigMap (binaryData is base64-decoded into the same map by the
   * implementation).
   */
  Map<String, String> configMap(String name, String namespace) throws SecretProviderException;

  /**
   * Reads the annotations of a ServiceAccount (IRSA role, GKE workload identity, Azure client id).
   */
  Map<String, String> serviceAccountAnnotations(ServiceAccountRef ref)
      throws SecretProviderException;

  /** Reads one key of a Secret: the common case of a credential reference. */
  default byte[] secretValue(KeyRef ref) throws SecretProviderException {
    ReferencedSecret secret = secret(ref.name(), ref.namespace());
    byte[] value = secret.data().get(ref.key());
    if (value == null) {
      throw new InvalidStoreException(
          "key " + ref.key() + " not found in Secret " + secret.namespace() + "/" + secret.name());
    }
    return value;
  }

  /** Reads one key of a ConfigMap (a CA bundle). */
  default String configMapValue(KeyRef ref) throws SecretProviderException {
    String value = configMap(ref.name(), ref.namespace()).get(ref.key());
    if (value == null) {
      throw new InvalidStoreException("key " + ref.key() + " not found in ConfigMap " + ref.name());
    }
    return value;
  }
}
