package io.jeso.provider.kubernetes;

import io.jeso.core.provider.FindRequest;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.RemoteRef;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.provider.StoreValidation;
import io.jeso.core.store.StoreRef;
import java.util.Map;

/**
 * The client of a ClusterSecretStore whose credentials are referenced without a namespace (referent
 * authentication) while the store itself is validated: the credentials depend on the
 * ExternalSecret's namespace, so there is nothing to connect with yet. Validation answers Unknown,
 * as ESO's does.
 */
final class ReferentPendingClient implements SecretsClient {
  private final StoreRef store;

  ReferentPendingClient(StoreRef store) {
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
    return StoreValidation.unknown(
        "credentials are resolved in the namespace of each ExternalSecret (referent"
            + " authentication), so the store cannot be validated on its own");
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
