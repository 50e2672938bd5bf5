package io.jeso.provider.vault;

import io.jeso.core.provider.FindRequest;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.PushRemoteRef;
import io.jeso.core.provider.PushRequest;
import io.jeso.core.provider.RemoteRef;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.provider.StoreValidation;
import io.jeso.core.store.ReferentNamespaces.ReferentNamespaceUnknownException;
import io.jeso.provider.vault.auth.VaultToken;
import io.jeso.provider.vault.http.VaultErrors;
import io.jeso.provider.vault.http.VaultResponse;
import io.jeso.provider.vault.kv.KvFind;
import io.jeso.provider.vault.kv.KvMetadata;
import io.jeso.provider.vault.kv.KvPush;
import io.jeso.provider.vault.kv.KvStore;
import io.jeso.provider.vault.kv.SecretValues;
import java.util.Map;

/**
 * A client for one Vault store: KV reads, find and the PushSecret write side, over one {@link
 * VaultSession} whose token lives as long as the client (the operator keeps clients per store
 * generation and acting namespace, and closes them when stale).
 */
final class VaultSecretsClient implements SecretsClient {
  /** ESO's text for metadataPolicy Fetch on a KV v1 store. */
  static final String FETCH_NEEDS_V2 =
      "cannot perform metadata fetch operations with kv version v1";

  private final VaultSession session;
  private final KvStore kv;
  private final KvPush push;
  private final KvFind find;

  VaultSecretsClient(VaultSession session, KvStore kv, boolean casRequired) {
    this.session = session;
    this.kv = kv;
    this.push = new KvPush(kv, casRequired);
    this.find = new KvFind(kv);
  }

  @Override
  public byte[] getSecret(RemoteRef ref) throws SecretProviderException {
    if (ref.metadataPolicy() == RemoteRef.MetadataPolicy.FETCH) {
      if (!kv.v2()) {
        throw new InvalidStoreException(FETCH_NEEDS_V2);
      }
      return SecretValues.select(
          KvMetadata.fetched(kv.metadata(ref.key())), ref.property(), ref.key());
    }
    return SecretValues.select(kv.read(ref.key(), ref.version()), ref.property(), ref.key());
  }

  @Override
  public Map<String, byte[]> getSecretMap(RemoteRef ref) throws SecretProviderException {
    return SecretValues.map(getSecret(ref), ref.key());
  }

  @Override
  public Map<String, byte[]> getAllSecrets(FindRequest request) throws SecretProviderException {
    return find.find(request);
  }

  @Override
  public void pushSecret(PushRequest request) throws SecretProviderException {
    push.push(request);
  }

  @Override
  public void deleteSecret(PushRemoteRef ref) throws SecretProviderException {
    push.delete(ref);
  }

  @Override
  public boolean secretExists(PushRemoteRef ref) throws SecretProviderException {
    return push.exists(ref);
  }

  /**
   * Ready when the token works and the store's mount is a KV engine of the configured version
   * (ESO's checks). A token jeso just got by login is known to work; a user's token is looked up.
   */
  @Override
  public StoreValidation validate() {
    try {
      VaultToken token = session.token();
      if (!token.owned() && token.value() != null) {
        VaultResponse r = session.tokens().lookupSelf(token);
        if (!r.ok()) {
          return StoreValidation.error(
              VaultErrors.of(r, "looking up the store's token").getMessage());
        }
      }
      kv.validateMount();
      return StoreValidation.ready();
    } catch (ReferentNamespaceUnknownException e) {
      return StoreValidation.unknown(e.getMessage());
    } catch (SecretProviderException e) {
      return StoreValidation.error(e.getMessage());
    }
  }

  @Override
  public void close() {
    session.close();
  }

  @Override
  public String toString() {
    return "VaultSecretsClient[" + session + ", " + kv.paths() + "]";
  }
}
