package io.jeso.provider.vault;

import io.jeso.core.provider.FindRequest;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.RemoteRef;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.provider.StoreValidation;
import java.util.Map;

/**
 * The client of a ClusterSecretStore whose credentials are referent (a reference without a
 * namespace, resolved in each ExternalSecret's namespace) while the operator validates the store
 * itself: there is no namespace to read the credentials from, so it cannot log in and answers
 * "unknown", as ESO does. ExternalSecrets get clients with their own namespace.
 */
record ReferentClient(String reason) implements SecretsClient {
  @Override
  public byte[] getSecret(RemoteRef ref) throws InvalidStoreException {
    throw new InvalidStoreException(reason);
  }

  @Override
  public Map<String, byte[]> getSecretMap(RemoteRef ref) throws InvalidStoreException {
    throw new InvalidStoreException(reason);
  }

  @Override
  public Map<String, byte[]> getAllSecrets(FindRequest find) throws InvalidStoreException {
    throw new InvalidStoreException(reason);
  }

  @Override
  public StoreValidation validate() {
    return StoreValidation.unknown(reason);
  }

  @Override
  public void close() {}
}
