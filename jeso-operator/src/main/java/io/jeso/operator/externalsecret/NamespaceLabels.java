package io.jeso.operator.externalsecret;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Namespace labels for ClusterSecretStore conditions, read on demand and kept briefly. jeso does
 * not watch all Namespaces for this (ESO's cluster-wide caches are a known memory cost); a label
 * change takes effect within {@code ttl}.
 */
final class NamespaceLabels {
  private record Entry(Map<String, String> labels, Instant readAt) {}

  private final KubernetesClient client;
  private final Clock clock;
  private final Duration ttl;
  private final Map<String, Entry> cache = new ConcurrentHashMap<>();

  NamespaceLabels(KubernetesClient client, Clock clock, Duration ttl) {
    this.client = client;
    this.clock = clock;
    this.ttl = ttl;
  }

  Map<String, String> of(String namespace) {
    Instant now = clock.instant();
    Entry entry = cache.get(namespace);
    if (entry == null || entry.readAt().plus(ttl).isBefore(now)) {
      Namespace ns = client.namespaces().withName(namespace).get();
      Map<String, String> labels =
          ns == null || ns.getMetadata().getLabels() == null
              ? Map.of()
              : Map.copyOf(ns.getMetadata().getLabels());
      entry = new Entry(labels, now);
      cache.put(namespace, entry);
    }
    return entry.labels();
  }
}
