package io.jeso.bench.scale;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Sees the benchmark's ExternalSecrets as they change (an informer: list, then watch) and records
 * when each one is first seen Ready=True, in this process's clock. That is more precise than the
 * status itself, whose refreshTime and lastTransitionTime have a resolution of one second; both are
 * kept for comparison. It also counts status changes, i.e. status writes that reached the API
 * server.
 */
final class ExternalSecretWatch implements AutoCloseable {
  /** The first moment an ExternalSecret was seen Ready. */
  record Ready(long nanos, Instant seen, String refreshTime, String created, String transition) {}

  private final SharedIndexInformer<GenericKubernetesResource> informer;
  private final Map<String, Ready> ready = new ConcurrentHashMap<>();
  private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
  private final Map<String, Long> finalizerSeen = new ConcurrentHashMap<>();
  private final Map<String, Long> lastUpdate = new ConcurrentHashMap<>();
  private final AtomicLong updates = new AtomicLong();

  ExternalSecretWatch(KubernetesClient client) {
    informer =
        client
            .genericKubernetesResources(Workload.EXTERNAL_SECRETS)
            .inAnyNamespace()
            .withLabel(Workload.LABEL, Workload.LABEL_VALUE)
            .inform(
                new ResourceEventHandler<>() {
                  @Override
                  public void onAdd(GenericKubernetesResource es) {
                    seen(es);
                  }

                  @Override
                  public void onUpdate(
                      GenericKubernetesResource old, GenericKubernetesResource es) {
                    updates.incrementAndGet();
                    lastUpdate.put(Workload.key(es), System.nanoTime());
                    seen(es);
                  }

                  @Override
                  public void onDelete(GenericKubernetesResource es, boolean unknown) {}
                });
  }

  private void seen(GenericKubernetesResource es) {
    long now = System.nanoTime();
    String key = Workload.key(es);
    firstSeen.putIfAbsent(key, now);
    List<String> finalizers = es.getMetadata().getFinalizers();
    if (finalizers != null && !finalizers.isEmpty()) {
      finalizerSeen.putIfAbsent(key, now);
    }
    Map<String, Object> status = Workload.map(es.getAdditionalProperties().get("status"));
    if (status == null) {
      return;
    }
    for (Object c : Workload.list(status.get("conditions"))) {
      Map<String, Object> condition = Workload.map(c);
      if (condition != null
          && "Ready".equals(condition.get("type"))
          && "True".equals(condition.get("status"))) {
        ready.putIfAbsent(
            key,
            new Ready(
                now,
                Instant.now(),
                (String) status.get("refreshTime"),
                es.getMetadata().getCreationTimestamp(),
                (String) condition.get("lastTransitionTime")));
        return;
      }
    }
  }

  /** When the watch first saw the object (its creation, as delivered to a watcher). */
  Long firstSeen(String key) {
    return firstSeen.get(key);
  }

  /** When the watch first saw it with a finalizer (added by jeso before its first sync). */
  Long finalizerSeen(String key) {
    return finalizerSeen.get(key);
  }

  /**
   * How many of {@code keys} changed (a status write: every refresh stamps refreshTime) since
   * {@code nanos}. During a refresh wave, the others are the refresh work still to do.
   */
  int updatedSince(List<String> keys, long nanos) {
    int n = 0;
    for (String k : keys) {
      Long at = lastUpdate.get(k);
      if (at != null && at > nanos) {
        n++;
      }
    }
    return n;
  }

  Ready ready(String key) {
    return ready.get(key);
  }

  long updates() {
    return updates.get();
  }

  long readyCount(Predicate<String> keys) {
    return ready.keySet().stream().filter(keys).count();
  }

  /** Waits until every key in {@code keys} was seen Ready; returns how many were. */
  int awaitReady(List<String> keys, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int seen = 0;
    while (true) {
      seen = 0;
      for (String k : keys) {
        if (ready.containsKey(k)) {
          seen++;
        }
      }
      if (seen == keys.size() || System.nanoTime() > deadline) {
        return seen;
      }
      Thread.sleep(20);
    }
  }

  @Override
  public void close() {
    informer.close();
  }
}
