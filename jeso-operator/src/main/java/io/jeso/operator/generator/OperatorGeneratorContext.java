package io.jeso.operator.generator;

import io.jeso.core.generator.GeneratorContext;
import io.jeso.core.generator.GeneratorId;
import io.jeso.core.provider.ProviderApiCalls;
import io.jeso.core.provider.ReferenceReader;
import io.jeso.core.provider.StoreContext;
import io.jeso.core.provider.TokenMinter;
import io.jeso.core.store.ClusterObjects;
import io.jeso.core.store.GuardedReferenceReader;
import io.jeso.core.store.GuardedTokenMinter;
import io.jeso.core.store.StoreRef;
import java.time.Clock;
import java.util.Optional;

/**
 * A generator's view of the cluster. Its credentials are read under the rules of a SecretStore in
 * the ExternalSecret's namespace, for a ClusterGenerator too: a cluster-wide generator must not
 * become a way to read another namespace's Secrets.
 */
record OperatorGeneratorContext<S>(
    GeneratorId generator,
    S spec,
    String namespace,
    ClusterObjects objects,
    Clock clock,
    ProviderApiCalls apiCalls)
    implements GeneratorContext<S> {

  @Override
  public <T> StoreContext<T> storeContext(T providerSpec) {
    StoreRef ref = StoreRef.secretStore(namespace, generator.name());
    return new Store<>(
        ref,
        providerSpec,
        namespace,
        new GuardedReferenceReader(ref, namespace, objects),
        new GuardedTokenMinter(ref, namespace, objects),
        clock,
        apiCalls);
  }

  private record Store<T>(
      StoreRef store,
      T providerSpec,
      String acting,
      ReferenceReader references,
      TokenMinter tokens,
      Clock clock,
      ProviderApiCalls apiCalls)
      implements StoreContext<T> {
    @Override
    public Object storeSpec() {
      return null;
    }

    @Override
    public Optional<String> actingNamespace() {
      return Optional.of(acting);
    }
  }
}
