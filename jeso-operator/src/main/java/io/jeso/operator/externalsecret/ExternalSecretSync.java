package io.jeso.operator.externalsecret;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.jeso.api.Conditions;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.core.hash.Hashes;
import io.jeso.core.store.RegexMatch;
import io.jeso.core.store.StoreRef;
import io.jeso.core.sync.Decision;
import io.jeso.core.sync.FetchPlan;
import io.jeso.core.sync.FetchResults;
import io.jeso.core.sync.Requeue;
import io.jeso.core.sync.SecretSnapshot;
import io.jeso.core.sync.SecretWrite;
import io.jeso.core.sync.SyncPlan;
import io.jeso.core.sync.SyncPlanner;
import io.jeso.operator.OperatorSettings;
import io.jeso.operator.generator.Generators;
import io.jeso.operator.kube.EventRecorder;
import io.jeso.operator.metrics.EsoMetrics;
import io.jeso.operator.queue.Backoff;
import io.jeso.operator.queue.FairQueue;
import io.jeso.operator.queue.Lane;
import io.jeso.operator.queue.Result;
import io.jeso.operator.store.ResolvedStore;
import io.jeso.operator.store.StoreClients;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ExternalSecret pass: read the target, let jeso-core decide, gate the stores, fetch, let
 * jeso-core plan, apply. Runs on the fair queue's virtual threads, one pass per ExternalSecret at a
 * time.
 */
