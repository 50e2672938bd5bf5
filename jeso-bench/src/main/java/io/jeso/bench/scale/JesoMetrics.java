package io.jeso.bench.scale;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * jeso's own {@code /metrics}: provider calls ({@code externalsecret_provider_api_calls_count} by
 * provider/call/status), syncs ({@code externalsecret_sync_calls_total} and {@code _error}, summed
 * over ExternalSecrets) and the work queue gauges. Every scrape makes jeso render its
 * per-ExternalSecret families too (thousands of lines at scale), so the benchmark scrapes at phase
 * boundaries, not continuously.
 */
final class JesoMetrics {
  /** One scrape, reduced to what the benchmark reads. */
  record Scrape(Counts counters, Map<String, Double> gauges, int bytes) {
    double providerCalls() {
      return counters.sumPrefix("provider ");
    }

    double syncs() {
      return counters.get("syncs");
    }

    double gauge(String name) {
      return gauges.getOrDefault(name, 0.0);
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI uri;

  JesoMetrics(String metricsAddr) {
    this.uri = URI.create("http://" + metricsAddr + "/metrics");
  }

  Scrape scrape() throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("jeso /metrics answered HTTP " + response.statusCode());
    }
    String text = response.body();
    List<Prom.Sample> samples =
        Prom.parse(
            text,
            n ->
                n.equals("externalsecret_provider_api_calls_count")
                    || n.equals("externalsecret_sync_calls_total")
                    || n.equals("externalsecret_sync_calls_error")
                    || n.startsWith("jeso_"));
    Map<String, Double> counters = new TreeMap<>();
    Map<String, Double> gauges = new TreeMap<>();
    for (Prom.Sample s : samples) {
      switch (s.name()) {
        case "externalsecret_provider_api_calls_count" ->
            counters.merge(
                "provider " + s.label("provider") + " " + s.label("call") + " " + s.label("status"),
                s.value(),
                Double::sum);
        case "externalsecret_sync_calls_total" -> counters.merge("syncs", s.value(), Double::sum);
        case "externalsecret_sync_calls_error" ->
            counters.merge("sync errors", s.value(), Double::sum);
        default -> gauges.merge(s.name(), s.value(), Double::sum);
      }
    }
    return new Scrape(new Counts(counters), gauges, text.length());
  }
}
