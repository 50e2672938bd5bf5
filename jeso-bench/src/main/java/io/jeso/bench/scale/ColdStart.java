package io.jeso.bench.scale;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue point 2: N never-synced ExternalSecrets exist, jeso starts. From the process start to every
 * ExternalSecret seen Ready: total time, each one's first-sync latency (measured from jeso's start,
 * since they all existed before it), memory, CPU, API server requests, provider calls.
 */
final class ColdStart {
  private ColdStart() {}

  static Map<String, Object> run(Leg leg) throws Exception {
    Mark before = leg.mark();
    long t0 = System.nanoTime();
    JesoProcess jeso = leg.startJeso();
    Instant started = jeso.started();
    jeso.awaitReady(leg.timeout());
    long readyz = System.nanoTime();
    List<String> keys = leg.workload.esKeys();
    int ready = leg.externalSecrets.awaitReady(keys, leg.timeout());
    long end = System.nanoTime();
    Mark after = leg.mark();

    List<Double> latencies = new ArrayList<>();
    List<Double> statusLatencies = new ArrayList<>();
    for (String key : keys) {
      ExternalSecretWatch.Ready r = leg.externalSecrets.ready(key);
      if (r == null) {
        continue;
      }
      latencies.add((r.nanos() - t0) / 1e6);
      Double fromStatus = secondsBetween(started, r.refreshTime());
      if (fromStatus != null) {
        statusLatencies.add(fromStatus * 1000);
      }
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("ready", ready);
    result.put("of", keys.size());
    result.put("seconds", Report.round((end - t0) / 1e9, 2));
    result.put("jesoReadyzSeconds", Report.round((readyz - t0) / 1e9, 2));
    result.put("firstSyncLatencyFromJesoStart", Stats.summaryMillis(latencies));
    // The same from status.refreshTime, whose resolution is one second (for comparison).
    result.put("firstSyncLatencyFromRefreshTime", Stats.summaryMillis(statusLatencies));
    result.put("window", Mark.window(before, after));
    result.put("memory", leg.probe().peaks());
    result.put("jesoCpuSeconds", Report.round(leg.probe().cpuSeconds(), 1));
    return result;
  }

  /** Seconds from {@code from} to an RFC 3339 time of the API, or null if it has none. */
  static Double secondsBetween(Instant from, String rfc3339) {
    if (rfc3339 == null) {
      return null;
    }
    try {
      return Duration.between(from, Instant.parse(rfc3339)).toMillis() / 1000.0;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Seconds between two RFC 3339 times of the API, or null. */
  static Double secondsBetween(String from, String to) {
    if (from == null) {
      return null;
    }
    try {
      return secondsBetween(Instant.parse(from), to);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
