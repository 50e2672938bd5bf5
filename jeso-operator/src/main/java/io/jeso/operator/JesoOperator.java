package io.jeso.operator;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.Cloner;
import io.javaoperatorsdk.operator.api.config.ControllerConfigurationOverrider;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.core.generator.GeneratorRegistry;
import io.jeso.core.provider.ProviderRegistry;
import io.jeso.core.sync.SyncPlanner;
import io.jeso.core.template.GoKeyTemplates;
import io.jeso.core.template.GoTemplateRenderer;
import io.jeso.operator.ces.ClusterExternalSecretReconciler;
import io.jeso.operator.externalsecret.ExternalSecretController;
import io.jeso.operator.externalsecret.ExternalSecretEvents;
import io.jeso.operator.externalsecret.ExternalSecretSync;
import io.jeso.operator.generator.Generators;
import io.jeso.operator.http.HttpEndpoints;
import io.jeso.operator.kube.CompactItemStore;
import io.jeso.operator.kube.EventRecorder;
import io.jeso.operator.kube.KubeClusterObjects;
import io.jeso.operator.metrics.EsoMetrics;
import io.jeso.operator.metrics.MetricRegistry;
import io.jeso.operator.queue.Lane;
import io.jeso.operator.store.ClusterSecretStoreReconciler;
import io.jeso.operator.store.SecretStoreReconciler;
import io.jeso.operator.store.StoreClients;
import io.jeso.operator.store.StoreStatusRoutine;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires jeso together: the Java Operator SDK runs the informers and the store, ExternalSecret and
 * ClusterExternalSecret controllers; jeso adds its provider clients, work queue, metrics and HTTP
 * endpoints. Everything is created here and handed to its users through constructors.
 */
