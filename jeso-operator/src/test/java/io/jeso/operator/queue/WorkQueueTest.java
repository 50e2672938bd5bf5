package io.jeso.operator.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkQueueTest {
  private final WorkQueue<String> queue = new WorkQueue<>(4);
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stop() {
    queue.shutDown();
    timer.shutdownNow();
  }

  @Test
  void servesUrgentWorkBeforeRefreshesQueuedEarlier() throws Exception {
    for (int i = 0; i < 3; i++) {
      queue.add("refresh-" + i, Lane.REFRESH);
    }
    queue.add("new", Lane.URGENT);

    assertThat(take()).isEqualTo("new");
  }

  @Test
  void givesTheRefreshLaneOnePickInRefreshShareWhileBothHoldWork() throws Exception {
    for (int i = 0; i < 8; i++) {
      queue.add("u" + i, Lane.URGENT);
      queue.add("r" + i, Lane.REFRESH);
    }
    List<String> order = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String key = take();
      order.add(key);
      queue.done(key);
    }
    assertThat(order).containsExactly("u0", "u1", "u2", "r0", "u3", "u4", "u5", "r1");
  }

  @Test
  void runsAtMostRefreshLimitRefreshesAtOnceAndKeepsTheOtherWorkersForUrgentWork()
      throws Exception {
    WorkQueue<String> limited = new WorkQueue<>(4, 2);
    for (int i = 0; i < 5; i++) {
      limited.add("r" + i, Lane.REFRESH);
    }
    String first = limited.take().orElseThrow();
    String second = limited.take().orElseThrow();
    assertThat(List.of(first, second)).containsExactly("r0", "r1");

    var third = Executors.newVirtualThreadPerTaskExecutor().submit(() -> limited.take());
    Thread.sleep(100);
    assertThat(third).isNotDone(); // two refreshes run: the third waits although work is queued
    limited.add("new", Lane.URGENT);
    assertThat(third.get(5, java.util.concurrent.TimeUnit.SECONDS)).contains("new");

    var fourth = Executors.newVirtualThreadPerTaskExecutor().submit(() -> limited.take());
    Thread.sleep(100);
    assertThat(fourth).isNotDone();
    limited.done(first); // a refresh finished: the next one may start
    assertThat(fourth.get(5, java.util.concurrent.TimeUnit.SECONDS)).contains("r2");
    limited.shutDown();
  }

  @Test
  void keepsAKeyOnceAndPromotesItToUrgent() throws Exception {
    queue.add("a", Lane.REFRESH);
    queue.add("b", Lane.REFRESH);
    queue.add("b", Lane.REFRESH);
    queue.add("b", Lane.URGENT);

    assertThat(queue.depth(Lane.URGENT)).isEqualTo(1);
    assertThat(queue.depth(Lane.REFRESH)).isEqualTo(1);
    assertThat(take()).isEqualTo("b");
  }

  @Test
  void neverHandsOutARunningKeyAndRequeuesWorkThatArrivedMeanwhile() throws Exception {
    queue.add("a", Lane.REFRESH);
    String key = take();
    queue.add("a", Lane.URGENT); // an event while a worker holds "a"

    assertThat(queue.depth(Lane.URGENT) + queue.depth(Lane.REFRESH)).isZero();
    queue.done(key);
    assertThat(queue.depth(Lane.URGENT)).isEqualTo(1);
  }

  @Test
  void forgetDropsWaitingDelayedAndPendingWork() throws Exception {
    queue.add("a", Lane.URGENT);
    queue.addAfter("b", Lane.REFRESH, Duration.ofHours(1), timer);
    queue.add("c", Lane.REFRESH);
    String running = take(); // "a"
    queue.add("a", Lane.URGENT);

    queue.forget("a");
    queue.forget("b");
    queue.done(running);

    assertThat(queue.delayedCount()).isZero();
    assertThat(take()).isEqualTo("c");
  }

  @Test
  void aDelayedAddFiresOnceAndALaterOneReplacesIt() throws Exception {
    queue.addAfter("a", Lane.REFRESH, Duration.ofHours(1), timer);
    queue.addAfter("a", Lane.REFRESH, Duration.ofMillis(10), timer);

    assertThat(take()).isEqualTo("a");
    assertThat(queue.delayedCount()).isZero();
  }

  @Test
  void takeReturnsEmptyAfterShutDown() throws Exception {
    queue.shutDown();
    assertThat(queue.take()).isEmpty();
  }

  private String take() throws InterruptedException {
    return queue.take().orElseThrow();
  }
}
