package io.jeso.core.provider;

import io.jeso.core.store.StoreRef;
import java.util.Map;

/**
 * The client of a ClusterSecretStore with referent authentication (credentials referenced without a
 * namespace, resolved in each ExternalSecret's namespace) while the store itself is validated:
 * there is no namespace to read the credentials from, so there is nothing to log in with.
 * Validation answers Unknown, as ESO's does; reads are refused. ExternalSecrets get real clients
 * built for their own namespace.
 */
public final class ReferentPendingClient implements SecretsClient {
  public static final String VALIDATION_MESSAGE =
      "credentials are resolved in the namespace of each ExternalSecret (referent authentication),"
          + " so the store cannot be validated on its own";

  private final StoreRef store;

  public ReferentPendingClient(StoreRef store) {
    this.store = store;
  }

  @Override
  public byte[] getSecret(RemoteRef ref) throws InvalidStoreException {
    throw unusable();
  }

  @Override
  public Map<String, byte[]> getSecretMap(RemoteRef ref) throws InvalidStoreException {
    throw unusable();
  }

  @Override
  public Map<String, byte[]> getAllSecrets(FindRequest find) throws InvalidStoreException {
    throw unusable();
  }

  @Override
  public StoreValidation validate() {
    return StoreValidation.unknown(VALIDATION_MESSAGE);
  }

  @Override
  public void close() {}

  @Override
  public String toString() {
    return "ReferentPendingClient[" + store + "]";
  }

  private InvalidStoreException unusable() {
    return new InvalidStoreException(
        store + " uses referent authentication and needs the namespace of an ExternalSecret");
  }
}
