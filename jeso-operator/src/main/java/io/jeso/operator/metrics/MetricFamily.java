package io.jeso.operator.metrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * One Prometheus metric: a name, a type and a value per label set, written in the text exposition
 * format.
 *
 * <p>jeso writes its own exposition instead of using Micrometer because users alert on ESO's exact
 * metric names, and Micrometer always appends {@code _total} to counters: ESO's {@code
 * externalsecret_sync_calls_error} would change. Label values are object names and reasons only,
 * never secret values.
 */
public final class MetricFamily {
  public enum Type {
    COUNTER,
    GAUGE
  }

  private final String name;
  private final String help;
  private final Type type;
  private final List<String> labelNames;
  private final Map<List<String>, DoubleAdder> values =
      new ConcurrentSkipListMap<>(MetricFamily::compare);
  private final Map<List<String>, Double> gauges = new ConcurrentHashMap<>();

  MetricFamily(String name, String help, Type type, List<String> labelNames) {
    this.name = name;
    this.help = help;
    this.type = type;
    this.labelNames = List.copyOf(labelNames);
  }

  public String name() {
    return name;
  }

  /** Adds one to a counter. */
  public void inc(String... labelValues) {
    add(1, labelValues);
  }

  public void add(double amount, String... labelValues) {
    requireType(Type.COUNTER);
    values.computeIfAbsent(key(labelValues), k -> new DoubleAdder()).add(amount);
  }

  public void set(double value, String... labelValues) {
    requireType(Type.GAUGE);
    List<String> key = key(labelValues);
    gauges.put(key, value);
    values.computeIfAbsent(key, k -> new DoubleAdder());
  }

  /** Removes the series of a deleted object, so that /metrics does not grow with churn. */
  public void remove(String... labelValues) {
    List<String> key = key(labelValues);
    values.remove(key);
    gauges.remove(key);
  }

  /**
   * Removes every series whose labels start with the given values (e.g. all conditions of one
   * object).
   */
  public void removeMatching(String... prefix) {
    values.keySet().removeIf(k -> startsWith(k, prefix));
    gauges.keySet().removeIf(k -> startsWith(k, prefix));
  }

  public double value(String... labelValues) {
    List<String> key = key(labelValues);
    if (type == Type.GAUGE) {
      return gauges.getOrDefault(key, 0.0);
    }
    DoubleAdder adder = values.get(key);
    return adder == null ? 0 : adder.sum();
  }

  void writeTo(StringBuilder out) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type.name().toLowerCase()).append('\n');
    values.forEach(
        (labels, adder) -> {
          out.append(name);
          if (!labels.isEmpty()) {
            out.append('{');
            for (int i = 0; i < labels.size(); i++) {
              if (i > 0) {
                out.append(',');
              }
              out.append(labelNames.get(i)).append("=\"").append(escape(labels.get(i))).append('"');
            }
            out.append('}');
          }
          double v = type == Type.GAUGE ? gauges.getOrDefault(labels, 0.0) : adder.sum();
          out.append(' ').append(format(v)).append('\n');
        });
  }

  private List<String> key(String... labelValues) {
    if (labelValues.length != labelNames.size()) {
      throw new IllegalArgumentException(name + " takes labels " + labelNames);
    }
    return List.of(labelValues);
  }

  private void requireType(Type wanted) {
    if (type != wanted) {
      throw new IllegalStateException(name + " is a " + type);
    }
  }

  private static boolean startsWith(List<String> key, String... prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if (!key.get(i).equals(prefix[i])) {
        return false;
      }
    }
    return true;
  }

  private static int compare(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  private static String format(double v) {
    return v == Math.rint(v) && !Double.isInfinite(v)
        ? Long.toString((long) v)
        : Double.toString(v);
  }
}
