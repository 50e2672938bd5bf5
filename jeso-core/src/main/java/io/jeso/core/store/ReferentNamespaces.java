package io.jeso.core.store;

import io.jeso.core.provider.InvalidStoreException;

/**
 * Decides from which namespace a store may read an object it references (a credential Secret, a CA
 * ConfigMap, a ServiceAccount), the rule that keeps one tenant from reading another's Secrets:
 *
 * <ul>
 *   <li>A SecretStore reads only its own namespace: a reference without a namespace means the
 *       store's namespace; a reference naming another namespace is refused (ESO's text).
 *   <li>A ClusterSecretStore reads the namespace written in the reference. A reference without a
 *       namespace is "referent authentication": it means the namespace of the ExternalSecret (or
 *       PushSecret) the store is used for, so each tenant authenticates with its own credentials.
 *       While the store itself is validated there is no such namespace, and the reference cannot be
 *       read.
 * </ul>
 */
public final class ReferentNamespaces {
  /** ESO's message for a SecretStore reference into another namespace. */
  public static final String NAMESPACE_NOT_ALLOWED =
      "namespace should either be empty or match the namespace of the SecretStore for a namespaced SecretStore";

  /**
   * ESO's message when a provider without referent support gets a namespace-less reference on a
   * cluster store.
   */
  public static final String CLUSTER_SCOPE_REQUIRES_NAMESPACE = "cluster scope requires namespace";

  private ReferentNamespaces() {}

  /**
   * The namespace to read a referenced object from.
   *
   * @param store the store holding the reference
   * @param actingNamespace the namespace of the ExternalSecret/PushSecret being served, or null
   *     while the store itself is validated
   * @param requested the namespace written in the reference, or null/empty
   * @throws InvalidStoreException when the rule above forbids the read
   */
  public static String resolve(StoreRef store, String actingNamespace, String requested)
      throws InvalidStoreException {
    boolean written = requested != null && !requested.isEmpty();
    if (!store.kind().clusterScoped()) {
      if (written && !requested.equals(store.namespace())) {
        throw new InvalidStoreException(NAMESPACE_NOT_ALLOWED);
      }
      return store.namespace();
    }
    if (written) {
      return requested;
    }
    if (actingNamespace == null || actingNamespace.isEmpty()) {
      throw new ReferentNamespaceUnknownException(
          "the reference has no namespace, so it is resolved in the namespace of the ExternalSecret using "
              + store
              + " (referent authentication); there is none while the store itself is validated");
    }
    return actingNamespace;
  }

  /**
   * Whether a reference written this way is resolved per ExternalSecret (referent authentication).
   */
  public static boolean isReferent(StoreRef store, String requested) {
    return store.kind().clusterScoped() && (requested == null || requested.isEmpty());
  }

  /**
   * Admission-time check of one reference, without reading anything.
   *
   * @param referentSupported whether the provider supports referent authentication for this
   *     reference; when not, a ClusterSecretStore reference must name a namespace
   * @throws InvalidStoreException with ESO's texts
   */
  public static void validate(StoreRef store, String requested, boolean referentSupported)
      throws InvalidStoreException {
    boolean written = requested != null && !requested.isEmpty();
    if (store.kind().clusterScoped()) {
      if (!written && !referentSupported) {
        throw new InvalidStoreException(CLUSTER_SCOPE_REQUIRES_NAMESPACE);
      }
      return;
    }
    if (written && !requested.equals(store.namespace())) {
      throw new InvalidStoreException(NAMESPACE_NOT_ALLOWED);
    }
  }

  /**
   * A ClusterSecretStore reference uses referent authentication while the store itself is
   * validated. Providers usually answer {@link
   * io.jeso.core.provider.StoreValidation.Result#UNKNOWN} for it.
   */
  public static final class ReferentNamespaceUnknownException extends InvalidStoreException {
    private static final long serialVersionUID = 1L;

    public ReferentNamespaceUnknownException(String message) {
      super(message);
    }
  }
}
