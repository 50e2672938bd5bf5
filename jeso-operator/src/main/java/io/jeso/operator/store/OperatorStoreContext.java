package io.jeso.operator.store;

import io.jeso.core.provider.ProviderApiCalls;
import io.jeso.core.provider.ReferenceReader;
import io.jeso.core.provider.StoreContext;
import io.jeso.core.provider.TokenMinter;
import io.jeso.core.store.StoreRef;
import java.util.Optional;

/**
 * What a provider gets to build a client: its spec, and reads and tokens through jeso-core's
 * namespace guards.
 */
record OperatorStoreContext<S>(
    StoreRef store,
    S providerSpec,
    Object storeSpec,
    Optional<String> actingNamespace,
    ReferenceReader references,
    TokenMinter tokens,
    ProviderApiCalls apiCalls)
    implements StoreContext<S> {}