public final class JesoOperator implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JesoOperator.class);

  private final OperatorSettings settings;
  private final KubernetesClient client;
  private final Operator operator;
  private final StoreClients storeClients;
  private final HttpEndpoints http;
  private final ScheduledExecutorService housekeeping;
  private final List<AutoCloseable> closeables = new ArrayList<>();
  private final MetricRegistry metricRegistry = new MetricRegistry();

  private JesoOperator(
      OperatorSettings settings,
      KubernetesClient client,
      ProviderRegistry providers,
      GeneratorRegistry generatorKinds)
      throws IOException {
    this.settings = settings;
    this.client = client;
    Clock clock = Clock.systemUTC();
    EsoMetrics metrics = new EsoMetrics(metricRegistry);
    EventRecorder events = new EventRecorder(client, clock, Duration.ofMinutes(10));
    closeables.add(events);
    this.storeClients =
        new StoreClients(
            providers,
            new KubeClusterObjects(client),
            settings.clientMaxAge(),
            clock,
            (provider, call, status) -> metrics.providerApiCalls.inc(provider, call, status));
    this.operator = new Operator(o -> configure(o, settings, client));
    StoreStatusRoutine stores =
        new StoreStatusRoutine(storeClients, events, clock, settings.storeRequeueInterval());
    if (settings.enableSecretStoreReconciler()) {
      register(
          new SecretStoreReconciler(
              stores,
              settings.controllerClass(),
              metrics.secretStoreCondition,
              metrics.secretStoreReconcileDuration),
          true);
    }
    if (settings.enableClusterStoreReconciler()) {
      register(
          new ClusterSecretStoreReconciler(
              stores,
              settings.controllerClass(),
              metrics.clusterSecretStoreCondition,
              metrics.clusterSecretStoreReconcileDuration),
          false);
    }
    SyncPlanner planner = planner(settings);
    ExternalSecretSync sync = sync(planner, generatorKinds, events, metrics, clock);
    operator.register(
        new ExternalSecretController(sync),
        o -> {
          if (!settings.watchesAllNamespaces()) {
            o.settingNamespace(settings.namespace());
          }
          // Labels and annotations matter (force-sync), status writes do not: ESO's event filter.
          o.withGenerationAware(false)
              .withOnUpdateFilter(ExternalSecretEvents::worthReconciling)
              .withItemStore(CompactItemStore.withoutManagedFields());
        });
    metricRegistry.sample(
        "jeso_queue_urgent_depth",
        "ExternalSecrets waiting in the urgent lane",
        () -> sync.queue().depth(Lane.URGENT));
    metricRegistry.sample(
        "jeso_queue_refresh_depth",
        "ExternalSecrets waiting in the refresh lane",
        () -> sync.queue().depth(Lane.REFRESH));
    metricRegistry.sample(
        "jeso_queue_scheduled",
        "ExternalSecrets with a scheduled refresh",
        () -> sync.queue().delayedCount());
    if (settings.enableClusterExternalSecretReconciler()) {
      register(
          new ClusterExternalSecretReconciler(
              client,
              clock,
              metrics.clusterExternalSecretCondition,
              metrics.clusterExternalSecretReconcileDuration),
          false);
    }
    this.housekeeping =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("jeso-housekeeping").unstarted(r));
    housekeeping.scheduleWithFixedDelay(storeClients::sweep, 1, 1, TimeUnit.MINUTES);
    housekeeping.scheduleWithFixedDelay(sync::sweep, 30, 30, TimeUnit.SECONDS);
    metricRegistry.sample(
        "jeso_shared_reads", "Provider answers held for sharing", sync::sharedReads);
    metricRegistry.sample(
        "jeso_provider_clients", "Provider clients (and logins) held open", storeClients::size);
    this.http =
        new HttpEndpoints(settings.metricsAddr(), settings.liveAddr(), metricRegistry, this::ready);
  }

  /** Starts the operator; returns once the informers are synced (or leader election is pending). */
  public static JesoOperator start(
      OperatorSettings settings, KubernetesClient client, ProviderRegistry providers)
      throws IOException {
    return start(settings, client, providers, GeneratorRegistry.load());
  }

  /**
   * As {@link #start(OperatorSettings, KubernetesClient, ProviderRegistry)}, with these generators.
   */
  public static JesoOperator start(
      OperatorSettings settings,
      KubernetesClient client,
      ProviderRegistry providers,
      GeneratorRegistry generators)
      throws IOException {
    JesoOperator jeso = new JesoOperator(settings, client, providers, generators);
    LOG.info(
        "starting jeso: providers {}, generators {}, controller class {}, namespace {}, {} workers",
        providers.names(),
        generators.kinds(),
        settings.controllerClass(),
        settings.watchesAllNamespaces() ? "<all>" : settings.namespace(),
        settings.concurrent());
    jeso.operator.start();
    return jeso;
  }

  public MetricRegistry metrics() {
    return metricRegistry;
  }

  public HttpEndpoints http() {
    return http;
  }

  public boolean ready() {
    return operator.getRuntimeInfo().isStarted()
        && operator.getRuntimeInfo().allEventSourcesAreHealthy();
  }

  @Override
  public void close() {
    LOG.info("stopping jeso");
    operator.stop();
    for (AutoCloseable c : closeables) {
      try {
        c.close();
      } catch (Exception e) {
        LOG.warn("error while stopping: {}", e.toString());
      }
    }
    housekeeping.shutdownNow();
    storeClients.close();
    http.close();
  }

  /** The planner with jeso's template engine and ESO's template delimiter flags. */
  private static SyncPlanner planner(OperatorSettings settings) {
    return new SyncPlanner(
        new GoTemplateRenderer(settings.templateLeftDelimiter(), settings.templateRightDelimiter()),
        new GoKeyTemplates());
  }

  /**
   * The ExternalSecret sync with its generators. The generators close after the sync stops, and
   * without revoking: credentials in use outlive a restart. Their keeper asks for syncs in the
   * urgent lane; their provider calls count like the stores'.
   */
  private ExternalSecretSync sync(
      SyncPlanner planner,
      GeneratorRegistry kinds,
      EventRecorder events,
      EsoMetrics metrics,
      Clock clock) {
    Generators generators =
        new Generators(
            client,
            kinds,
            new KubeClusterObjects(client),
            events,
            metricRegistry,
            clock,
            settings.controllerClass(),
            (provider, call, status) -> metrics.providerApiCalls.inc(provider, call, status),
            Duration.ofSeconds(1));
    ExternalSecretSync sync =
        new ExternalSecretSync(
            client, planner, storeClients, events, metrics, settings, clock, generators);
    closeables.add(sync);
    closeables.add(generators);
    generators.start(id -> sync.queue().add(id, Lane.URGENT));
    return sync;
  }

  private <R extends HasMetadata> void register(Reconciler<R> reconciler, boolean namespaced) {
    Consumer<ControllerConfigurationOverrider<R>> overrides =
        o -> {
          if (namespaced && !settings.watchesAllNamespaces()) {
            o.settingNamespace(settings.namespace());
          }
        };
    operator.register(reconciler, overrides);
  }

  private static void configure(
      io.javaoperatorsdk.operator.api.config.ConfigurationServiceOverrider o,
      OperatorSettings settings,
      KubernetesClient client) {
    o.withKubernetesClient(client)
        .withCloseClientOnStop(false)
        .withConcurrentReconciliationThreads(Math.max(4, settings.concurrent()))
        .withStopOnInformerErrorDuringStartup(false)
        .withCacheSyncTimeout(Duration.ofMinutes(2))
        .withResourceCloner(
            new Cloner() {
              // JOSDK hands every reconcile a deep copy (a JSON round trip) so that the reconciler
              // may change it. ExternalSecretController only reads (it routes into the queue), and
              // the copy was a third of its cost on a restart's thousands of events. A deleted
              // ExternalSecret keeps the copy: JOSDK removes the finalizer by diffing the copy
              // against the original. The store and ClusterExternalSecret reconcilers set the
              // status on theirs: they keep it too.
              @Override
              public <R extends HasMetadata> R clone(R object) {
                return object instanceof ExternalSecret
                        && object.getMetadata().getDeletionTimestamp() == null
                    ? object
                    : client.getKubernetesSerialization().clone(object);
              }
            });
    if (settings.leaderElection()) {
      o.withLeaderElectionConfiguration(
          new LeaderElectionConfiguration(
              settings.leaderElectionId(),
              settings.leaderElectionNamespace().isEmpty()
                  ? null
                  : settings.leaderElectionNamespace()));
    }
  }
}
