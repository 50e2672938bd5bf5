package io.jeso.bench.scale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue point 3: the remote data does not change; every ExternalSecret refreshes once per interval.
 * Each window of one interval is a wave (about N refreshes, fewer by the late jitter of up to 10%).
 * Per wave: Secret writes (should be none), status writes, provider calls, CPU. The first window
 * starts when the cold start ended, so it holds the first refresh of the earliest-synced ones.
 */
final class SteadyRefresh {
  /** Calls that read one secret's value, by provider. */
  private static final java.util.Set<String> SECRET_READS =
      java.util.Set.of("ReadSecretData", "GetSecretValue", "GetParameter", "GetParameters");

  private SteadyRefresh() {}

  static Map<String, Object> run(Leg leg) throws Exception {
    long interval = leg.options.interval().toNanos();
    List<Map<String, Object>> waves = new ArrayList<>();
    Mark previous = leg.mark();
    long start = previous.nanos();
    for (int w = 1; w <= leg.options.waves(); w++) {
      long until = start + w * interval;
      long wait = until - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      Mark now = leg.mark();
      Map<String, Object> wave = Mark.window(previous, now);
      long syncs = Mark.longOf(wave, "syncs");
      // Provider calls scaled to one refresh of every ExternalSecret, for the per-wave target.
      wave.put(
          "providerCallsPerNRefreshes",
          syncs == 0
              ? 0
              : Report.round(
                  Mark.longOf(wave, "providerCalls") * (double) leg.options.n() / syncs, 1));
      wave.put("providerSecretReads", secretReads(wave));
      wave.put("jesoRssMiB", Report.round(leg.probe().lastRssKib() / 1024.0, 1));
      waves.add(wave);
      System.out.printf(
          "bench: %s steady wave %d: %d syncs, %d Secret writes, %d status writes, %d provider calls%n",
          leg.name,
          w,
          syncs,
          Mark.longOf(wave, "secretWrites"),
          Mark.longOf(wave, "statusWrites"),
          Mark.longOf(wave, "providerCalls"));
      previous = now;
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("waves", waves);
    result.put("maxSecretWrites", max(waves, "secretWrites"));
    result.put("maxSecretsChangedSeen", max(waves, "secretsChangedSeen"));
    result.put("maxStatusWrites", max(waves, "statusWrites"));
    result.put("maxProviderCalls", max(waves, "providerCalls"));
    result.put("maxProviderSecretReads", max(waves, "providerSecretReads"));
    result.put("minSyncs", min(waves, "syncs"));
    result.put("memory", leg.probe().peaks());
    // After the waves, so that the pause it causes is outside every measured window.
    Map<String, Object> live = leg.probe().liveHeap();
    double mib = Report.number(live, "histogramTotalMiB");
    result.put("liveHeapAfterFullGcMiB", mib);
    result.put("liveHeapPerExternalSecretKiB", Report.round(mib * 1024 / leg.options.n(), 1));
    result.put("liveHeap", live);
    return result;
  }

  /**
   * The calls that read a secret's value, from {@code providerCallsByCall} ("provider call status"
   * keys): what sharing reads acts on. The other calls are per store, not per key (validation,
   * client set-up: OpenBao's LookupSelf and ReadMountInfo, logins).
   */
  static long secretReads(Map<String, Object> wave) {
    long reads = 0;
    if (wave.get("providerCallsByCall") instanceof Map<?, ?> calls) {
      for (var e : calls.entrySet()) {
        String[] words = String.valueOf(e.getKey()).split(" ");
        if (words.length >= 2 && SECRET_READS.contains(words[1])) {
          reads += ((Number) e.getValue()).longValue();
        }
      }
    }
    return reads;
  }

  static long max(List<Map<String, Object>> waves, String key) {
    return waves.stream().mapToLong(w -> Mark.longOf(w, key)).max().orElse(0);
  }

  static long min(List<Map<String, Object>> waves, String key) {
    return waves.stream().mapToLong(w -> Mark.longOf(w, key)).min().orElse(0);
  }
}
