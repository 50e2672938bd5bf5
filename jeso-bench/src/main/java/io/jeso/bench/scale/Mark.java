package io.jeso.bench.scale;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the benchmark counts, read at one moment: the API server's requests, jeso's counters
 * (when it runs), CPU seconds per process, and what the benchmark's own watches saw. Two marks give
 * a window; see {@link #window(Mark, Mark)}.
 */
record Mark(
    long nanos,
    Counts apiserver,
    JesoMetrics.Scrape jeso,
    CpuAccount.Mark cpu,
    long secretsAdded,
    long secretsUpdated,
    long statusUpdates) {

  /**
   * What happened between two marks: API server requests by verb, Secret and status writes (as the
   * API server counted them and as the watches saw them), jeso's syncs and provider calls, CPU.
   */
  static Map<String, Object> window(Mark from, Mark to) {
    Counts api = to.apiserver().minus(from.apiserver());
    Map<String, Object> w = new LinkedHashMap<>();
    w.put("seconds", Report.round((to.nanos() - from.nanos()) / 1e9, 2));
    if (to.jeso() != null) {
      Counts jeso =
          to.jeso().counters().minus(from.jeso() == null ? Counts.empty() : from.jeso().counters());
      w.put("syncs", Math.round(jeso.get("syncs")));
      w.put("syncErrors", Math.round(jeso.get("sync errors")));
      w.put("providerCalls", Math.round(jeso.sumPrefix("provider ")));
      w.put(
          "queueAtEnd",
          Map.of(
              "urgent", to.jeso().gauge("jeso_queue_urgent_depth"),
              "refresh", to.jeso().gauge("jeso_queue_refresh_depth"),
              "scheduled", to.jeso().gauge("jeso_queue_scheduled")));
      w.put("jesoMetricsBytes", to.jeso().bytes());
      w.put(
          "providerCallsByCall",
          jeso.asLongs().entrySet().stream()
              .filter(e -> e.getKey().startsWith("provider "))
              .collect(
                  java.util.stream.Collectors.toMap(
                      e -> e.getKey().substring("provider ".length()),
                      Map.Entry::getValue,
                      (a, b) -> a,
                      java.util.TreeMap::new)));
    }
    w.put("secretWrites", ApiserverRequests.secretWrites(api));
    w.put("statusWrites", ApiserverRequests.statusWrites(api));
    w.put("secretsCreatedSeen", to.secretsAdded() - from.secretsAdded());
    w.put("secretsChangedSeen", to.secretsUpdated() - from.secretsUpdated());
    w.put("externalSecretUpdatesSeen", to.statusUpdates() - from.statusUpdates());
    w.put("apiserverRequests", Math.round(api.total()));
    w.put("apiserverRequestsByVerb", api.asLongs());
    w.put("cpuSeconds", CpuAccount.between(from.cpu(), to.cpu()));
    return w;
  }

  static long longOf(Map<String, Object> window, String key) {
    Object v = window.get(key);
    return v instanceof Number n ? n.longValue() : 0;
  }
}
