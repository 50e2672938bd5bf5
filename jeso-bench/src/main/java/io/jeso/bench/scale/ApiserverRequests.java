package io.jeso.bench.scale;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * kube-apiserver's own request counter, {@code apiserver_request_total}, read from its {@code
 * /metrics} with the admin client certificate and summed by verb and resource ("PATCH
 * externalsecrets/status", "APPLY secrets", ...). It counts every client of the API server, so a
 * figure is only jeso's when nothing else uses the control plane meanwhile (the benchmark's own
 * requests are kept out of the measured windows, except its watches).
 */
final class ApiserverRequests {
  /** Verbs that change a Secret. Server-side apply is counted as APPLY. */
  static final Set<String> WRITE_VERBS = Set.of("POST", "PUT", "PATCH", "APPLY", "DELETE");

  private final KubernetesClient client;

  ApiserverRequests(KubernetesClient client) {
    this.client = client;
  }

  Counts scrape() {
    String text = client.raw("/metrics");
    if (text == null) {
      throw new IllegalStateException("the API server's /metrics answered nothing (not admin?)");
    }
    Map<String, Double> byVerb = new TreeMap<>();
    for (Prom.Sample s : Prom.parse(text, "apiserver_request_total"::equals)) {
      String resource = s.label("resource");
      if (resource.isEmpty()) {
        continue; // /healthz, /metrics and other non-resource paths
      }
      String sub = s.label("subresource");
      String key = s.label("verb") + " " + resource + (sub.isEmpty() ? "" : "/" + sub);
      byVerb.merge(key, s.value(), Double::sum);
    }
    return new Counts(byVerb);
  }

  /** Secret writes in a difference of two scrapes. */
  static long secretWrites(Counts diff) {
    return Math.round(WRITE_VERBS.stream().mapToDouble(v -> diff.get(v + " secrets")).sum());
  }

  /** ExternalSecret status writes in a difference of two scrapes. */
  static long statusWrites(Counts diff) {
    return Math.round(
        diff.get("PATCH externalsecrets/status")
            + diff.get("PUT externalsecrets/status")
            + diff.get("APPLY externalsecrets/status"));
  }
}
