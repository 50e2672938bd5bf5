package io.jeso.provider.vault;

import io.jeso.api.store.vault.VaultKvVersion;
import io.jeso.api.store.vault.VaultProvider;
import io.jeso.core.provider.Capabilities;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.ReferentPendingClient;
import io.jeso.core.provider.SecretProvider;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.provider.StoreContext;
import io.jeso.core.store.ReferentNamespaces.ReferentNamespaceUnknownException;
import io.jeso.core.store.StoreRef;
import io.jeso.provider.vault.kv.KvPaths;
import io.jeso.provider.vault.kv.KvStore;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code spec.provider.vault}: HashiCorp Vault and OpenBao, KV v1 and v2, over the HTTP API.
 * Registered through {@code META-INF/services/io.jeso.core.provider.SecretProvider}.
 */
public final class VaultSecretProvider implements SecretProvider<VaultProvider> {
  private final Path ownTokenFile;

  public VaultSecretProvider() {
    this(null);
  }

  /**
   * @param ownTokenFile where jeso's own ServiceAccount token is (Kubernetes auth without a
   *     reference); null for the pod default. Tests point it elsewhere.
   */
  VaultSecretProvider(Path ownTokenFile) {
    this.ownTokenFile = ownTokenFile;
  }

  @Override
  public String name() {
    return "vault";
  }

  @Override
  public Class<VaultProvider> specType() {
    return VaultProvider.class;
  }

  @Override
  public List<String> validateStore(StoreRef store, VaultProvider spec)
      throws InvalidStoreException {
    return VaultStoreValidator.validate(store, spec);
  }

  /**
   * Builds a client and logs in, so that a credential Vault rejects fails here (store not Ready)
   * rather than on the first read.
   */
  @Override
  public SecretsClient newClient(StoreContext<VaultProvider> context)
      throws SecretProviderException {
    VaultProvider spec = context.providerSpec();
    VaultSession session;
    try {
      session = VaultSessions.open(context, ownTokenFile);
    } catch (ReferentNamespaceUnknownException e) {
      return new ReferentPendingClient(context.store());
    }
    try {
      session.token();
    } catch (ReferentNamespaceUnknownException e) {
      session.close();
      return new ReferentPendingClient(context.store());
    } catch (SecretProviderException | RuntimeException e) {
      session.close();
      throw e;
    }
    boolean v2 = spec.getVersion() != VaultKvVersion.V1;
    boolean cas =
        spec.getCheckAndSet() != null && Boolean.TRUE.equals(spec.getCheckAndSet().getRequired());
    return new VaultSecretsClient(
        session, new KvStore(session, new KvPaths(spec.getPath(), v2)), cas);
  }

  @Override
  public Capabilities capabilities() {
    return Capabilities.READ_WRITE;
  }
}
