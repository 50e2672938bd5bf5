package io.jeso.bench.scale;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Watches one jeso process from the outside: resident memory every 250 ms (and the kernel's VmHWM
 * peak, which catches spikes between samples), CPU seconds on demand, and the Java heap through
 * {@link JstatHeap}.
 */
final class OperatorProbe implements AutoCloseable {
  private final long pid;
  private final JstatHeap heap;
  private final Thread sampler;
  private volatile boolean closed;
  private volatile long peakRssKib;
  private volatile long hwmKib;
  private volatile long lastRssKib;
  private volatile double lastCpu;

  OperatorProbe(long pid) {
    this.pid = pid;
    this.heap = new JstatHeap(pid);
    this.sampler = Thread.ofPlatform().daemon().name("probe-" + pid).start(this::sample);
  }

  private void sample() {
    while (!closed) {
      long[] mem = ProcStats.memoryKib(pid);
      if (mem == null) {
        return;
      }
      lastRssKib = mem[0];
      peakRssKib = Math.max(peakRssKib, mem[0]);
      hwmKib = Math.max(hwmKib, mem[1]);
      double cpu = ProcStats.cpuSeconds(pid);
      if (!Double.isNaN(cpu)) {
        lastCpu = cpu;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** CPU seconds jeso used since it started (the last value seen if it has exited). */
  double cpuSeconds() {
    double cpu = ProcStats.cpuSeconds(pid);
    return Double.isNaN(cpu) ? lastCpu : cpu;
  }

  long lastRssKib() {
    return lastRssKib;
  }

  /** Peaks so far, as a JSON-friendly map (MiB). */
  Map<String, Object> peaks() {
    long[] mem = ProcStats.memoryKib(pid);
    if (mem != null) {
      hwmKib = Math.max(hwmKib, mem[1]);
      peakRssKib = Math.max(peakRssKib, mem[0]);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rssPeakSampledMiB", mib(peakRssKib));
    m.put("rssPeakKernelMiB", mib(hwmKib));
    m.put("rssNowMiB", mib(mem == null ? lastRssKib : mem[0]));
    m.put("heapUsedPeakMiB", mib(heap.peakUsedKib()));
    m.put("heapCommittedPeakMiB", mib(heap.peakCommittedKib()));
    m.put("heapUsedNowMiB", mib(heap.lastUsedKib()));
    m.put("metaspacePeakMiB", mib(heap.peakMetaspaceKib()));
    m.put("youngGcs", heap.youngGcs());
    m.put("fullGcs", heap.fullGcs());
    m.put("gcSeconds", Report.round(heap.gcSeconds(), 2));
    m.put("heapSamples", heap.samples());
    return m;
  }

  /**
   * The live heap and what fills it: {@code jcmd <pid> GC.class_histogram} (a full collection, then
   * a count of live objects by class), and the heap used right after it from jstat. Only at the end
   * of a phase, since it pauses jeso. Empty if jcmd failed.
   */
  Map<String, Object> liveHeap() {
    Map<String, Object> out = new LinkedHashMap<>();
    try {
      Process jcmd =
          new ProcessBuilder(
                  java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                  Long.toString(pid),
                  "GC.class_histogram")
              .redirectErrorStream(true)
              .start();
      String text =
          new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (!jcmd.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
        return out;
      }
      int before = heap.samples();
      // Two fresh jstat samples, so the one read was taken after the collection.
      for (int i = 0; i < 40 && heap.samples() < before + 2; i++) {
        Thread.sleep(100);
      }
      out.put("heapUsedAfterFullGcMiB", mib(heap.lastUsedKib()));
      out.put("histogramTop", Histogram.top(text, 15));
      out.put("histogramTotalMiB", Histogram.totalMiB(text));
    } catch (java.io.IOException e) {
      // no jcmd: nothing to report
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return out;
  }

  /** The larger of the sampled and the kernel's peak, in MiB. */
  double rssPeakMiB() {
    return mib(Math.max(peakRssKib, hwmKib));
  }

  double heapUsedPeakMiB() {
    return mib(heap.peakUsedKib());
  }

  @Override
  public void close() {
    peaks(); // a last look at VmHWM before the process goes
    closed = true;
    sampler.interrupt();
    heap.close();
  }

  private static double mib(long kib) {
    return Report.round(kib / 1024.0, 1);
  }
}
