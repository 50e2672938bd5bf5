package io.jeso.operator.ces;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.jeso.api.Conditions;
import io.jeso.api.Messages;
import io.jeso.api.clusterexternalsecret.ClusterExternalSecretStatus;
import io.jeso.api.clusterexternalsecret.NamespaceFailure;
import io.jeso.api.common.Condition;
import io.jeso.api.v1.ClusterExternalSecret;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.core.ces.FanOut;
import io.jeso.core.time.GoDuration;
import io.jeso.operator.metrics.EsoMetrics;
import io.jeso.operator.metrics.MetricFamily;
import io.jeso.operator.store.StoreConditions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one ExternalSecret per selected namespace for each ClusterExternalSecret. The plan is
 * jeso-core's {@link FanOut}; this class lists, applies and reports. Namespace label changes
 * trigger a pass at once; {@code spec.refreshTime} (default one minute) catches everything else,
 * such as a child edited by hand.
 */
@ControllerConfiguration(name = "clusterexternalsecret")
public final class ClusterExternalSecretReconciler implements Reconciler<ClusterExternalSecret> {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterExternalSecretReconciler.class);
  private static final String FIELD_MANAGER = "external-secrets-clusterexternalsecret";
  private static final Duration DEFAULT_REFRESH = Duration.ofMinutes(1);

  private final KubernetesClient client;
  private final Clock clock;
  private final MetricFamily conditionGauge;
  private final MetricFamily durationGauge;
  private InformerEventSource<Namespace, ClusterExternalSecret> namespaces;

  public ClusterExternalSecretReconciler(
      KubernetesClient client,
      Clock clock,
      MetricFamily conditionGauge,
      MetricFamily durationGauge) {
    this.client = client;
    this.clock = clock;
    this.conditionGauge = conditionGauge;
    this.durationGauge = durationGauge;
  }

  @Override
  public List<EventSource<?, ClusterExternalSecret>> prepareEventSources(
      EventSourceContext<ClusterExternalSecret> context) {
    namespaces =
        new InformerEventSource<>(
            InformerEventSourceConfiguration.from(Namespace.class, ClusterExternalSecret.class)
                .withSecondaryToPrimaryMapper(
                    ns ->
                        context
                            .getPrimaryCache()
                            .list()
                            .map(ResourceID::fromResource)
                            .collect(Collectors.toSet()))
                .withOnUpdateFilter(
                    (now, before) ->
                        !Objects.equals(
                                now.getMetadata().getLabels(), before.getMetadata().getLabels())
                            || !Objects.equals(
                                now.getMetadata().getDeletionTimestamp(),
                                before.getMetadata().getDeletionTimestamp()))
                .build(),
            context);
    return List.of(namespaces);
  }

  @Override
  public UpdateControl<ClusterExternalSecret> reconcile(
      ClusterExternalSecret ces, Context<ClusterExternalSecret> context) {
    long start = System.nanoTime();
    String childName = FanOut.childName(ces.getMetadata().getName(), ces.getSpec());
    FanOut.Plan plan = FanOut.plan(ces.getSpec(), namespaceList(), children(ces, childName));
    Map<String, String> failed = new LinkedHashMap<>(plan.failed());
    List<String> provisioned = new ArrayList<>();
    for (String ns : plan.provision()) {
      try {
        apply(ces, childName, ns);
        provisioned.add(ns);
      } catch (KubernetesClientException e) {
        LOG.warn(
            "cannot apply ExternalSecret {}/{} for {}: HTTP {}",
            ns,
            childName,
            ces.getMetadata().getName(),
            e.getCode());
        failed.put(ns, "could not create or update ExternalSecret: HTTP " + e.getCode());
      }
    }
    for (String ns : plan.remove()) {
      client.resources(ExternalSecret.class).inNamespace(ns).withName(childName).delete();
    }
    ClusterExternalSecretStatus status = status(ces, childName, provisioned, failed);
    EsoMetrics.setCondition(
        conditionGauge,
        ces.getMetadata().getName(),
        "",
        Conditions.READY,
        status.getConditions().getFirst().getStatus());
    durationGauge.set(System.nanoTime() - start, ces.getMetadata().getName(), "");
    Duration refresh = refreshTime(ces);
    if (Objects.equals(status, ces.getStatus())) {
      return UpdateControl.<ClusterExternalSecret>noUpdate().rescheduleAfter(refresh);
    }
    ces.setStatus(status);
    return UpdateControl.patchStatus(ces).rescheduleAfter(refresh);
  }

  private List<FanOut.Namespace> namespaceList() {
    return namespaces
        .list()
        .map(
            ns ->
                new FanOut.Namespace(
                    ns.getMetadata().getName(),
                    ns.getMetadata().getLabels(),
                    ns.getMetadata().getDeletionTimestamp() != null))
        .toList();
  }

  private List<FanOut.Child> children(ClusterExternalSecret ces, String childName) {
    return client
        .resources(ExternalSecret.class)
        .inAnyNamespace()
        .withField("metadata.name", childName)
        .list()
        .getItems()
        .stream()
        .map(es -> new FanOut.Child(es.getMetadata().getNamespace(), ownedBy(es, ces)))
        .toList();
  }

  private void apply(ClusterExternalSecret ces, String childName, String namespace) {
    ExternalSecret child = new ExternalSecret();
    child.getMetadata().setName(childName);
    child.getMetadata().setNamespace(namespace);
    child.getMetadata().setLabels(FanOut.childLabels(ces.getSpec()));
    child
        .getMetadata()
        .setAnnotations(FanOut.childAnnotations(ces.getSpec(), ces.getMetadata().getAnnotations()));
    child.getMetadata().setOwnerReferences(List.of(ownerReference(ces)));
    child.setSpec(ces.getSpec().getExternalSecretSpec());
    client
        .resources(ExternalSecret.class)
        .inNamespace(namespace)
        .resource(child)
        .fieldManager(FIELD_MANAGER)
        .forceConflicts()
        .serverSideApply();
  }

  private ClusterExternalSecretStatus status(
      ClusterExternalSecret ces,
      String childName,
      List<String> provisioned,
      Map<String, String> failed) {
    Condition ready =
        new Condition()
            .withType(Conditions.READY)
            .withStatus(failed.isEmpty() ? Conditions.TRUE : Conditions.FALSE)
            .withMessage(failed.isEmpty() ? null : Messages.CES_NAMESPACES_FAILED);
    List<NamespaceFailure> failures =
        failed.entrySet().stream()
            .map(e -> new NamespaceFailure().withNamespace(e.getKey()).withReason(e.getValue()))
            .toList();
    ClusterExternalSecretStatus previous = ces.getStatus();
    return new ClusterExternalSecretStatus()
        .withExternalSecretName(childName)
        .withProvisionedNamespaces(provisioned.isEmpty() ? null : provisioned)
        .withFailedNamespaces(failures.isEmpty() ? null : failures)
        .withConditions(
            StoreConditions.set(
                previous == null ? null : previous.getConditions(), ready, clock.instant()));
  }

  private static Duration refreshTime(ClusterExternalSecret ces) {
    String text = ces.getSpec().getRefreshTime();
    try {
      Duration d = text == null || text.isEmpty() ? DEFAULT_REFRESH : GoDuration.parse(text);
      return d.isPositive() ? d : DEFAULT_REFRESH;
    } catch (IllegalArgumentException e) {
      return DEFAULT_REFRESH;
    }
  }

  private static boolean ownedBy(ExternalSecret es, ClusterExternalSecret ces) {
    List<OwnerReference> refs = es.getMetadata().getOwnerReferences();
    return refs != null
        && refs.stream()
            .anyMatch(
                r ->
                    Boolean.TRUE.equals(r.getController())
                        && ces.getMetadata().getUid().equals(r.getUid()));
  }

  private static OwnerReference ownerReference(ClusterExternalSecret ces) {
    return new OwnerReferenceBuilder()
        .withApiVersion(ces.getApiVersion())
        .withKind(ces.getKind())
        .withName(ces.getMetadata().getName())
        .withUid(ces.getMetadata().getUid())
        .withController(true)
        .withBlockOwnerDeletion(true)
        .build();
  }
}
