package io.jeso.provider.aws;

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
 * The testkit's {@link TestStoreContext} plus a metrics sink and a clock, which the AWS tests
 * observe (API call counts, credential renewal).
 */
final class RecordingContext<S> implements StoreContext<S> {
  private final TestStoreContext<S> delegate;
  private final ProviderApiCalls calls;
  private final Clock clock;

  RecordingContext(
      StoreRef store,
      S spec,
      String acting,
      ClusterObjects objects,
      ProviderApiCalls calls,
      Clock clock) {
    this.delegate = new TestStoreContext<>(store, spec, acting, objects);
    this.calls = calls;
    this.clock = clock;
  }

  RecordingContext(StoreRef store, S spec, String acting, ProviderApiCalls calls) {
    this(store, spec, acting, TestStoreContext.NO_OBJECTS, calls, Clock.systemUTC());
  }

  @Override
  public StoreRef store() {
    return delegate.store();
  }

  @Override
  public S providerSpec() {
    return delegate.providerSpec();
  }

  @Override
  public Object storeSpec() {
    return null;
  }

  @Override
  public Optional<String> actingNamespace() {
    return delegate.actingNamespace();
  }

  @Override
  public ReferenceReader references() {
    return delegate.references();
  }

  @Override
  public TokenMinter tokens() {
    return delegate.tokens();
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public ProviderApiCalls apiCalls() {
    return calls;
  }
}