public final class ExternalSecretSync implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ExternalSecretSync.class);

  private final KubernetesClient client;
  private final SyncPlanner planner;
  private final EventRecorder events;
  private final EsoMetrics metrics;
  private final Clock clock;
  private final ProviderFetcher fetcher;
  private final SharedReads reads;
  private final PlanApplier applier;
  private final StoreGate gate;
  private final FairQueue<ResourceID> queue;
  private final Generators generators;
  private volatile ExternalSecretController controller;

  public ExternalSecretSync(
      KubernetesClient client,
      SyncPlanner planner,
      StoreClients clients,
      EventRecorder events,
      EsoMetrics metrics,
      OperatorSettings settings,
      Clock clock,
      Generators generators) {
    this.client = client;
    this.generators = generators;
    this.planner = planner;
    this.events = events;
    this.metrics = metrics;
    this.clock = clock;
    this.reads = new SharedReads(clock, settings.providerReadWindow());
    this.fetcher = new ProviderFetcher(clients, client, reads, generators);
    this.applier =
        new PlanApplier(
            client,
            events,
            clock,
            (ns, createdBy) -> controller.cachedSecretsCreatedBy(ns, createdBy));
    NamespaceLabels namespaces = new NamespaceLabels(client, clock, Duration.ofSeconds(30));
    this.gate =
        new StoreGate(
            ref -> controller.store(ref),
            namespaces::of,
            settings.controllerClass(),
            settings.enableClusterStoreReconciler(),
            settings.enableFloodGate(),
            RegexMatch.parse(settings.namespaceRegexMatch()));
    this.queue =
        new FairQueue<>(
            "externalsecret",
            settings.concurrent(),
            settings.refreshWorkers(),
            Backoff.DEFAULT,
            this::handle);
  }

  void attach(ExternalSecretController controller) {
    this.controller = controller;
  }

  public FairQueue<ResourceID> queue() {
    return queue;
  }

  /** An event arrived: queue the ExternalSecret in its lane, or schedule its next refresh. */
  void route(ExternalSecret es) {
    ResourceID id = ResourceID.fromResource(es);
    Secret existing = target(es, false);
    SecretSnapshot snapshot = snapshot(es, existing);
    Decision decision = planner.decide(es, snapshot, clock.instant());
    if (decision instanceof Decision.UpToDate upToDate && !generators.needsSync(es, existing)) {
      schedule(id, es, upToDate.requeue());
    } else {
      queue.add(id, Lanes.of(es, snapshot));
    }
  }

  /** The ExternalSecret is being deleted; returns whether its finalizer may go. */
  boolean cleanup(ExternalSecret es) {
    ResourceID id = ResourceID.fromResource(es);
    queue.forget(id);
    String name = es.getMetadata().getName();
    String ns = es.getMetadata().getNamespace();
    metrics.externalSecretCondition.removeMatching(name, ns);
    metrics.externalSecretReconcileDuration.remove(name, ns);
    Secret existing = target(es, true);
    generators.cleanup(es, existing);
    events.forget(es);
    SecretWrite write = planner.onDeletion(es, snapshot(es, existing));
    if (write instanceof SecretWrite.Delete delete) {
      try {
        client.secrets().inNamespace(ns).withName(delete.name()).delete();
      } catch (KubernetesClientException e) {
        // Keep the finalizer and retry, unless the namespace is going away anyway (never block its
        // deletion).
        LOG.warn("{}/{}: deleting the target Secret failed: HTTP {}", ns, name, e.getCode());
        return namespaceTerminating(ns);
      }
    }
    return true;
  }

  Result handle(ResourceID id) {
    try {
      return pass(id, false);
    } catch (KubernetesClientException e) {
      if (!isConflict(e)) {
        return apiFailure(id, e);
      }
    }
    // Planned on a stale cached Secret: once more at once, reading the Secret from the API server.
    try {
      return pass(id, true);
    } catch (KubernetesClientException e) {
      return apiFailure(id, e);
    }
  }

  /**
   * The API server refused a read or write (RBAC, an outage, a conflict again): retry with backoff.
   */
  private static Result apiFailure(ResourceID id, KubernetesClientException e) {
    // Only the code is logged; the server's message can quote request content.
    if (isConflict(e)) {
      LOG.debug("{}: conflict with a concurrent change (HTTP {}); will retry", id, e.getCode());
    } else {
      LOG.warn("{}: Kubernetes API call failed: HTTP {}; will retry", id, e.getCode());
    }
    return Result.retry();
  }

  private static boolean isConflict(KubernetesClientException e) {
    return e.getCode() == 409 || e.getCode() == 422;
  }

  private Result pass(ResourceID id, boolean fresh) {
    ExternalSecret es = controller.externalSecret(id).orElse(null);
    if (es == null || es.getMetadata().getDeletionTimestamp() != null) {
      return Result.done();
    }
    long start = System.nanoTime();
    Secret existing = fresh ? readTarget(es) : target(es, true);
    SecretSnapshot snapshot = snapshot(es, existing);
    Decision decision = planner.decide(es, snapshot, clock.instant());
    if (decision instanceof Decision.UpToDate && generators.needsSync(es, existing)) {
      decision =
          new Decision.Fetch(planner.fetchPlan(es), "generated credentials must be replaced");
    }
    SyncPlan plan =
        switch (decision) {
          case Decision.UpToDate upToDate -> null;
          case Decision.Rejected rejected -> rejected.plan();
          case Decision.Fetch fetch -> fetchAndPlan(es, fetch.plan(), snapshot);
        };
    if (decision instanceof Decision.UpToDate upToDate) {
      return toResult(es, upToDate.requeue());
    }
    if (plan == null) {
      return Result.done(); // a store of another controller class: not ours to touch
    }
    SyncPlan applied = applier.apply(es, plan, existing);
    generators.afterApply(es, Conditions.TRUE.equals(applied.ready().getStatus()));
    record(es, applied, System.nanoTime() - start);
    LOG.debug("{}: {}", id, applied.outcome());
    return toResult(es, applied.requeue());
  }

  @Override
  public void close() {
    queue.close();
  }

  /**
   * Forgets shared reads older than their window (called periodically, so values do not linger).
   */
  public void sweep() {
    reads.sweep(clock.instant());
  }

  public int sharedReads() {
    return reads.size();
  }

  /**
   * A synced ExternalSecret whose spec, labels or annotations changed since (a force-sync, an
   * edit): the user expects what the provider holds now, so this pass does not share an earlier
   * read.
   */
  private static boolean userAskedForFreshData(ExternalSecret es) {
    var status = es.getStatus();
    if (status == null || status.getSyncedResourceVersion() == null) {
      return false;
    }
    var meta = es.getMetadata();
    long generation = meta.getGeneration() == null ? 0 : meta.getGeneration();
    return !Hashes.syncedResourceVersion(generation, meta.getLabels(), meta.getAnnotations())
        .equals(status.getSyncedResourceVersion());
  }

  private SyncPlan fetchAndPlan(ExternalSecret es, FetchPlan plan, SecretSnapshot snapshot) {
    String ns = es.getMetadata().getNamespace();
    Map<StoreRef, ResolvedStore> usable = new HashMap<>();
    Map<StoreRef, StoreGate.Verdict.Blocked> blocked = new HashMap<>();
    for (StoreRef ref : plan.stores()) {
      switch (gate.check(ref, ns)) {
        case StoreGate.Verdict.Usable u -> usable.put(ref, u.store());
        case StoreGate.Verdict.Blocked b -> blocked.put(ref, b);
        case StoreGate.Verdict.NotOurs notOurs -> {
          LOG.debug("{}/{}: skipped: {}", ns, es.getMetadata().getName(), notOurs.why());
          return null;
        }
      }
    }
    if (!generators.serves(es)) {
      LOG.debug(
          "{}/{}: skipped: a generator of another controller class",
          ns,
          es.getMetadata().getName());
      return null;
    }
    metrics.syncCalls.inc(es.getMetadata().getName(), ns);
    FetchResults results = fetcher.fetch(userAskedForFreshData(es), es, plan, usable, blocked);
    return planner.plan(es, plan, results, snapshot, clock.instant());
  }

  private void record(ExternalSecret es, SyncPlan applied, long nanos) {
    String name = es.getMetadata().getName();
    String ns = es.getMetadata().getNamespace();
    String ready = applied.ready().getStatus();
    if (Conditions.FALSE.equals(ready)) {
      metrics.syncErrors.inc(name, ns);
    }
    EsoMetrics.setCondition(metrics.externalSecretCondition, name, ns, Conditions.READY, ready);
    metrics.externalSecretReconcileDuration.set(nanos, name, ns);
  }

  private void schedule(ResourceID id, ExternalSecret es, Requeue requeue) {
    Result result = toResult(es, requeue);
    if (result.kind() == Result.Kind.REFRESH_AFTER) {
      queue.addAfter(id, Lane.REFRESH, result.after());
    }
  }

  private Result toResult(ExternalSecret es, Requeue requeue) {
    return switch (requeue) {
      // No random jitter: jeso-core's refresh phases already spread refreshes over the interval,
      // and jitter would pull apart the ExternalSecrets that one shared read serves.
      case Requeue.After after -> Result.refreshAfter(after.delay());
      case Requeue.Backoff backoff -> Result.retry();
      case Requeue.Never never -> Result.done();
    };
  }

  /**
   * The target Secret: from the managed-Secret cache, or (when {@code direct} and it is not there)
   * from the API server, because an existing Secret without jeso's label (a Merge target, a
   * pre-existing Secret) is not cached.
   */
  private Secret target(ExternalSecret es, boolean direct) {
    String key = StoreIndex.targetKey(es);
    String name = key.substring(key.indexOf('/') + 1);
    String ns = es.getMetadata().getNamespace();
    Secret cached = controller.cachedSecret(ns, name).orElse(null);
    if (cached != null || !direct) {
      return cached;
    }
    return client.secrets().inNamespace(ns).withName(name).get();
  }

  private Secret readTarget(ExternalSecret es) {
    String key = StoreIndex.targetKey(es);
    return client
        .secrets()
        .inNamespace(es.getMetadata().getNamespace())
        .withName(key.substring(key.indexOf('/') + 1))
        .get();
  }

  private static SecretSnapshot snapshot(ExternalSecret es, Secret secret) {
    return secret == null
        ? null
        : SecretConversions.snapshot(secret, Hashes.fieldManager(es.getMetadata().getName()));
  }

  private boolean namespaceTerminating(String ns) {
    var namespace = client.namespaces().withName(ns).get();
    return namespace == null || namespace.getMetadata().getDeletionTimestamp() != null;
  }
}
