package io.jeso.core.sync;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.jeso.api.Defaults;
import io.jeso.api.externalsecret.CreationPolicy;
import io.jeso.api.externalsecret.DeletionPolicy;
import io.jeso.api.externalsecret.ExternalSecretData;
import io.jeso.api.externalsecret.ExternalSecretDataFrom;
import io.jeso.api.externalsecret.ExternalSecretSpec;
import io.jeso.api.externalsecret.ExternalSecretStatus;
import io.jeso.api.externalsecret.ExternalSecretTarget;
import io.jeso.api.externalsecret.ExternalSecretTemplate;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.core.hash.Hashes;
import io.jeso.core.refresh.RefreshPhase;
import io.jeso.core.time.GoDuration;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * An ExternalSecret read with ESO's defaults applied (the API server applies the CRD defaults, but
 * objects built in tests or read from older clusters may lack them), so the rest of the planner
 * never checks for null.
 */
final class SpecView {
  private final ExternalSecret es;
  private final ExternalSecretSpec spec;
  private final ExternalSecretTarget target;

  SpecView(ExternalSecret es) {
    this.es = es;
    this.spec = es.getSpec() == null ? new ExternalSecretSpec() : es.getSpec();
    this.target = spec.getTarget() == null ? new ExternalSecretTarget() : spec.getTarget();
  }

  ExternalSecret resource() {
    return es;
  }

  ExternalSecretSpec spec() {
    return spec;
  }

  ObjectMeta meta() {
    return es.getMetadata() == null ? new ObjectMeta() : es.getMetadata();
  }

  String name() {
    return meta().getName();
  }

  String namespace() {
    return meta().getNamespace();
  }

  String uid() {
    return meta().getUid();
  }

  Map<String, String> labels() {
    return meta().getLabels() == null ? Map.of() : meta().getLabels();
  }

  Map<String, String> annotations() {
    return meta().getAnnotations() == null ? Map.of() : meta().getAnnotations();
  }

  /** {@code spec.target.name}, defaulting to the ExternalSecret's name. */
  String targetName() {
    String name = target.getName();
    return name == null || name.isEmpty() ? name() : name;
  }

  CreationPolicy creationPolicy() {
    return target.getCreationPolicy() == null
        ? Defaults.CREATION_POLICY
        : target.getCreationPolicy();
  }

  DeletionPolicy deletionPolicy() {
    return target.getDeletionPolicy() == null
        ? Defaults.DELETION_POLICY
        : target.getDeletionPolicy();
  }

  boolean immutable() {
    return Boolean.TRUE.equals(target.getImmutable());
  }

  ExternalSecretTemplate template() {
    return target.getTemplate();
  }

  List<ExternalSecretData> data() {
    return spec.getData() == null ? List.of() : spec.getData();
  }

  List<ExternalSecretDataFrom> dataFrom() {
    return spec.getDataFrom() == null ? List.of() : spec.getDataFrom();
  }

  /**
   * {@code spec.refreshInterval} parsed.
   *
   * @throws IllegalArgumentException with Go's wording when it does not parse
   */
  Duration refreshInterval() {
    String text = spec.getRefreshInterval();
    return GoDuration.parse(text == null || text.isEmpty() ? Defaults.REFRESH_INTERVAL : text);
  }

  ExternalSecretStatus status() {
    return es.getStatus();
  }

  /** What {@code status.syncedResourceVersion} must be for the ExternalSecret as it is now. */
  String currentResourceVersion() {
    long generation = meta().getGeneration() == null ? 0 : meta().getGeneration();
    return Hashes.syncedResourceVersion(generation, meta().getLabels(), meta().getAnnotations());
  }

  /**
   * The refresh phase seed: the stores and remote keys this ExternalSecret reads (not properties or
   * versions, which one read of the key serves), so ExternalSecrets reading the same keys refresh
   * together. One that only runs generators gets its own phase, from its UID.
   */
  long refreshPhaseSeed() {
    StringBuilder reads = new StringBuilder();
    for (FetchItem item : FetchPlanner.plan(this).items()) {
      String key =
          switch (item.request()) {
            case FetchRequest.GetSecret get -> get.ref().key();
            case FetchRequest.GetSecretMap map -> map.ref().key();
            case FetchRequest.FindSecrets find -> find.find().toString();
            case FetchRequest.Generate generate -> null;
          };
      if (key != null) {
        reads.append(item.store()).append('\u0000').append(key).append('\u0000');
      }
    }
    return RefreshPhase.seed(reads.isEmpty() ? "uid:" + uid() : reads.toString());
  }

  String fieldManager() {
    return Hashes.fieldManager(name());
  }
}
