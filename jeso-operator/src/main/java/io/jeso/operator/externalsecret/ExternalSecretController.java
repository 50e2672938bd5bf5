package io.jeso.operator.externalsecret;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.IndexerResourceCache;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.jeso.api.Finalizers;
import io.jeso.api.Labels;
import io.jeso.api.v1.ClusterSecretStore;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.api.v1.SecretStore;
import io.jeso.core.hash.Hashes;
import io.jeso.core.store.StoreKind;
import io.jeso.core.store.StoreRef;
import io.jeso.operator.kube.CompactItemStore;
import io.jeso.operator.queue.FairQueue;
import io.jeso.operator.store.ResolvedStore;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JOSDK side of ExternalSecrets: watches ExternalSecrets, their managed target Secrets
 * (label-filtered: no other Secret is cached) and the stores they use, and routes every event into
 * the {@link FairQueue}, where {@link ExternalSecretSync} does the work. Routing is cheap: it only
 * decides the lane, or when the next refresh is due. The finalizer (ESO's name) lets deletionPolicy
 * Delete remove the target; it never waits on a provider.
 */
@ControllerConfiguration(name = "externalsecret", finalizerName = Finalizers.EXTERNAL_SECRET)
public final class ExternalSecretController
    implements Reconciler<ExternalSecret>, Cleaner<ExternalSecret> {
  private static final String CREATED_BY_INDEX = "created-by";
  private final ExternalSecretSync sync;
  private IndexerResourceCache<ExternalSecret> externalSecrets;
  private InformerEventSource<Secret, ExternalSecret> secrets;
  private InformerEventSource<SecretStore, ExternalSecret> secretStores;
  private InformerEventSource<ClusterSecretStore, ExternalSecret> clusterStores;

  public ExternalSecretController(ExternalSecretSync sync) {
    this.sync = sync;
    sync.attach(this);
  }

  @Override
  public List<EventSource<?, ExternalSecret>> prepareEventSources(
      EventSourceContext<ExternalSecret> context) {
    externalSecrets = context.getPrimaryCache();
    externalSecrets.addIndexer(StoreIndex.TARGET, es -> List.of(StoreIndex.targetKey(es)));
    externalSecrets.addIndexer(StoreIndex.STORE, StoreIndex::storeKeys);
    secrets =
        new InformerEventSource<>(
            InformerEventSourceConfiguration.from(Secret.class, ExternalSecret.class)
                .withName("managed-secrets")
                .withLabelSelector(Labels.MANAGED + "=" + Labels.MANAGED_VALUE)
                .withItemStore(CompactItemStore.keepingManagers(Hashes.FIELD_MANAGER_PREFIX))
                .withSecondaryToPrimaryMapper(
                    s ->
                        byIndex(
                            StoreIndex.TARGET,
                            StoreIndex.targetKey(
                                s.getMetadata().getNamespace(), s.getMetadata().getName())))
                .build(),
            context);
    secrets.addIndexers(Map.of(CREATED_BY_INDEX, ExternalSecretController::createdByKey));
    secretStores =
        new InformerEventSource<>(
            InformerEventSourceConfiguration.from(SecretStore.class, ExternalSecret.class)
                .withName("secretstores")
                .withItemStore(CompactItemStore.withoutManagedFields())
                .withSecondaryToPrimaryMapper(
                    s ->
                        byIndex(
                            StoreIndex.STORE,
                            StoreIndex.storeKey(
                                false, s.getMetadata().getNamespace(), s.getMetadata().getName())))
                .withOnUpdateFilter(ExternalSecretController::storeChanged)
                .build(),
            context);
    clusterStores =
        new InformerEventSource<>(
            InformerEventSourceConfiguration.from(ClusterSecretStore.class, ExternalSecret.class)
                .withName("clustersecretstores")
                .withItemStore(CompactItemStore.withoutManagedFields())
                .withSecondaryToPrimaryMapper(
                    s ->
                        byIndex(
                            StoreIndex.STORE,
                            StoreIndex.storeKey(true, null, s.getMetadata().getName())))
                .withOnUpdateFilter(ExternalSecretController::storeChanged)
                .build(),
            context);
    return List.of(secrets, secretStores, clusterStores);
  }

  @Override
  public UpdateControl<ExternalSecret> reconcile(
      ExternalSecret es, Context<ExternalSecret> context) {
    sync.route(es);
    return UpdateControl.noUpdate();
  }

  @Override
  public DeleteControl cleanup(ExternalSecret es, Context<ExternalSecret> context) {
    return sync.cleanup(es)
        ? DeleteControl.defaultDelete()
        : DeleteControl.noFinalizerRemoval().rescheduleAfter(5_000);
  }

  Optional<ExternalSecret> externalSecret(ResourceID id) {
    return externalSecrets.get(id);
  }

  Optional<Secret> cachedSecret(String namespace, String name) {
    return secrets.get(new ResourceID(name, namespace));
  }

  /**
   * The cached managed Secrets of {@code namespace} whose {@link Labels#CREATED_BY} label is {@code
   * createdBy}: an index lookup, since this runs on every sync.
   */
  List<Secret> cachedSecretsCreatedBy(String namespace, String createdBy) {
    return secrets.byIndex(CREATED_BY_INDEX, namespace + "/" + createdBy);
  }

  Optional<ResolvedStore> store(StoreRef ref) {
    if (ref.kind() == StoreKind.CLUSTER_SECRET_STORE) {
      return clusterStores.get(new ResourceID(ref.name())).map(ResolvedStore::of);
    }
    return secretStores.get(new ResourceID(ref.name(), ref.namespace())).map(ResolvedStore::of);
  }

  private static List<String> createdByKey(Secret secret) {
    var labels = secret.getMetadata().getLabels();
    String createdBy = labels == null ? null : labels.get(Labels.CREATED_BY);
    return createdBy == null
        ? List.of()
        : List.of(secret.getMetadata().getNamespace() + "/" + createdBy);
  }

  private Set<ResourceID> byIndex(String index, String key) {
    return externalSecrets.byIndex(index, key).stream()
        .map(ResourceID::fromResource)
        .collect(Collectors.toSet());
  }

  /**
   * Only what can change an ExternalSecret's outcome: the spec (generation) or the status (Ready).
   */
  private static boolean storeChanged(HasMetadata now, HasMetadata before) {
    return !Objects.equals(now.getMetadata().getGeneration(), before.getMetadata().getGeneration())
        || !Objects.equals(status(now), status(before));
  }

  private static Object status(HasMetadata store) {
    return store instanceof SecretStore s
        ? s.getStatus()
        : ((ClusterSecretStore) store).getStatus();
  }
}
