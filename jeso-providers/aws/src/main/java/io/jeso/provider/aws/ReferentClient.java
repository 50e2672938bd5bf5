package io.jeso.provider.aws;

import io.jeso.core.provider.FindRequest;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.RemoteRef;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.provider.StoreValidation;
import java.util.Map;

/**
 * The client of a ClusterSecretStore whose credentials are resolved per ExternalSecret namespace
 * (referent authentication) while no ExternalSecret is being served: there is nothing to log in
 * with yet, so the store is reported as "could not determine" (ESO's ValidationUnknown) and reads
 * are refused.
 */
final class ReferentClient implements SecretsClient {
  static final String MESSAGE =
      "the store's credentials are read from the namespace of each ExternalSecret"
          + " (referent authentication), so they cannot be checked for the store alone";

  @Override
  public byte[] getSecret(RemoteRef ref) throws SecretProviderException {
    throw new InvalidStoreException(MESSAGE);
  }

  @Override
  public Map<String, byte[]> getSecretMap(RemoteRef ref) throws SecretProviderException {
    throw new InvalidStoreException(MESSAGE);
  }

  @Override
  public Map<String, byte[]> getAllSecrets(FindRequest find) throws SecretProviderException {
    throw new InvalidStoreException(MESSAGE);
  }

  @Override
  public StoreValidation validate() {
    return StoreValidation.unknown(MESSAGE);
  }

  @Override
  public void close() {}
}
