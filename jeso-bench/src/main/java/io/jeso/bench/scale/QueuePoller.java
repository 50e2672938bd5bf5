package io.jeso.bench.scale;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads jeso's queue gauges ({@code jeso_queue_refresh_depth}, {@code jeso_queue_urgent_depth})
 * every 2 s while a latency cycle runs, as a cross-check of the refresh work queued (each read
 * makes jeso render its whole /metrics, thousands of lines at scale, so it is kept rare).
 */
final class QueuePoller implements AutoCloseable {
  /** One reading. */
  record Sample(long nanos, double refreshDepth, double urgentDepth, double syncs) {}

  private final JesoMetrics metrics;
  private final List<Sample> samples = new ArrayList<>();
  private final Thread thread;
  private volatile boolean closed;

  QueuePoller(JesoMetrics metrics) {
    this.metrics = metrics;
    this.thread = Thread.ofPlatform().daemon().name("queue-poller").start(this::poll);
  }

  private void poll() {
    while (!closed) {
      try {
        JesoMetrics.Scrape s = metrics.scrape();
        synchronized (samples) {
          samples.add(
              new Sample(
                  System.nanoTime(),
                  s.gauge("jeso_queue_refresh_depth"),
                  s.gauge("jeso_queue_urgent_depth"),
                  s.syncs()));
        }
        Thread.sleep(2000);
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        // jeso not listening yet, or stopping: try again.
        try {
          Thread.sleep(200);
        } catch (InterruptedException ie) {
          return;
        }
      }
    }
  }

  /** The latest reading, or null before the first. */
  Sample latest() {
    synchronized (samples) {
      return samples.isEmpty() ? null : samples.get(samples.size() - 1);
    }
  }

  double maxRefreshDepth() {
    synchronized (samples) {
      return samples.stream().mapToDouble(Sample::refreshDepth).max().orElse(0);
    }
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
  }
}
