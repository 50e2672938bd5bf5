package io.jeso.core.generator;

import io.jeso.core.provider.StoreContext;
import java.time.Clock;

/**
 * What a generator may use to open a session: its typed spec, the namespace it acts for, and store
 * contexts for provider blocks embedded in the spec (a VaultDynamicSecret's {@code provider}),
 * whose reads and token requests obey the namespace rules of a SecretStore in that namespace.
 *
 * @param <S> the generator's spec type
 */
public interface GeneratorContext<S> {
  /** Which generator object this is. */
  GeneratorId generator();

  /** The generator's spec, typed. Never null. */
  S spec();

  /** The namespace of the ExternalSecret the session issues for. */
  String namespace();

  /**
   * A store context for {@code providerSpec}: credentials are read, and ServiceAccount tokens
   * minted, only in {@link #namespace()}.
   */
  <T> StoreContext<T> storeContext(T providerSpec);

  /** The clock for expiry decisions. */
  default Clock clock() {
    return Clock.systemUTC();
  }
}
