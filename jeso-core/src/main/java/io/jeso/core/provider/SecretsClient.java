package io.jeso.core.provider;

import java.util.Map;

/**
 * A client for one store, built by {@link SecretProvider#newClient(StoreContext)}. The operator
 * reuses a client while the store and its credentials are unchanged and closes it when they change
 * or the operator stops, so a client may hold tokens and connections; {@link #close()} revokes and
 * releases them.
 *
 * <p>All methods block; the operator calls them on virtual threads. Values are returned as bytes
 * and never appear in exception messages.
 */
public interface SecretsClient extends AutoCloseable {
  /**
   * Returns one value: the remote secret, or the {@code property} inside it.
   *
   * @throws NoSecretException when the key, version or property does not exist
   */
  byte[] getSecret(RemoteRef ref) throws SecretProviderException;

  /**
   * Returns the remote secret as a map ({@code dataFrom.extract}): a JSON object's top-level
   * entries, with string values unquoted and other values as raw JSON ({@link
   * io.jeso.core.data.SecretMaps#fromJson(byte[])}).
   *
   * @throws NoSecretException when the key does not exist
   */
  Map<String, byte[]> getSecretMap(RemoteRef ref) throws SecretProviderException;

  /**
   * Returns every remote secret matching {@code find}, keyed by the secret's name ({@code
   * dataFrom.find}). Providers that cannot list throw {@link InvalidStoreException} with a message
   * saying so.
   */
  Map<String, byte[]> getAllSecrets(FindRequest find) throws SecretProviderException;

  /** Writes one value (PushSecret). Read-only providers keep the default. */
  default void pushSecret(PushRequest request) throws SecretProviderException {
    throw new InvalidStoreException("this provider does not support PushSecret");
  }

  /** Deletes what a PushSecret wrote. Deleting something already gone is not an error. */
  default void deleteSecret(PushRemoteRef ref) throws SecretProviderException {
    throw new InvalidStoreException("this provider does not support PushSecret");
  }

  /** Whether something exists at {@code ref} (PushSecret {@code updatePolicy: IfNotExists}). */
  default boolean secretExists(PushRemoteRef ref) throws SecretProviderException {
    throw new InvalidStoreException("this provider does not support PushSecret");
  }

  /** Checks that the client can reach and use the provider; drives the store's Ready condition. */
  StoreValidation validate();

  /** Releases tokens and connections. Must not throw for an already closed client. */
  @Override
  void close();
}
