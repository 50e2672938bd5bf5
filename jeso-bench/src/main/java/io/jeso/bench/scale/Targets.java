package io.jeso.bench.scale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The targets, checked against one leg's figures. A target whose phase did not run is
 * reported with {@code met: null}. The figures are what the benchmark measured; nothing here
 * asserts or fails.
 */
final class Targets {
  private Targets() {}

  static List<Map<String, Object>> check(Map<String, Object> leg, BenchOptions options) {
    List<Map<String, Object>> out = new ArrayList<>();
    double floor = Report.number(leg, "floor.seconds");
    double cold = Report.number(leg, "coldStart.seconds");
    out.add(target("cold start <= 1.3 x floor", 1.3, Report.round(cold / floor, 2)));
    out.add(
        target(
            "latency: p99 new ExternalSecret under load <= 1000 ms",
            1000,
            Report.number(leg, "latency.newExternalSecretUnderLoad.p99Ms")));
    out.add(target("RSS <= 300 MiB (peak of every jeso process of the leg)", 300, rssPeak(leg)));
    out.add(
        target(
            "Secret writes in a steady wave = 0 (max over waves)",
            0,
            Report.number(leg, "steady.maxSecretWrites")));
    out.add(
        providerTarget(leg, options, "provider calls per steady wave", "steady.maxProviderCalls"));
    // The same, counting only the calls that read a secret (what the M distinct keys need),
    // without the per-store validation and client set-up calls.
    out.add(
        providerTarget(
            leg,
            options,
            "provider secret reads per steady wave",
            "steady.maxProviderSecretReads"));
    return out;
  }

  /** At most M per wave; not measured for the fake provider, which reports no calls. */
  private static Map<String, Object> providerTarget(
      Map<String, Object> leg, BenchOptions options, String name, String figure) {
    return target(
        name + " <= M (max over waves)",
        options.m(),
        Boolean.TRUE.equals(leg.get("providerCallsMeasured"))
            ? Report.number(leg, figure)
            : Double.NaN);
  }

  private static double rssPeak(Map<String, Object> leg) {
    double peak = Double.NaN;
    if (leg.get("jesoProcesses") instanceof List<?> processes) {
      for (Object p : processes) {
        Map<String, Object> m = Workload.map(p);
        for (String key : new String[] {"rssPeakKernelMiB", "rssPeakSampledMiB"}) {
          double v = Report.number(m, key);
          if (!Double.isNaN(v)) {
            peak = Double.isNaN(peak) ? v : Math.max(peak, v);
          }
        }
      }
    }
    return peak;
  }

  private static Map<String, Object> target(String name, double limit, double actual) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("target", name);
    t.put("limit", limit);
    boolean measured = !Double.isNaN(actual);
    t.put("actual", measured ? actual : null);
    t.put("met", measured ? actual <= limit : null);
    if (measured && actual > limit) {
      t.put("missedBy", limit == 0 ? actual : Report.round(actual / limit, 2) + "x");
    }
    return t;
  }
}
