package io.jeso.bench.scale;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Percentiles by nearest rank (no interpolation: every figure is one that was measured). */
final class Stats {
  private Stats() {}

  /** The {@code p}-th percentile (0 < p ≤ 100) of {@code values}; NaN when empty. */
  static double percentile(List<Double> values, double p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  /** count, p50, p90, p99, max of values in milliseconds, rounded to whole milliseconds. */
  static Map<String, Object> summaryMillis(List<Double> millis) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("count", millis.size());
    m.put("p50Ms", Math.round(percentile(millis, 50)));
    m.put("p90Ms", Math.round(percentile(millis, 90)));
    m.put("p99Ms", Math.round(percentile(millis, 99)));
    m.put("maxMs", Math.round(percentile(millis, 100)));
    return m;
  }
}
