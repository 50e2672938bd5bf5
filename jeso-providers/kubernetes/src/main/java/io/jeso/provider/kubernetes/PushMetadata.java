package io.jeso.provider.kubernetes;

import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.store.StoreRef;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code metadata} block of a PushSecret entry for this provider, in ESO's shape: {@code
 * {apiVersion: kubernetes.external-secrets.io/v1alpha1, kind: PushSecretMetadata, spec: {labels,
 * annotations, targetMergePolicy, remoteNamespace}}}. {@code sourceMergePolicy} is not supported:
 * jeso hands providers the pushed value, not the source Secret's metadata.
 *
 * @param namespace where to write
 * @param labels labels to set on the remote Secret
 * @param annotations annotations to set on the remote Secret
 * @param policy {@code targetMergePolicy}: Merge (default) adds to the target's labels and
 *     annotations, Replace drops the target's other ones, Ignore leaves them untouched
 */
record PushMetadata(
    String namespace,
    Map<String, String> labels,
    Map<String, String> annotations,
    MergePolicy policy) {

  enum MergePolicy {
    MERGE,
    REPLACE,
    IGNORE
  }

  static PushMetadata parse(Map<String, Object> metadata, StoreRef store, String remoteNamespace)
      throws InvalidStoreException {
    Object spec = metadata == null ? null : metadata.get("spec");
    if (!(spec instanceof Map<?, ?> fields)) {
      return new PushMetadata(remoteNamespace, Map.of(), Map.of(), MergePolicy.MERGE);
    }
    String namespace = remoteNamespace;
    Object override = fields.get("remoteNamespace");
    if (override instanceof String ns && !ns.isEmpty()) {
      if (!store.kind().clusterScoped()) {
        throw new InvalidStoreException(
            "remoteNamespace override is only supported with ClusterSecretStore");
      }
      namespace = ns;
    }
    return new PushMetadata(
        namespace,
        strings(fields.get("labels"), "labels"),
        strings(fields.get("annotations"), "annotations"),
        policy(fields.get("targetMergePolicy")));
  }

  /** The remote Secret's new labels or annotations, from its current ones and {@code wanted}. */
  Map<String, String> merge(Map<String, String> current, Map<String, String> wanted) {
    return switch (policy) {
      case IGNORE -> current;
      case REPLACE -> wanted;
      case MERGE -> {
        Map<String, String> merged = new LinkedHashMap<>(current);
        merged.putAll(wanted);
        yield merged;
      }
    };
  }

  private static MergePolicy policy(Object value) throws InvalidStoreException {
    if (value == null || "".equals(value) || "Merge".equals(value)) {
      return MergePolicy.MERGE;
    }
    if ("Replace".equals(value)) {
      return MergePolicy.REPLACE;
    }
    if ("Ignore".equals(value)) {
      return MergePolicy.IGNORE;
    }
    throw new InvalidStoreException(
        "metadata.spec.targetMergePolicy must be Merge, Replace or Ignore, not " + value);
  }

  private static Map<String, String> strings(Object value, String field)
      throws InvalidStoreException {
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw new InvalidStoreException("metadata.spec." + field + " must be a map of strings");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!(e.getKey() instanceof String k) || !(e.getValue() instanceof String v)) {
        throw new InvalidStoreException("metadata.spec." + field + " must be a map of strings");
      }
      out.put(k, v);
    }
    return out;
  }
}
