package io.jeso.operator.store;

import io.jeso.core.provider.ProviderApiCalls;
import io.jeso.core.provider.ProviderRegistry;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.provider.SelectedProvider;
import io.jeso.core.provider.StoreContext;
import io.jeso.core.store.ClusterObjects;
import io.jeso.core.store.GuardedReferenceReader;
import io.jeso.core.store.GuardedTokenMinter;
import io.jeso.core.store.StoreKind;
import io.jeso.core.store.StoreRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provider clients, reused across reconciles. ESO builds a client (and logs in) per reconcile,
 * which floods Vault with tokens and leases (ESO #376); jeso keeps one client per store generation
 * and acting namespace, and replaces it when the store changes, when the client is older than
 * {@code maxAge} (so rotated credentials in referenced Secrets are picked up), or when a caller
 * reports that its credentials stopped working.
 *
 * <p>A replaced client is closed after a grace period, not at once, so that a reconcile still using
 * it can finish.
 */
public final class StoreClients implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StoreClients.class);
  private static final Duration RETIRE_GRACE = Duration.ofMinutes(1);

  /**
   * A ClusterSecretStore may authenticate per consuming namespace (referent auth), so that is part
   * of the key.
   */
  private record Key(StoreRef store, String actingNamespace) {}

  private record Entry(String uid, long generation, Instant created, SecretsClient client) {}

  private record Retired(Instant closeAt, SecretsClient client) {}

  private final ProviderRegistry providers;
  private final ClusterObjects objects;
  private final Duration maxAge;
  private final Clock clock;
  private final ProviderApiCalls apiCalls;
  private final Map<Key, Entry> clients = new ConcurrentHashMap<>();
  private final List<Retired> retired = new ArrayList<>();

  public StoreClients(
      ProviderRegistry providers,
      ClusterObjects objects,
      Duration maxAge,
      Clock clock,
      ProviderApiCalls apiCalls) {
    this.apiCalls = apiCalls;
    this.providers = providers;
    this.objects = objects;
    this.maxAge = maxAge;
    this.clock = clock;
  }

  /**
   * The provider a store configures, with its typed spec; fails when none or several are
   * configured.
   */
  public SelectedProvider<?> select(ResolvedStore store) throws SecretProviderException {
    return providers.select(ProviderSpecs.of(store.spec().getProvider()));
  }

  /**
   * A client for {@code store} acting for {@code actingNamespace} (the ExternalSecret's namespace;
   * null while the store validates itself).
   */
  public SecretsClient client(ResolvedStore store, String actingNamespace)
      throws SecretProviderException {
    Key key =
        new Key(
            store.ref(),
            store.ref().kind() == StoreKind.CLUSTER_SECRET_STORE ? actingNamespace : null);
    closeRetired();
    Entry entry = clients.get(key);
    if (entry != null && isCurrent(entry, store)) {
      return entry.client();
    }
    synchronized (this) {
      entry = clients.get(key);
      if (entry != null && isCurrent(entry, store)) {
        return entry.client();
      }
      SecretsClient client = build(store, actingNamespace);
      clients.put(key, new Entry(store.uid(), store.generation(), clock.instant(), client));
      if (entry != null) {
        retire(entry.client());
      }
      return client;
    }
  }

  /**
   * Drops the clients of a store (deleted, or its credentials were rejected): the next call logs in
   * again.
   */
  public synchronized void invalidate(StoreRef store) {
    clients
        .entrySet()
        .removeIf(
            e -> {
              if (e.getKey().store().equals(store)) {
                retire(e.getValue().client());
                return true;
              }
              return false;
            });
  }

  /**
   * Closes clients past their maximum age, including those of deleted stores, which nobody asks for
   * again. Called periodically, so that no login outlives its store by more than {@code maxAge}.
   */
  public synchronized void sweep() {
    Instant now = clock.instant();
    clients
        .entrySet()
        .removeIf(
            e -> {
              if (e.getValue().created().plus(maxAge).isBefore(now)) {
                retire(e.getValue().client());
                return true;
              }
              return false;
            });
    closeRetired();
  }

  public int size() {
    return clients.size();
  }

  @Override
  public synchronized void close() {
    clients.values().forEach(e -> closeQuietly(e.client()));
    clients.clear();
    retired.forEach(r -> closeQuietly(r.client()));
    retired.clear();
  }

  private SecretsClient build(ResolvedStore store, String actingNamespace)
      throws SecretProviderException {
    SelectedProvider<?> selected = select(store);
    selected.validateStore(store.ref());
    return selected.newClient(
        new SelectedProvider.ContextFactory() {
          @Override
          public <T> StoreContext<T> create(T providerSpec) {
            return new OperatorStoreContext<>(
                store.ref(),
                providerSpec,
                store.spec(),
                Optional.ofNullable(actingNamespace),
                new GuardedReferenceReader(store.ref(), actingNamespace, objects),
                new GuardedTokenMinter(store.ref(), actingNamespace, objects),
                apiCalls);
          }
        });
  }

  private boolean isCurrent(Entry entry, ResolvedStore store) {
    return entry.uid().equals(store.uid())
        && entry.generation() == store.generation()
        && entry.created().plus(maxAge).isAfter(clock.instant());
  }

  private void retire(SecretsClient client) {
    synchronized (retired) {
      retired.add(new Retired(clock.instant().plus(RETIRE_GRACE), client));
    }
  }

  private void closeRetired() {
    synchronized (retired) {
      Instant now = clock.instant();
      retired.removeIf(
          r -> {
            if (r.closeAt().isBefore(now)) {
              closeQuietly(r.client());
              return true;
            }
            return false;
          });
    }
  }

  private static void closeQuietly(SecretsClient client) {
    try {
      client.close();
    } catch (RuntimeException e) {
      LOG.warn("closing a provider client failed: {}", e.getClass().getSimpleName());
    }
  }
}
