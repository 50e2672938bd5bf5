package io.jeso.bench.scale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The table on the terminal and the JSON file of each leg. */
final class Report {
  private Report() {}

  static double round(double v, int decimals) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return v;
    }
    double f = Math.pow(10, decimals);
    return Math.round(v * f) / f;
  }

  /** A value at a dotted path of nested maps ("coldStart.window.syncs"), or null. */
  static Object at(Map<String, Object> root, String path) {
    Object current = root;
    for (String part : path.split("\\.")) {
      Map<String, Object> map = Workload.map(current);
      if (map == null) {
        return null;
      }
      current = map.get(part);
    }
    return current;
  }

  static double number(Map<String, Object> root, String path) {
    return at(root, path) instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  static Path write(Path dir, String name, Map<String, Object> result) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(name);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), result);
    return file;
  }

  /** The summary table: one column per leg, then the target. */
  static void table(PrintStream out, List<Map<String, Object>> legs) {
    List<String[]> rows = new ArrayList<>();
    rows.add(row(legs, "", l -> (String) l.get("leg"), "target"));
    rows.add(row(legs, "floor: N Secrets by a plain client (s)", l -> s(l, "floor.seconds"), ""));
    rows.add(
        row(legs, "cold start: jeso start to all Ready (s)", l -> s(l, "coldStart.seconds"), ""));
    rows.add(row(legs, "  ratio to floor", l -> verdict(l, "cold start"), "<= 1.3"));
    rows.add(row(legs, "  jeso /readyz after (s)", l -> s(l, "coldStart.jesoReadyzSeconds"), ""));
    rows.add(
        row(
            legs,
            "  first sync p50 / p99 (ms from start)",
            l ->
                s(l, "coldStart.firstSyncLatencyFromJesoStart.p50Ms")
                    + " / "
                    + s(l, "coldStart.firstSyncLatencyFromJesoStart.p99Ms"),
            ""));
    rows.add(row(legs, "  RSS peak, whole leg (MiB)", l -> verdict(l, "RSS"), "<= 300"));
    rows.add(
        row(legs, "  heap used peak (MiB)", l -> s(l, "coldStart.memory.heapUsedPeakMiB"), ""));
    rows.add(row(legs, "  jeso CPU (s)", l -> s(l, "coldStart.jesoCpuSeconds"), ""));
    rows.add(
        row(
            legs,
            "  API requests (all verbs)",
            l -> s(l, "coldStart.window.apiserverRequests"),
            ""));
    rows.add(row(legs, "  Secret writes / status writes", l -> pair(l, "coldStart.window"), ""));
    rows.add(row(legs, "  provider calls", l -> calls(l, "coldStart.window.providerCalls"), ""));
    rows.add(row(legs, "steady wave: syncs (min)", l -> s(l, "steady.minSyncs"), ""));
    rows.add(row(legs, "  Secret writes (max per wave)", l -> verdict(l, "Secret writes"), "0"));
    rows.add(row(legs, "  status writes (max per wave)", l -> s(l, "steady.maxStatusWrites"), ""));
    rows.add(
        row(legs, "  provider calls (max per wave)", l -> verdict(l, "provider calls"), "<= M"));
    rows.add(
        row(legs, "    of which secret reads", l -> verdict(l, "provider secret reads"), "<= M"));
    rows.add(row(legs, "  jeso CPU per wave (s)", l -> waveCpu(l), ""));
    rows.add(
        row(
            legs,
            "  live heap after full GC (MiB)",
            l -> s(l, "steady.liveHeapAfterFullGcMiB"),
            ""));
    rows.add(
        row(
            legs,
            "new ES under load p50 (ms)",
            l -> s(l, "latency.newExternalSecretUnderLoad.p50Ms"),
            ""));
    rows.add(row(legs, "  p99 (ms), trials under load", l -> verdict(l, "latency"), "<= 1000"));
    rows.add(
        row(
            legs,
            "  restart wave: refreshes/s",
            l -> s(l, "latency.cycles.0.refreshesPerSecond"),
            ""));
    rows.add(
        row(
            legs,
            "  restart wave drained after (s)",
            l -> s(l, "latency.cycles.0.waveDrainedAfterStartSeconds"),
            ""));
    rows.add(row(legs, "change propagation: all N (s)", l -> s(l, "propagation.seconds"), ""));
    rows.add(
        row(
            legs,
            "  per Secret p50 / p99 (ms)",
            l ->
                s(l, "propagation.perSecretFromFirstAnnotation.p50Ms")
                    + " / "
                    + s(l, "propagation.perSecretFromFirstAnnotation.p99Ms"),
            ""));
    rows.add(row(legs, "  provider calls", l -> calls(l, "propagation.window.providerCalls"), ""));
    print(out, rows);
  }

  private interface Cell {
    String of(Map<String, Object> leg);
  }

  private static String[] row(
      List<Map<String, Object>> legs, String label, Cell cell, String target) {
    String[] r = new String[legs.size() + 2];
    r[0] = label;
    for (int i = 0; i < legs.size(); i++) {
      String v;
      try {
        v = cell.of(legs.get(i));
      } catch (RuntimeException e) {
        v = "-";
      }
      r[i + 1] = v == null ? "-" : v;
    }
    r[r.length - 1] = target;
    return r;
  }

  private static String s(Map<String, Object> leg, String path) {
    Object v = path.contains(".cycles.0.") ? first(leg, path) : at(leg, path);
    if (v == null) {
      return "-";
    }
    return plain(v);
  }

  /** 12.0 as "12", 1.25 as "1.25". */
  static String plain(Object v) {
    if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return Long.toString(n.longValue());
    }
    return String.valueOf(v);
  }

  private static Object first(Map<String, Object> leg, String path) {
    int i = path.indexOf(".cycles.0.");
    Object cycles = at(leg, path.substring(0, i) + ".cycles");
    if (!(cycles instanceof List<?> list) || list.isEmpty()) {
      return null;
    }
    return at(Workload.map(list.get(0)), path.substring(i + ".cycles.0.".length()));
  }

  private static String calls(Map<String, Object> leg, String path) {
    return Boolean.TRUE.equals(leg.get("providerCallsMeasured")) ? s(leg, path) : "n/a";
  }

  private static String pair(Map<String, Object> leg, String window) {
    return s(leg, window + ".secretWrites") + " / " + s(leg, window + ".statusWrites");
  }

  private static String waveCpu(Map<String, Object> leg) {
    Object waves = at(leg, "steady.waves");
    if (!(waves instanceof List<?> list)) {
      return "-";
    }
    List<String> parts = new ArrayList<>();
    for (Object w : list) {
      parts.add(s(Workload.map(w), "cpuSeconds.jeso"));
    }
    return String.join(", ", parts);
  }

  /** "actual (met)" or "actual (MISSED)" from the leg's target list. */
  private static String verdict(Map<String, Object> leg, String targetPrefix) {
    Object targets = leg.get("targets");
    if (!(targets instanceof List<?> list)) {
      return "-";
    }
    for (Object o : list) {
      Map<String, Object> t = Workload.map(o);
      if (t != null && ((String) t.get("target")).startsWith(targetPrefix)) {
        Object met = t.get("met");
        if (met == null) {
          return "n/a";
        }
        return plain(t.get("actual")) + (Boolean.TRUE.equals(met) ? " (met)" : " (MISSED)");
      }
    }
    return "-";
  }

  private static void print(PrintStream out, List<String[]> rows) {
    int[] width = new int[rows.get(0).length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        line.append(String.format("%-" + (width[i] + 2) + "s", r[i]));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  /** Keeps insertion order for JSON. */
  static Map<String, Object> map() {
    return new LinkedHashMap<>();
  }
}
