package io.jeso.bench.scale;

import java.util.Map;
import java.util.TreeMap;

/**
 * Named counters (e.g. API server requests by "VERB resource"), with the difference of two scrapes.
 * Counters only grow, so a difference is what happened between the scrapes.
 */
record Counts(Map<String, Double> values) {
  static Counts empty() {
    return new Counts(Map.of());
  }

  double get(String key) {
    return values.getOrDefault(key, 0.0);
  }

  /** The sum over keys that start with {@code prefix}. */
  double sumPrefix(String prefix) {
    return values.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .mapToDouble(Map.Entry::getValue)
        .sum();
  }

  double total() {
    return values.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /** What happened from {@code before} to this scrape; keys that did not change are dropped. */
  Counts minus(Counts before) {
    Map<String, Double> diff = new TreeMap<>();
    values.forEach(
        (k, v) -> {
          double d = v - before.get(k);
          if (d != 0) {
            diff.put(k, d);
          }
        });
    return new Counts(diff);
  }

  /** As a JSON-friendly map of whole numbers. */
  Map<String, Long> asLongs() {
    Map<String, Long> out = new TreeMap<>();
    values.forEach((k, v) -> out.put(k, Math.round(v)));
    return out;
  }
}
