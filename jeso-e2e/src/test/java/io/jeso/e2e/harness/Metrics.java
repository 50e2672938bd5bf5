package io.jeso.e2e.harness;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads samples out of Prometheus text exposition, enough for counters with labels. */
public final class Metrics {
  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)(?:\\s+\\d+)?$");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  private Metrics() {}

  /**
   * The sum of every sample of {@code name} whose labels include {@code labels}; 0 when there is
   * none (a counter that was never incremented is not exposed yet).
   */
  public static double sum(String exposition, String name, Map<String, String> labels) {
    double total = 0;
    for (String line : exposition.split("\n")) {
      Matcher m = SAMPLE.matcher(line.strip());
      if (!m.matches() || !m.group(1).equals(name)) {
        continue;
      }
      if (labels(m.group(2)).entrySet().containsAll(labels.entrySet())) {
        total += Double.parseDouble(m.group(3));
      }
    }
    return total;
  }

  static Map<String, String> labels(String text) {
    Map<String, String> labels = new LinkedHashMap<>();
    if (text != null) {
      Matcher m = LABEL.matcher(text);
      while (m.find()) {
        labels.put(m.group(1), m.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
      }
    }
    return labels;
  }
}
