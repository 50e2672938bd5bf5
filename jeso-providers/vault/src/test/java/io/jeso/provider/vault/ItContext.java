package io.jeso.provider.vault;

import io.jeso.api.store.vault.VaultProvider;
import io.jeso.core.provider.ProviderApiCalls;
import io.jeso.core.provider.ReferenceReader;
import io.jeso.core.provider.StoreContext;
import io.jeso.core.provider.TokenMinter;
import io.jeso.core.store.ClusterObjects;
import io.jeso.core.store.StoreRef;
import io.jeso.testkit.provider.TestStoreContext;
import java.time.Clock;
import java.util.Optional;

/**
 * A store context over the real control plane (jeso-testkit's guarded reads and TokenRequest) with
 * a clock and a metrics sink the test controls.
 */
record ItContext(TestStoreContext<VaultProvider> base, Clock clock, ProviderApiCalls apiCalls)
    implements StoreContext<VaultProvider> {

  static ItContext of(StoreRef store, VaultProvider spec, ClusterObjects objects) {
    return new ItContext(
        new TestStoreContext<>(store, spec, store.namespace(), objects),
        Clock.systemUTC(),
        ProviderApiCalls.NONE);
  }

  ItContext withClock(Clock c) {
    return new ItContext(base, c, apiCalls);
  }

  ItContext withCalls(ProviderApiCalls calls) {
    return new ItContext(base, clock, calls);
  }

  ItContext actingFor(String namespace) {
    return new ItContext(base.actingFor(namespace), clock, apiCalls);
  }

  @Override
  public StoreRef store() {
    return base.store();
  }

  @Override
  public VaultProvider providerSpec() {
    return base.providerSpec();
  }

  @Override
  public Object storeSpec() {
    return null;
  }

  @Override
  public Optional<String> actingNamespace() {
    return base.actingNamespace();
  }

  @Override
  public ReferenceReader references() {
    return base.references();
  }

  @Override
  public TokenMinter tokens() {
    return base.tokens();
  }
}
