package io.jeso.core.provider;

import io.jeso.core.store.StoreRef;
import java.time.Clock;
import java.util.Optional;

/**
 * Everything a provider may use to build a client for one store. The operator builds it; providers
 * never reach the Kubernetes API any other way, which is what keeps the namespace rules in one
 * place.
 *
 * @param <S> the provider's own typed spec, i.e. the model class of {@code spec.provider.<name>}
 *     from jeso-api (for example the Vault provider spec for {@code spec.provider.vault})
 */
public interface StoreContext<S> {
  /** Which store this is (kind, name, and namespace for a SecretStore). */
  StoreRef store();

  /** This provider's block of the store spec, typed. Never null. */
  S providerSpec();

  /**
   * The whole store spec (the jeso-api model object), for the few settings outside the provider
   * block such as {@code retrySettings}. Providers should prefer {@link #providerSpec()}.
   */
  Object storeSpec();

  /**
   * The namespace of the ExternalSecret or PushSecret this client acts for; empty while the
   * operator validates the store itself. Referent authentication (a ClusterSecretStore reference
   * without a namespace) resolves to it.
   */
  Optional<String> actingNamespace();

  /** Reads referenced Secrets, ConfigMaps and ServiceAccounts under the namespace rules. */
  ReferenceReader references();

  /** Mints ServiceAccount tokens under the namespace rules. */
  TokenMinter tokens();

  /** The clock to use for expiry decisions, so tests can move time. */
  default Clock clock() {
    return Clock.systemUTC();
  }

  /** Where the client reports its provider API calls (metrics); the default discards them. */
  default ProviderApiCalls apiCalls() {
    return ProviderApiCalls.NONE;
  }
}
