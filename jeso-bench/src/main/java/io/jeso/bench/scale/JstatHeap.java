package io.jeso.bench.scale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The operator's Java heap, sampled every 250 ms by one long-running {@code jstat -gc <pid> 250}
 * (the JDK reads the JVM's shared performance counters; no attach, no pause in jeso). Used = both
 * survivor spaces + eden + old; it includes garbage not yet collected, so its peak is what the heap
 * had to hold, an upper bound of the live set. A single jstat avoids starting a JVM per sample (as
 * {@code jcmd GC.heap_info} would), which on a 2-core machine would itself disturb the figures.
 */
final class JstatHeap implements AutoCloseable {
  private final long pid;
  private final Thread reader;
  private volatile Process jstat;
  private volatile boolean closed;
  private volatile long peakUsedKib;
  private volatile long peakCommittedKib;
  private volatile long peakMetaspaceKib;
  private volatile long lastUsedKib;
  private volatile long youngGcs;
  private volatile long fullGcs;
  private volatile double gcSeconds;
  private volatile int samples;

  JstatHeap(long pid) {
    this.pid = pid;
    reader = Thread.ofPlatform().daemon().name("jstat-" + pid).start(this::run);
  }

  /**
   * jstat fails while the new JVM has not yet published its counters: start it again until it
   * reads, then until jeso exits.
   */
  private void run() {
    Path bin = Path.of(System.getProperty("java.home"), "bin", "jstat");
    while (!closed && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      try {
        jstat =
            new ProcessBuilder(List.of(bin.toString(), "-gc", Long.toString(pid), "250"))
                .redirectErrorStream(true)
                .start();
        read(jstat);
        jstat.waitFor();
        Thread.sleep(100);
      } catch (IOException e) {
        return;
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void read(Process jstat) {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
      String[] header = null;
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.trim().split("\\s+");
        if (line.contains("S0C")) {
          header = f;
        } else if (header != null && f.length == header.length) {
          sample(header, f);
        }
      }
    } catch (IOException | RuntimeException e) {
      // jeso exited; the peaks so far stand.
    }
  }

  private void sample(String[] header, String[] f) {
    double used = 0;
    double committed = 0;
    for (int i = 0; i < header.length; i++) {
      double v = f[i].equals("-") ? 0 : Double.parseDouble(f[i]);
      switch (header[i]) {
        case "S0U", "S1U", "EU", "OU" -> used += v;
        case "S0C", "S1C", "EC", "OC" -> committed += v;
        case "MU" -> peakMetaspaceKib = Math.max(peakMetaspaceKib, (long) v);
        case "YGC" -> youngGcs = (long) v;
        case "FGC" -> fullGcs = (long) v;
        case "GCT" -> gcSeconds = v;
        default -> {}
      }
    }
    lastUsedKib = (long) used;
    peakUsedKib = Math.max(peakUsedKib, (long) used);
    peakCommittedKib = Math.max(peakCommittedKib, (long) committed);
    samples++;
  }

  long peakUsedKib() {
    return peakUsedKib;
  }

  long peakCommittedKib() {
    return peakCommittedKib;
  }

  long peakMetaspaceKib() {
    return peakMetaspaceKib;
  }

  long lastUsedKib() {
    return lastUsedKib;
  }

  long youngGcs() {
    return youngGcs;
  }

  long fullGcs() {
    return fullGcs;
  }

  double gcSeconds() {
    return gcSeconds;
  }

  int samples() {
    return samples;
  }

  @Override
  public void close() {
    closed = true;
    Process p = jstat;
    if (p != null) {
      p.destroy();
    }
    try {
      reader.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
