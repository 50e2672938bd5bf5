package io.jeso.bench.scale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A reader for the Prometheus text exposition format, enough for the API server's and jeso's {@code
 * /metrics}: one sample per line, {@code name{label="value",...} number}. Only the families the
 * caller asks for are kept, because jeso's per-ExternalSecret families are large at scale.
 */
final class Prom {
  /** One sample: its family name, labels and value. */
  record Sample(String name, Map<String, String> labels, double value) {
    String label(String key) {
      return labels.getOrDefault(key, "");
    }
  }

  private Prom() {}

  static List<Sample> parse(String text, Predicate<String> wanted) {
    List<Sample> samples = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (end > start && text.charAt(start) != '#') {
        Sample s = line(text.substring(start, end), wanted);
        if (s != null) {
          samples.add(s);
        }
      }
      start = end + 1;
    }
    return samples;
  }

  /** The sum of every sample of {@code name} whose labels satisfy {@code filter}. */
  static double sum(List<Sample> samples, String name, Predicate<Sample> filter) {
    double total = 0;
    for (Sample s : samples) {
      if (s.name().equals(name) && filter.test(s)) {
        total += s.value();
      }
    }
    return total;
  }

  private static Sample line(String line, Predicate<String> wanted) {
    int brace = line.indexOf('{');
    int firstSpace = line.indexOf(' ');
    boolean hasLabels = brace >= 0 && (firstSpace < 0 || brace < firstSpace);
    int nameEnd = hasLabels ? brace : firstSpace;
    if (nameEnd < 0) {
      return null;
    }
    String name = line.substring(0, nameEnd);
    if (!wanted.test(name)) {
      return null;
    }
    int close = hasLabels ? line.lastIndexOf('}') : nameEnd;
    Map<String, String> labels = hasLabels ? labels(line.substring(brace + 1, close)) : Map.of();
    // The value, then an optional timestamp.
    String[] rest = line.substring(close + 1).trim().split(" ");
    return new Sample(name, labels, number(rest[0]));
  }

  private static double number(String text) {
    return switch (text) {
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> {
        try {
          yield Double.parseDouble(text);
        } catch (NumberFormatException e) {
          yield Double.NaN;
        }
      }
    };
  }

  static Map<String, String> labels(String body) {
    Map<String, String> labels = new LinkedHashMap<>();
    int i = 0;
    while (i < body.length()) {
      int eq = body.indexOf('=', i);
      if (eq < 0) {
        break;
      }
      String key = body.substring(i, eq).trim();
      StringBuilder value = new StringBuilder();
      int j = eq + 2; // past ="
      while (j < body.length() && body.charAt(j) != '"') {
        char c = body.charAt(j);
        if (c == '\\' && j + 1 < body.length()) {
          char next = body.charAt(++j);
          value.append(next == 'n' ? '\n' : next);
        } else {
          value.append(c);
        }
        j++;
      }
      labels.put(key, value.toString());
      i = j + 1;
      if (i < body.length() && body.charAt(i) == ',') {
        i++;
      }
    }
    return labels;
  }
}
