package io.jeso.provider.vault.generator;

import io.jeso.api.generator.VaultDynamicSecretSpec;
import io.jeso.api.store.vault.VaultAuth;
import io.jeso.api.store.vault.VaultProvider;
import io.jeso.core.generator.GeneratorContext;
import io.jeso.core.generator.GeneratorSession;
import io.jeso.core.generator.SecretGenerator;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.StoreContext;
import io.jeso.provider.vault.VaultSession;
import io.jeso.provider.vault.VaultSessions;
import io.jeso.provider.vault.auth.Credentials;
import io.jeso.provider.vault.auth.LoginMethod;
import io.jeso.provider.vault.auth.LoginMethods;
import java.nio.file.Path;

/**
 * {@code generators.external-secrets.io/v1alpha1 VaultDynamicSecret}: the spec's {@code provider}
 * is a Vault store block (server, TLS, namespace, auth), {@code path} the endpoint that issues.
 * Registered through {@code META-INF/services/io.jeso.core.generator.SecretGenerator}.
 */
public final class VaultDynamicSecretGenerator implements SecretGenerator<VaultDynamicSecretSpec> {
  public static final String KIND = "VaultDynamicSecret";

  private final Path ownTokenFile;

  public VaultDynamicSecretGenerator() {
    this(null);
  }

  /**
   * @param ownTokenFile jeso's own ServiceAccount token (Kubernetes auth without a reference); null
   *     for the pod default
   */
  VaultDynamicSecretGenerator(Path ownTokenFile) {
    this.ownTokenFile = ownTokenFile;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Class<VaultDynamicSecretSpec> specType() {
    return VaultDynamicSecretSpec.class;
  }

  @Override
  public String controllerClass(VaultDynamicSecretSpec spec) {
    return spec.getController();
  }

  /** Logs in at once, so that credentials Vault rejects fail this sync with a clear message. */
  @Override
  public GeneratorSession open(GeneratorContext<VaultDynamicSecretSpec> context)
      throws SecretProviderException {
    VaultDynamicSecretSpec spec = context.spec();
    DynamicSecretCall call = DynamicSecretCall.of(spec);
    if (spec.getProvider() == null) {
      throw new InvalidStoreException(
          KIND + " " + context.generator().name() + ": spec.provider is required");
    }
    StoreContext<VaultProvider> store = context.storeContext(spec.getProvider());
    VaultSession connection = VaultSessions.open(store, ownTokenFile);
    try {
      VaultAuth auth = spec.getProvider().getAuth();
      LoginMethod method = LoginMethods.from(auth, new Credentials(store), ownTokenFile);
      IssuerToken token =
          new IssuerToken(method, connection.http(), store.clock(), authNamespace(auth));
      token.current();
      return new VaultIssuer(connection.http(), token, call);
    } catch (SecretProviderException | RuntimeException e) {
      // Never logged in, or the login failed: nothing to revoke, only the HTTP client to free.
      connection.http().close();
      throw e;
    }
  }

  private static String authNamespace(VaultAuth auth) {
    return auth == null || auth.getNamespace() == null || auth.getNamespace().isEmpty()
        ? null
        : auth.getNamespace();
  }
}
