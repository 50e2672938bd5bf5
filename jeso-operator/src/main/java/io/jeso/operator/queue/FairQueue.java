package io.jeso.operator.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a handler for queued keys on virtual threads: urgent work first (see {@link Lane}), each key
 * by one worker at a time, periodic work delayed with jitter, failures retried forever with capped,
 * jittered exponential backoff.
 */
public final class FairQueue<K> implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FairQueue.class);

  /** Handles one key. An exception counts as {@link Result#retry()}. */
  @FunctionalInterface
  public interface Handler<K> {
    Result handle(K key) throws Exception;
  }

  private final String name;
  private final WorkQueue<K> queue;
  private final Handler<K> handler;
  private final Backoff backoff;
  private final Map<K, Integer> failures = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timer;
  private final List<Thread> workers = new ArrayList<>();

  public FairQueue(String name, int concurrency, Backoff backoff, Handler<K> handler) {
    this(name, concurrency, concurrency, backoff, handler);
  }

  /**
   * @param refreshConcurrency how many of the {@code concurrency} workers may run refreshes at once
   */
  public FairQueue(
      String name, int concurrency, int refreshConcurrency, Backoff backoff, Handler<K> handler) {
    this.name = name;
    this.queue = new WorkQueue<>(8, refreshConcurrency);
    this.handler = handler;
    this.backoff = backoff;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name(name + "-timer").unstarted(r));
    for (int i = 0; i < concurrency; i++) {
      workers.add(Thread.ofVirtual().name(name + "-worker-" + i).start(this::work));
    }
  }

  public void add(K key, Lane lane) {
    queue.add(key, lane);
  }

  public void addAfter(K key, Lane lane, Duration delay) {
    queue.addAfter(key, lane, delay, timer);
  }

  /** The object is gone: drop its waiting and delayed work and its failure count. */
  public void forget(K key) {
    queue.forget(key);
    failures.remove(key);
  }

  public int depth(Lane lane) {
    return queue.depth(lane);
  }

  public int delayedCount() {
    return queue.delayedCount();
  }

  @Override
  public void close() {
    queue.shutDown();
    timer.shutdownNow();
    workers.forEach(Thread::interrupt);
  }

  private void work() {
    try {
      while (true) {
        var next = queue.take();
        if (next.isEmpty()) {
          return;
        }
        K key = next.get();
        try {
          after(key, runHandler(key));
        } finally {
          queue.done(key);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Result runHandler(K key) {
    try {
      return handler.handle(key);
    } catch (Exception | LinkageError e) {
      // Handlers report expected failures themselves; what arrives here is a bug, and it is retried
      // like a failure.
      // Only the type and where it happened: an exception message can quote data it was handed.
      StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
      LOG.error(
          "{}: unexpected {} while handling {} (at {})", name, e.getClass().getName(), key, at);
      return Result.retry();
    }
  }

  private void after(K key, Result result) {
    switch (result.kind()) {
      case DONE -> failures.remove(key);
      case REFRESH_AFTER -> {
        failures.remove(key);
        queue.addAfter(key, Lane.REFRESH, result.after(), timer);
      }
      case RETRY -> {
        int count = failures.merge(key, 1, Integer::sum);
        queue.addAfter(key, Lane.URGENT, backoff.delay(count, ThreadLocalRandom.current()), timer);
      }
    }
  }
}
