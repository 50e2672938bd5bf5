package io.jeso.bench.scale;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sees the Secrets jeso manages in the benchmark's namespaces (label {@code
 * reconcile.external-secrets.io/managed=true}). Counts changes (Secret writes that reached the API
 * server, independent of anything else using the control plane) and records when each Secret first
 * holds an expected value (change propagation). Values are compared in their base64 form and never
 * printed.
 */
final class SecretWatch implements AutoCloseable {
  private final SharedIndexInformer<Secret> informer;
  private final AtomicLong added = new AtomicLong();
  private final AtomicLong updated = new AtomicLong();
  private volatile Map<String, String> expected = Map.of();
  private final Map<String, Long> matched = new ConcurrentHashMap<>();
  private final Map<String, Long> created = new ConcurrentHashMap<>();

  SecretWatch(KubernetesClient client, String namespacePrefix) {
    informer =
        client
            .secrets()
            .inAnyNamespace()
            .withLabel("reconcile.external-secrets.io/managed", "true")
            .inform(
                new ResourceEventHandler<>() {
                  @Override
                  public void onAdd(Secret s) {
                    if (ours(s)) {
                      added.incrementAndGet();
                      created.putIfAbsent(
                          s.getMetadata().getNamespace() + "/" + s.getMetadata().getName(),
                          System.nanoTime());
                      check(s);
                    }
                  }

                  @Override
                  public void onUpdate(Secret old, Secret s) {
                    if (ours(s)
                        && !old.getMetadata()
                            .getResourceVersion()
                            .equals(s.getMetadata().getResourceVersion())) {
                      updated.incrementAndGet();
                      check(s);
                    }
                  }

                  @Override
                  public void onDelete(Secret s, boolean unknown) {}

                  private boolean ours(Secret s) {
                    return s.getMetadata().getNamespace().startsWith(namespacePrefix);
                  }
                });
  }

  private void check(Secret s) {
    String key = s.getMetadata().getNamespace() + "/" + s.getMetadata().getName();
    String want = expected.get(key);
    if (want != null && s.getData() != null && want.equals(s.getData().get(Workload.DATA_KEY))) {
      matched.putIfAbsent(key, System.nanoTime());
    }
  }

  long added() {
    return added.get();
  }

  long updated() {
    return updated.get();
  }

  /**
   * From now on, records when each Secret (namespace/name) first holds its expected base64 value;
   * Secrets that already hold it count as matched now.
   */
  void expect(Map<String, String> base64Values) {
    matched.clear();
    expected = Map.copyOf(base64Values);
    informer.getStore().list().forEach(this::check);
  }

  /** When the watch first saw the Secret namespace/name. */
  Long createdAt(String key) {
    return created.get(key);
  }

  Long matchedAt(String key) {
    return matched.get(key);
  }

  int awaitMatched(List<String> keys, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      int seen = 0;
      for (String k : keys) {
        if (matched.containsKey(k)) {
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
