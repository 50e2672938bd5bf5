package io.jeso.core.store;

import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.ServiceAccountRef;
import io.jeso.core.provider.TokenMinter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The {@link TokenMinter} providers get: namespace resolved and checked like {@link
 * GuardedReferenceReader}.
 */
public final class GuardedTokenMinter implements TokenMinter {
  private final StoreRef store;
  private final String actingNamespace;
  private final ClusterObjects objects;

  public GuardedTokenMinter(StoreRef store, String actingNamespace, ClusterObjects objects) {
    this.store = store;
    this.actingNamespace = actingNamespace;
    this.objects = objects;
  }

  @Override
  public Token mint(ServiceAccountRef ref, List<String> audiences, Duration expiration)
      throws SecretProviderException {
    String ns = ReferentNamespaces.resolve(store, actingNamespace, ref.namespace());
    // The provider's audiences first, then the user's extra ones, without repeats.
    LinkedHashSet<String> all = new LinkedHashSet<>(audiences == null ? List.of() : audiences);
    all.addAll(ref.audiences());
    return objects
        .requestToken(ns, ref.name(), new ArrayList<>(all), expiration)
        .orElseThrow(
            () ->
                new InvalidStoreException(
                    "ServiceAccount " + ns + "/" + ref.name() + " not found"));
  }
}
