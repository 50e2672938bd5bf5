package io.jeso.bench.scale;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Removes what the benchmark created: its namespaces (label {@code jeso-bench=scale}) and
 * everything in them. Runs after the benchmark's jeso has stopped, so the ExternalSecrets'
 * finalizers are removed here (nobody else would), then the namespaces are deleted and awaited, so
 * that the next leg does not measure the API server still busy with this deletion.
 */
final class Cleanup {
  private Cleanup() {}

  /** Deletes the benchmark's namespaces whose name starts with {@code prefix}. */
  static void namespaces(KubernetesClient client, String prefix, int concurrency, Duration timeout)
      throws InterruptedException {
    List<String> names = new ArrayList<>();
    for (Namespace ns :
        client.namespaces().withLabel(Workload.LABEL, Workload.LABEL_VALUE).list().getItems()) {
      if (ns.getMetadata().getName().startsWith(prefix)) {
        names.add(ns.getMetadata().getName());
      }
    }
    if (names.isEmpty()) {
      return;
    }
    List<GenericKubernetesResource> withFinalizers = new ArrayList<>();
    for (String ns : names) {
      for (GenericKubernetesResource es :
          client
              .genericKubernetesResources(Workload.EXTERNAL_SECRETS)
              .inNamespace(ns)
              .list()
              .getItems()) {
        if (es.getMetadata().getFinalizers() != null
            && !es.getMetadata().getFinalizers().isEmpty()) {
          withFinalizers.add(es);
        }
      }
    }
    Map<String, Object> noFinalizers = Map.of("metadata", Map.of("finalizers", List.of()));
    Parallel.run(
        withFinalizers.size(),
        concurrency,
        i -> {
          GenericKubernetesResource es = withFinalizers.get(i);
          MergePatch.externalSecret(
              client, es.getMetadata().getNamespace(), es.getMetadata().getName(), noFinalizers);
        });
    for (String ns : names) {
      client.namespaces().withName(ns).delete();
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      long left = names.stream().filter(n -> client.namespaces().withName(n).get() != null).count();
      if (left == 0) {
        return;
      }
      Thread.sleep(500);
    }
    System.err.println("bench: namespaces " + prefix + "* are still terminating after " + timeout);
  }
}
