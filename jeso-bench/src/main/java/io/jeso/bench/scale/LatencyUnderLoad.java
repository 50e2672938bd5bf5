package io.jeso.bench.scale;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * Issue point 4: a new ExternalSecret's time to Ready while a full refresh wave of N is queued.
 *
 * <p>The wave is made by timing, not by touching the ExternalSecrets (an annotation or spec change
 * would make them urgent work, which is not what a refresh is): jeso is stopped for one refresh
 * interval, so every ExternalSecret is due when it starts again, and all N land in the refresh lane
 * at once (also the "reconcile storm after a restart" of ESO #4231, whose cost is reported as the
 * cycle's window). Once jeso's refresh lane holds work, trials are created one every 250 ms without
 * waiting for each other, each timed from just before its create request to the moment the watch
 * sees it Ready. The wave's progress is read from the ExternalSecret watch (every refresh writes
 * refreshTime), which costs jeso nothing; a trial counts as under load when some of the N had not
 * been refreshed yet when it was created. Cycles repeat until enough trials were under load (at
 * most {@value #MAX_CYCLES}).
 */
final class LatencyUnderLoad {
  private static final int MAX_CYCLES = 3;
  private static final long SPACING_NANOS = 250_000_000L;

  private record Trial(String key, long sent, int waveLeft) {}

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
    List<String> wave = leg.workload.esKeys();
    Mark before = leg.mark();
    long t0 = System.nanoTime();
    JesoProcess jeso = leg.startJeso();
    jeso.awaitReady(leg.timeout());
    long readyz = System.nanoTime();
    List<Trial> trials = new ArrayList<>();
    long queuedAt;
    long drainedAt;
    double maxDepth;
    try (QueuePoller poller = new QueuePoller(leg.metrics());
        ExecutorService creators = Executors.newVirtualThreadPerTaskExecutor()) {
      queuedAt =
          await(
              () -> {
                QueuePoller.Sample s = poller.latest();
                return s != null && s.refreshDepth() > 0
                    || leg.externalSecrets.updatedSince(wave, t0) > 0;
              },
              Duration.ofMinutes(2));
      long first = System.nanoTime();
      for (int t = 0; t < wanted; t++) {
        int key = t % leg.options.m();
        String name = "trial-" + c + "-" + t;
        String ns = leg.workload.namespace(leg.workload.namespaceOfKey(key));
        long sent = System.nanoTime();
        int left = wave.size() - leg.externalSecrets.updatedSince(wave, t0);
        trials.add(new Trial(ns + "/" + name, sent, left));
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
      drainedAt =
          await(() -> leg.externalSecrets.updatedSince(wave, t0) == wave.size(), leg.timeout());
      maxDepth = poller.maxRefreshDepth();
    }
    Mark after = leg.mark();
    List<Map<String, Object>> perTrial = new ArrayList<>();
    for (Trial trial : trials) {
      perTrial.add(trialResult(leg, trial, underLoad, all));
    }
    Map<String, Object> cycle = new LinkedHashMap<>();
    cycle.put("cycle", c);
    cycle.put("jesoReadyzAfterStartSeconds", Report.round((readyz - t0) / 1e9, 2));
    cycle.put("waveQueuedAfterStartSeconds", Report.round((queuedAt - t0) / 1e9, 2));
    cycle.put("waveDrainedAfterStartSeconds", Report.round((drainedAt - t0) / 1e9, 2));
    cycle.put("maxRefreshDepthSeen", Math.round(maxDepth));
    // Refreshes per second while all N were due: N / this is the shortest interval jeso keeps up
    // with on this machine.
    cycle.put(
        "refreshesPerSecond",
        Report.round(wave.size() / Math.max(0.001, (drainedAt - queuedAt) / 1e9), 1));
    cycle.put("trials", perTrial);
    cycle.put("restartWaveWindow", Mark.window(before, after));
    cycle.put("memory", leg.probe().peaks());
    System.out.printf(
        "bench: %s latency cycle %d: %d trials, refresh depth up to %d, wave of %d drained %.1f s"
            + " after start%n",
        leg.name, c, trials.size(), Math.round(maxDepth), wave.size(), (drainedAt - t0) / 1e9);
    return cycle;
  }

  private static Map<String, Object> trialResult(
      Leg leg, Trial trial, List<Double> underLoad, List<Double> all) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("name", trial.key());
    t.put("waveLeftAtCreate", trial.waveLeft());
    // Where the time went: create request → watch sees it → finalizer added → Secret created →
    // Ready.
    t.put("seenMs", since(trial.sent(), leg.externalSecrets.firstSeen(trial.key())));
    t.put("finalizerMs", since(trial.sent(), leg.externalSecrets.finalizerSeen(trial.key())));
    t.put("secretMs", since(trial.sent(), leg.secrets.createdAt(trial.key())));
    ExternalSecretWatch.Ready ready = leg.externalSecrets.ready(trial.key());
    if (ready != null) {
      // The API server's view: status.refreshTime - metadata.creationTimestamp (1 s resolution).
      Double fromStatus = ColdStart.secondsBetween(ready.created(), ready.refreshTime());
      t.put("statusMs", fromStatus == null ? null : Math.round(fromStatus * 1000));
      double ms = (ready.nanos() - trial.sent()) / 1e6;
      t.put("ms", Math.round(ms));
      all.add(ms);
      if (trial.waveLeft() > 0) {
        underLoad.add(ms);
      }
    }
    return t;
  }

  private static Long since(long from, Long at) {
    return at == null ? null : Math.round((at - from) / 1e6);
  }

  private static long await(BooleanSupplier done, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (done.getAsBoolean()) {
        return System.nanoTime();
      }
      Thread.sleep(20);
    }
    return System.nanoTime();
  }
}
