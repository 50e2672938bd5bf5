package io.jeso.testkit.provider;

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
 * A {@link StoreContext} for provider tests. Reads and token requests go through jeso-core's
 * namespace guards, exactly as in the operator, over a {@link ClusterObjects}: {@link #NO_OBJECTS}
 * for unit tests, {@link KubeClusterObjects} against the real control plane.
 *
 * @param acting the ExternalSecret's namespace, or null while "validating the store"
 * @param clock the clock providers use for expiry decisions
 * @param apiCalls where clients report provider API calls
 */
public record TestStoreContext<S>(
    StoreRef store,
    S providerSpec,
    String acting,
    ClusterObjects objects,
    Clock clock,
    ProviderApiCalls apiCalls)
    implements StoreContext<S> {

  public TestStoreContext(StoreRef store, S providerSpec, String acting, ClusterObjects objects) {
    this(store, providerSpec, acting, objects, Clock.systemUTC(), ProviderApiCalls.NONE);
  }

  /** A cluster with nothing in it: every reference is "not found". */
  public static final ClusterObjects NO_OBJECTS = new EmptyClusterObjects();

  /** A context for a provider that references nothing. */
  public static <S> TestStoreContext<S> of(StoreRef store, S spec) {
    return new TestStoreContext<>(store, spec, store.namespace(), NO_OBJECTS);
  }

  /** The same store acting for another namespace (null: validating the store itself). */
  public TestStoreContext<S> actingFor(String namespace) {
    return new TestStoreContext<>(store, providerSpec, namespace, objects, clock, apiCalls);
  }

  /** The same store with another clock, to move time in expiry tests. */
  public TestStoreContext<S> withClock(Clock newClock) {
    return new TestStoreContext<>(store, providerSpec, acting, objects, newClock, apiCalls);
  }

  /** The same store reporting provider API calls to {@code calls}. */
  public TestStoreContext<S> withApiCalls(ProviderApiCalls calls) {
    return new TestStoreContext<>(store, providerSpec, acting, objects, clock, calls);
  }

  @Override
  public Object storeSpec() {
    return null;
  }

  @Override
  public Optional<String> actingNamespace() {
    return Optional.ofNullable(acting);
  }

  @Override
  public ReferenceReader references() {
    return new GuardedReferenceReader(store, acting, objects);
  }

  @Override
  public TokenMinter tokens() {
    return new GuardedTokenMinter(store, acting, objects);
  }

  private static final class EmptyClusterObjects implements ClusterObjects {
    @Override
    public Optional<io.jeso.core.provider.ReferencedSecret> secret(String ns, String name) {
      return Optional.empty();
    }

    @Override
    public Optional<java.util.Map<String, String>> configMap(String ns, String name) {
      return Optional.empty();
    }

    @Override
    public Optional<java.util.Map<String, String>> serviceAccountAnnotations(
        String ns, String name) {
      return Optional.empty();
    }

    @Override
    public Optional<TokenMinter.Token> requestToken(
        String ns, String name, java.util.List<String> audiences, java.time.Duration expiration) {
      return Optional.empty();
    }
  }
}
