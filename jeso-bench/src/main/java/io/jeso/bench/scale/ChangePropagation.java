package io.jeso.bench.scale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue point 5: all M remote values change, then every affected ExternalSecret (all N) is
 * force-synced with ESO's annotation, written by the benchmark with its usual concurrency. Timed
 * from the first annotation to every target Secret holding its new value (seen by the Secret
 * watch). A force-sync reads anew by design (no shared read), so provider calls are about N here.
 */
final class ChangePropagation {
  private ChangePropagation() {}

  static Map<String, Object> run(Leg leg) throws Exception {
    leg.remote.change(leg.workload, 1);
    List<String> keys = leg.workload.esKeys();
    leg.secrets.expect(leg.workload.expectedSecrets(leg.remote, 1));
    Mark before = leg.mark();
    long t0 = System.nanoTime();
    int failures = leg.workload.forceSyncAll(Long.toString(System.currentTimeMillis()));
    long annotated = System.nanoTime();
    int matched = leg.secrets.awaitMatched(keys, leg.timeout());
    long end = System.nanoTime();
    Mark after = leg.mark();
    List<Double> latencies = new ArrayList<>();
    for (String key : keys) {
      Long at = leg.secrets.matchedAt(key);
      if (at != null) {
        latencies.add(Math.max(0, at - t0) / 1e6);
      }
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("updated", matched);
    result.put("of", keys.size());
    result.put("annotationFailures", failures);
    result.put("seconds", Report.round((end - t0) / 1e9, 2));
    result.put("annotatingSeconds", Report.round((annotated - t0) / 1e9, 2));
    result.put("perSecretFromFirstAnnotation", Stats.summaryMillis(latencies));
    result.put("window", Mark.window(before, after));
    result.put("memory", leg.probe().peaks());
    return result;
  }
}
