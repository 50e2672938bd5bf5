package io.jeso.operator.queue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The ordering part of the fair work queue: two FIFO lanes, each key at most once, never handed to
 * two workers at once. Thread-safe; {@link #take()} blocks. {@link FairQueue} adds workers, delays
 * and backoff on top.
 *
 * <p>Rules: a key already waiting is not added twice, but moves to the urgent lane when urgent work
 * arrives for it. A key being worked on is remembered as dirty and queued again when its worker
 * finishes, so that no change is lost and the same object is never processed concurrently. One pick
 * in {@code refreshShare} goes to the refresh lane while both lanes hold work, so that a stream of
 * urgent work cannot starve refreshes forever.
 *
 * <p>At most {@code refreshLimit} refreshes run at once. A full refresh wave (after a restart, or
 * when many ExternalSecrets share a refresh phase) would otherwise occupy every worker and fill the
 * API server's queue with status writes, and a new ExternalSecret, although picked first, would
 * wait behind them there. Workers beyond the limit stay free for urgent work.
 */
public final class WorkQueue<K> {
  private final ArrayDeque<K> urgent = new ArrayDeque<>();
  private final ArrayDeque<K> refresh = new ArrayDeque<>();
  private final Map<K, Lane> waiting = new HashMap<>();
  private final Map<K, Lane> running =
      new HashMap<>(); // value: the lane of work that arrived while running, or null
  private final Map<K, ScheduledFuture<?>> delayed = new HashMap<>();
  private final Set<K> runningRefreshes = new HashSet<>();
  private final int refreshShare;
  private final int refreshLimit;
  private int picks;
  private boolean shutDown;

  public WorkQueue(int refreshShare) {
    this(refreshShare, Integer.MAX_VALUE);
  }

  public WorkQueue(int refreshShare, int refreshLimit) {
    if (refreshShare < 2) {
      throw new IllegalArgumentException("refreshShare must be at least 2");
    }
    if (refreshLimit < 1) {
      throw new IllegalArgumentException("refreshLimit must be at least 1");
    }
    this.refreshShare = refreshShare;
    this.refreshLimit = refreshLimit;
  }

  /**
   * Queues work for {@code key} now; cancels a delayed add for it, since this one supersedes it.
   */
  public synchronized void add(K key, Lane lane) {
    cancelDelayed(key);
    addNow(key, lane);
  }

  /**
   * Queues work for {@code key} after {@code delay}. A later call replaces an earlier delayed add
   * of the same key, so each key has at most one timer; if the key is waiting when the timer fires,
   * nothing is added twice.
   */
  public synchronized void addAfter(
      K key, Lane lane, Duration delay, ScheduledExecutorService timer) {
    if (shutDown) {
      return;
    }
    if (delay.isNegative() || delay.isZero()) {
      add(key, lane);
      return;
    }
    cancelDelayed(key);
    // The timer may fire before schedule() returns; it reads its own future only inside the lock,
    // which this
    // method holds until the future is recorded.
    ScheduledFuture<?>[] self = new ScheduledFuture<?>[1];
    self[0] =
        timer.schedule(() -> fireDelayed(key, lane, self), delay.toMillis(), TimeUnit.MILLISECONDS);
    delayed.put(key, self[0]);
  }

  /**
   * Forgets a key: no waiting, no delayed work (a deleted object). A running worker finishes its
   * current pass.
   */
  public synchronized void forget(K key) {
    cancelDelayed(key);
    if (waiting.remove(key) != null) {
      urgent.remove(key);
      refresh.remove(key);
    }
    if (running.containsKey(key)) {
      running.put(key, null);
    }
  }

  /** Blocks until a key is available and marks it running; empty once the queue is shut down. */
  public synchronized Optional<K> take() throws InterruptedException {
    while (!shutDown && urgent.isEmpty() && !refreshAllowed()) {
      wait();
    }
    if (shutDown) {
      return Optional.empty();
    }
    ArrayDeque<K> lane = pickLane();
    K key = lane.poll();
    waiting.remove(key);
    running.put(key, null);
    if (lane == refresh) {
      runningRefreshes.add(key);
    }
    return Optional.of(key);
  }

  /** Marks {@code key} finished; work that arrived meanwhile is queued again now. */
  public synchronized void done(K key) {
    if (runningRefreshes.remove(key) && !refresh.isEmpty()) {
      // One refresh may start now: one worker is enough (waking all idle workers on every finished
      // refresh costs more CPU than the refreshes themselves during a wave).
      notify();
    }
    Lane arrived = running.remove(key);
    if (arrived != null) {
      addNow(key, arrived);
    }
  }

  public synchronized void shutDown() {
    shutDown = true;
    delayed.values().forEach(f -> f.cancel(false));
    delayed.clear();
    notifyAll();
  }

  public synchronized int depth(Lane lane) {
    return lane == Lane.URGENT ? urgent.size() : refresh.size();
  }

  public synchronized int delayedCount() {
    return delayed.size();
  }

  private synchronized void fireDelayed(K key, Lane lane, ScheduledFuture<?>[] self) {
    if (delayed.get(key) == self[0]) {
      delayed.remove(key);
      addNow(key, lane);
    }
  }

  private void addNow(K key, Lane lane) {
    if (shutDown) {
      return;
    }
    if (running.containsKey(key)) {
      Lane arrived = running.get(key);
      running.put(key, arrived == null ? lane : more(arrived, lane));
      return;
    }
    Lane current = waiting.get(key);
    if (current == null) {
      waiting.put(key, lane);
      laneOf(lane).add(key);
      notify();
    } else if (current == Lane.REFRESH && lane == Lane.URGENT) {
      refresh.remove(key);
      urgent.add(key);
      waiting.put(key, Lane.URGENT);
    }
  }

  private boolean refreshAllowed() {
    return !refresh.isEmpty() && runningRefreshes.size() < refreshLimit;
  }

  private ArrayDeque<K> pickLane() {
    if (urgent.isEmpty()) {
      return refresh;
    }
    if (!refreshAllowed()) {
      return urgent;
    }
    return ++picks % refreshShare == 0 ? refresh : urgent;
  }

  private void cancelDelayed(K key) {
    ScheduledFuture<?> timer = delayed.remove(key);
    if (timer != null) {
      timer.cancel(false);
    }
  }

  private ArrayDeque<K> laneOf(Lane lane) {
    return lane == Lane.URGENT ? urgent : refresh;
  }

  private static Lane more(Lane a, Lane b) {
    return a == Lane.URGENT || b == Lane.URGENT ? Lane.URGENT : Lane.REFRESH;
  }
}
