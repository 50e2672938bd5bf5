package io.jeso.bench.scale;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * Issue point 4: a new ExternalSecret's time to Ready while a full refresh wave of N is queued.
 *
 * <p>The wave is made by timing, not by touching the ExternalSecrets (an annotation or spec change
 * would make them urgent work, which is not what a refresh is): jeso is stopped for one refresh
 * interval, so every ExternalSecret is due when it starts again, and all N land in the refresh lane
 * at once (also the "reconcile storm after a restart" of ESO #4231, whose cost is reported as the
 * cycle's window). Trials are created one every 250 ms without waiting for each other, and each is
 * timed from just before its create request to the moment the watch sees it Ready. A trial counts
 * as under load when the last queue reading before it showed refresh work waiting. Cycles repeat
 * until enough trials were under load (at most {@value #MAX_CYCLES}).
 */
final class LatencyUnderLoad {
  private static final int MAX_CYCLES = 3;
  private static final long SPACING_NANOS = 250_000_000L;

  private record Trial(String key, long sent, QueuePoller.Sample queued) {}

  private LatencyUnderLoad() {}

  static Map<String, Object> run(Leg leg) throws Exception {
    List<Double> underLoad = new ArrayList<>();
    List<Double> all = new ArrayList<>();
    List<Map<String, Object>> cycles = new ArrayList<>();
    for (int c = 1; c <= MAX_CYCLES && underLoad.size() < leg.options.trials(); c++) {
      cycles.add(cycle(leg, c, leg.options.trials() - underLoad.size(), underLoad, all));
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("newExternalSecretUnderLoad", Stats.summaryMillis(underLoad));
    result.put("newExternalSecretAllTrials", Stats.summaryMillis(all));
    result.put("cycles", cycles);
    return result;
  }

  private static Map<String, Object> cycle(
      Leg leg, int c, int wanted, List<Double> underLoad, List<Double> all) throws Exception {
    leg.stopJeso();
    // Every refreshTime + interval must be in the past when jeso comes back.
    Thread.sleep(leg.options.interval().plusSeconds(2).toMillis());
    Mark before = leg.mark();
    long t0 = System.nanoTime();
    JesoProcess jeso = leg.startJeso();
    jeso.awaitReady(leg.timeout());
    List<Trial> trials = new ArrayList<>();
    long queuedAt;
    long drainedAt;
    double maxDepth;
    try (QueuePoller poller = new QueuePoller(leg.metrics());
        ExecutorService creators = Executors.newVirtualThreadPerTaskExecutor()) {
      queuedAt = await(poller, s -> s.refreshDepth() > 0 || s.syncs() > 0, Duration.ofMinutes(2));
      long first = System.nanoTime();
      for (int t = 0; t < wanted; t++) {
        int key = t % leg.options.m();
        String name = "trial-" + c + "-" + t;
        String ns = leg.workload.namespace(leg.workload.namespaceOfKey(key));
        long sent = System.nanoTime();
        trials.add(new Trial(ns + "/" + name, sent, poller.latest()));
        creators.submit(
            () -> {
              leg.workload.createTrial(name, key, leg.remote);
              return null;
            });
        long next = first + (t + 1) * SPACING_NANOS - System.nanoTime();
        if (next > 0) {
          Thread.sleep(next / 1_000_000, (int) (next % 1_000_000));
        }
      }
      leg.externalSecrets.awaitReady(trials.stream().map(Trial::key).toList(), leg.timeout());
      long afterTrials = System.nanoTime();
      drainedAt =
          await(
              poller,
              s -> s.nanos() > afterTrials && s.refreshDepth() == 0 && s.urgentDepth() == 0,
              leg.timeout());
      maxDepth = poller.maxRefreshDepth();
    }
    Mark after = leg.mark();
    List<Map<String, Object>> perTrial = new ArrayList<>();
    for (Trial trial : trials) {
      ExternalSecretWatch.Ready ready = leg.externalSecrets.ready(trial.key());
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("name", trial.key());
      t.put("refreshDepthAtCreate", trial.queued() == null ? null : trial.queued().refreshDepth());
      if (ready != null) {
        double ms = (ready.nanos() - trial.sent()) / 1e6;
        t.put("ms", Math.round(ms));
        all.add(ms);
        if (trial.queued() != null && trial.queued().refreshDepth() > 0) {
          underLoad.add(ms);
        }
      }
      perTrial.add(t);
    }
    Map<String, Object> cycle = new LinkedHashMap<>();
    cycle.put("cycle", c);
    cycle.put("waveQueuedAfterStartSeconds", Report.round((queuedAt - t0) / 1e9, 2));
    cycle.put("waveDrainedAfterStartSeconds", Report.round((drainedAt - t0) / 1e9, 2));
    cycle.put("maxRefreshDepthSeen", Math.round(maxDepth));
    cycle.put("trials", perTrial);
    cycle.put("restartWaveWindow", Mark.window(before, after));
    cycle.put("memory", leg.probe().peaks());
    System.out.printf(
        "bench: %s latency cycle %d: %d trials, refresh depth up to %d, wave drained %.1f s after start%n",
        leg.name, c, trials.size(), Math.round(maxDepth), (drainedAt - t0) / 1e9);
    return cycle;
  }

  private static long await(
      QueuePoller poller, Predicate<QueuePoller.Sample> done, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      QueuePoller.Sample s = poller.latest();
      if (s != null && done.test(s)) {
        return s.nanos();
      }
      Thread.sleep(20);
    }
    return System.nanoTime();
  }
}
