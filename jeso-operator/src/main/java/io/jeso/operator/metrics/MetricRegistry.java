package io.jeso.operator.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.DoubleSupplier;

/**
 * The metric families jeso exports on /metrics, plus sampled gauges (queue depth, heap) read at
 * scrape time.
 */
public final class MetricRegistry {
  private final Map<String, MetricFamily> families = new ConcurrentSkipListMap<>();
  private final Map<String, Sampled> sampled = new ConcurrentSkipListMap<>();

  private record Sampled(String help, DoubleSupplier value) {}

  public MetricFamily counter(String name, String help, String... labelNames) {
    return register(new MetricFamily(name, help, MetricFamily.Type.COUNTER, List.of(labelNames)));
  }

  public MetricFamily gauge(String name, String help, String... labelNames) {
    return register(new MetricFamily(name, help, MetricFamily.Type.GAUGE, List.of(labelNames)));
  }

  /** A label-less gauge whose value is read when /metrics is scraped. */
  public void sample(String name, String help, DoubleSupplier value) {
    sampled.put(name, new Sampled(help, value));
  }

  public String scrape() {
    StringBuilder out = new StringBuilder(4096);
    families.values().forEach(f -> f.writeTo(out));
    sampled.forEach(
        (name, s) -> {
          out.append("# HELP ").append(name).append(' ').append(s.help()).append('\n');
          out.append("# TYPE ").append(name).append(" gauge\n");
          out.append(name).append(' ').append(s.value().getAsDouble()).append('\n');
        });
    return out.toString();
  }

  private MetricFamily register(MetricFamily family) {
    MetricFamily existing = families.putIfAbsent(family.name(), family);
    if (existing != null) {
      throw new IllegalStateException("metric " + family.name() + " registered twice");
    }
    return family;
  }
}
