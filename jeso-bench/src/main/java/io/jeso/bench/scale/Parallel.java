package io.jeso.bench.scale;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs {@code count} blocking API calls on {@code concurrency} threads, the way a plain client with
 * a fixed number of workers would. Overload answers (429, 5xx, connection errors) are retried a few
 * times; "already exists" counts as done, so that a re-run after an interruption is harmless.
 */
final class Parallel {
  /** One call, by index. */
  @FunctionalInterface
  interface Call {
    void run(int index) throws Exception;
  }

  private Parallel() {}

  /** Returns how many calls failed for good. */
  static int run(int count, int concurrency, Call call) throws InterruptedException {
    AtomicInteger failures = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, concurrency));
    try {
      for (int w = 0; w < concurrency; w++) {
        pool.execute(
            () -> {
              for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                if (!attempt(call, i)) {
                  failures.incrementAndGet();
                }
              }
            });
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.HOURS);
    }
    return failures.get();
  }

  private static boolean attempt(Call call, int index) {
    for (int attempt = 1; ; attempt++) {
      try {
        call.run(index);
        return true;
      } catch (KubernetesClientException e) {
        if (e.getCode() == 409
            && e.getStatus() != null
            && "AlreadyExists".equals(e.getStatus().getReason())) {
          return true;
        }
        if (!retryable(e.getCode()) || attempt >= 5) {
          System.err.println("bench: call " + index + " failed: HTTP " + e.getCode());
          return false;
        }
      } catch (Exception e) {
        if (attempt >= 5) {
          System.err.println("bench: call " + index + " failed: " + e.getClass().getSimpleName());
          return false;
        }
      }
      try {
        Thread.sleep(200L * attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  private static boolean retryable(int code) {
    return code == 0 || code == 429 || code >= 500;
  }
}
