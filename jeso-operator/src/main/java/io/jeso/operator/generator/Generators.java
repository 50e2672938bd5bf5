package io.jeso.operator.generator;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.jeso.api.externalsecret.ExternalSecretDataFrom;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.core.generator.GeneratorRegistry;
import io.jeso.core.generator.SyncChoice;
import io.jeso.core.provider.ProviderApiCalls;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.store.ClusterObjects;
import io.jeso.core.sync.FetchItem;
import io.jeso.core.sync.FetchRequest;
import io.jeso.core.sync.FetchResults;
import io.jeso.operator.kube.EventRecorder;
import io.jeso.operator.metrics.MetricRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generators for the ExternalSecret sync, in four calls: {@link #fetch} (a {@code generatorRef}
 * item of a fetch plan), {@link #needsSync} (must the ExternalSecret sync before its refresh is
 * due?), {@link #afterApply} (the Secret holds the new credentials: revoke the old) and {@link
 * #cleanup} (the ExternalSecret is going: revoke everything). A background keeper renews leases and
 * asks for syncs through the callback given to {@link #start}.
 */
public final class Generators implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Generators.class);
  private static final Duration SESSION_IDLE = Duration.ofMinutes(10);

  private final Clock clock;
  private final LeaseBook book = new LeaseBook();
  private final SessionPool pool;
  private final GeneratorMetrics metrics;
  private final GeneratorResolver resolver;
  private final Issuing issuing;
  private final Handover handover;
  private final Duration tick;
  private ScheduledExecutorService keeper;

  /**
   * @param tick how often the keeper looks at leases and logins (a second is cheap: it only calls
   *     out when something is due)
   */
  public Generators(
      KubernetesClient client,
      GeneratorRegistry registry,
      ClusterObjects objects,
      EventRecorder events,
      MetricRegistry metricRegistry,
      Clock clock,
      String controllerClass,
      ProviderApiCalls apiCalls,
      Duration tick) {
    this.clock = clock;
    this.tick = tick;
    this.pool = new SessionPool(clock);
    this.metrics = new GeneratorMetrics(metricRegistry);
    this.resolver = new GeneratorResolver(client, registry, controllerClass);
    this.issuing = new Issuing(resolver, pool, book, objects, clock, apiCalls, metrics);
    Revocations revocations = new Revocations(issuing, events, metrics);
    issuing.revocations(revocations);
    this.handover = new Handover(client, book, revocations, events);
    metricRegistry.sample(
        "jeso_generator_leases", "Leases of generated credentials jeso holds", book::held);
    metricRegistry.sample(
        "jeso_generator_sessions", "Issuing sessions (generator logins) held open", pool::size);
  }

  /** Starts the keeper; {@code requestSync} queues an ExternalSecret for a sync soon. */
  public synchronized void start(Consumer<ResourceID> requestSync) {
    LeaseKeeper k = new LeaseKeeper(book, pool, metrics, clock, SESSION_IDLE, requestSync);
    keeper =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("jeso-lease-keeper").unstarted(r));
    keeper.scheduleWithFixedDelay(
        () -> {
          try {
            k.tick();
          } catch (RuntimeException e) {
            // Only the type: a message could quote something it should not.
            LOG.error("the lease keeper failed: {}", e.getClass().getName());
          }
        },
        tick.toMillis(),
        tick.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /**
   * Whether this controller syncs {@code es} as far as its generators go: not when one of them
   * belongs to another controller class ({@code spec.controller}), which then owns the
   * ExternalSecret, as a store of another class would.
   */
  public boolean serves(ExternalSecret es) {
    List<ExternalSecretDataFrom> dataFrom =
        es.getSpec() == null ? null : es.getSpec().getDataFrom();
    for (int i : generatorIndices(es)) {
      if (!resolver.servedHere(
          dataFrom.get(i).getSourceRef().getGeneratorRef(), es.getMetadata().getNamespace())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Runs a {@code dataFrom[].sourceRef.generatorRef} item; the result goes into {@code results}.
   */
  public void fetch(ExternalSecret es, FetchItem item, boolean rotate, FetchResults results) {
    FetchRequest.Generate generate = (FetchRequest.Generate) item.request();
    try {
      results.values(item, issuing.values(es, item.index(), generate.generator(), rotate));
    } catch (SecretProviderException e) {
      results.failure(item, e);
    } catch (RuntimeException e) {
      LOG.error(
          "{}/{}: generator failed unexpectedly on {}: {}",
          es.getMetadata().getNamespace(),
          es.getMetadata().getName(),
          item.path(),
          e.getClass().getName());
      results.failure(
          item,
          item.path()
              + ": the generator failed unexpectedly ("
              + e.getClass().getSimpleName()
              + ")",
          true);
    }
  }

  /**
   * Whether {@code es} must sync now although its refresh is not due: credentials it holds must be
   * replaced, or its Secret holds credentials an earlier jeso issued (their login is not renewed
   * any more, so they end with it). Cheap for ExternalSecrets without generators.
   *
   * @param target the target Secret, or null
   */
  public boolean needsSync(ExternalSecret es, Secret target) {
    Set<Integer> indices = generatorIndices(es);
    if (indices.isEmpty()) {
      return false;
    }
    String uid = es.getMetadata().getUid();
    Instant now = clock.instant();
    Set<Integer> foreign = new HashSet<>();
    for (LeaseRecords.Recorded r : LeaseRecords.read(target)) {
      Entry e = book.find(uid, r.index());
      boolean held;
      if (e == null) {
        held = false;
      } else {
        synchronized (e) {
          held = e.current != null && e.current.leaseId.equals(r.lease());
        }
      }
      if (!held && indices.contains(r.index())) {
        foreign.add(r.index());
      }
    }
    book.noteRecorded(uid, foreign);
    for (int i : indices) {
      Entry e = book.find(uid, i);
      SyncChoice.Held current = null;
      if (e != null) {
        synchronized (e) {
          current = e.current == null ? null : e.current.held(null);
        }
      }
      if (SyncChoice.needsSync(current, foreign.contains(i), now)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sync pass is over; {@code synced}: the Secret was written and the ExternalSecret is Ready.
   */
  public void afterApply(ExternalSecret es, boolean synced) {
    handover.afterApply(es, synced);
  }

  /** The ExternalSecret is being deleted: revoke what it holds and what its Secret records. */
  public void cleanup(ExternalSecret es, Secret target) {
    handover.cleanup(es, target);
  }

  /**
   * Stops the keeper and frees the sessions without revoking their logins: the credentials in use
   * keep working until the next jeso has replaced them.
   */
  @Override
  public synchronized void close() {
    if (keeper != null) {
      keeper.shutdownNow();
      try {
        keeper.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    pool.abandonAll();
  }

  /** The {@code dataFrom} indices that reference a generator. */
  static Set<Integer> generatorIndices(ExternalSecret es) {
    Set<Integer> out = new HashSet<>();
    List<ExternalSecretDataFrom> dataFrom =
        es.getSpec() == null ? null : es.getSpec().getDataFrom();
    if (dataFrom == null) {
      return out;
    }
    for (int i = 0; i < dataFrom.size(); i++) {
      var source = dataFrom.get(i).getSourceRef();
      if (source != null && source.getGeneratorRef() != null) {
        out.add(i);
      }
    }
    return out;
  }
}
