package io.jeso.operator.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class FairQueueTest {

  @Test
  void retriesAFailingKeyUntilItSucceeds() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    CountDownLatch succeeded = new CountDownLatch(1);
    Backoff fast = new Backoff(Duration.ofMillis(1), Duration.ofMillis(5));
    try (var queue =
        new FairQueue<String>(
            "test",
            2,
            fast,
            key -> {
              if (attempts.incrementAndGet() < 5) {
                throw new IllegalStateException("provider down");
              }
              succeeded.countDown();
              return Result.done();
            })) {
      queue.add("a", Lane.URGENT);
      assertThat(succeeded.await(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(attempts).hasValue(5);
  }

  @Test
  void neverRunsTheSameKeyConcurrently() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    List<Integer> seen = new CopyOnWriteArrayList<>();
    CountDownLatch passes = new CountDownLatch(20);
    try (var queue =
        new FairQueue<String>(
            "test",
            8,
            Backoff.DEFAULT,
            key -> {
              seen.add(inFlight.incrementAndGet());
              Thread.sleep(2);
              inFlight.decrementAndGet();
              passes.countDown();
              return Result.done();
            })) {
      for (int i = 0; i < 200 && passes.getCount() > 0; i++) {
        queue.add("same", i % 2 == 0 ? Lane.URGENT : Lane.REFRESH);
        Thread.sleep(1);
      }
      passes.await(10, TimeUnit.SECONDS);
    }
    assertThat(seen).allMatch(n -> n == 1);
  }

  @Test
  void backoffGrowsToTheCapWithJitterAndNeverGivesUp() {
    Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));
    RandomGenerator random = RandomGenerator.of("L64X128MixRandom");

    assertThat(backoff.ceilingMillis(1)).isEqualTo(1_000);
    assertThat(backoff.ceilingMillis(4)).isEqualTo(8_000);
    assertThat(backoff.ceilingMillis(1_000)).isEqualTo(300_000);
    for (int failures = 1; failures < 100; failures++) {
      long ceiling = backoff.ceilingMillis(failures);
      assertThat(backoff.delay(failures, random).toMillis()).isBetween(ceiling / 2, ceiling);
    }
  }
}
