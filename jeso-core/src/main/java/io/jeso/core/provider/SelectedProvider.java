package io.jeso.core.provider;

import io.jeso.core.store.StoreRef;
import java.util.List;

/**
 * A provider together with the typed spec block it serves, so callers never cast.
 *
 * @param <S> the provider's spec type
 */
public record SelectedProvider<S>(SecretProvider<S> provider, S spec) {
  public String name() {
    return provider.name();
  }

  /** {@link SecretProvider#validateStore(StoreRef, Object)} with the bound spec. */
  public List<String> validateStore(StoreRef store) throws InvalidStoreException {
    return provider.validateStore(store, spec);
  }

  /**
   * Builds a client; {@code contexts} turns the typed spec into a context (the operator supplies
   * it).
   */
  public SecretsClient newClient(ContextFactory contexts) throws SecretProviderException {
    return provider.newClient(contexts.create(spec));
  }

  /** Creates the {@link StoreContext} for a spec of any provider type. */
  @FunctionalInterface
  public interface ContextFactory {
    <T> StoreContext<T> create(T providerSpec);
  }
}
