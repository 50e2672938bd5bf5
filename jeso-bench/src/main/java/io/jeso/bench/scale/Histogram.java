package io.jeso.bench.scale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the output of {@code jcmd <pid> GC.class_histogram}: lines {@code num: instances bytes
 * class}, then a {@code Total} line.
 */
final class Histogram {
  private Histogram() {}

  /** The {@code limit} classes holding the most bytes. */
  static List<Map<String, Object>> top(String text, int limit) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f.length >= 4 && f[0].endsWith(":") && out.size() < limit) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("class", f[3]);
        row.put("instances", Long.parseLong(f[1]));
        row.put("MiB", Report.round(Long.parseLong(f[2]) / 1048576.0, 1));
        out.add(row);
      }
    }
    return out;
  }

  /** The total bytes of live objects, in MiB; NaN if the text has no Total line. */
  static double totalMiB(String text) {
    for (String line : text.split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f.length >= 3 && f[0].equals("Total")) {
        return Report.round(Long.parseLong(f[2]) / 1048576.0, 1);
      }
    }
    return Double.NaN;
  }
}
