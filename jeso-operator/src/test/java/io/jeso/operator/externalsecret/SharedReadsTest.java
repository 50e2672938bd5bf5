package io.jeso.operator.externalsecret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.RemoteRef;
import io.jeso.core.store.StoreRef;
import io.jeso.core.sync.FetchRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedReadsTest {
  private final MutableClock clock = new MutableClock();
  private final SharedReads reads = new SharedReads(clock, Duration.ofSeconds(30));
  private final AtomicInteger calls = new AtomicInteger();

  private static SharedReads.Key key(String remoteKey, String namespace) {
    return new SharedReads.Key(
        StoreRef.clusterSecretStore("aws"),
        "uid-1",
        1,
        namespace,
        new FetchRequest.GetSecret(RemoteRef.of(remoteKey)));
  }

  private SharedReads.Answer value() {
    calls.incrementAndGet();
    return new SharedReads.Answer.Value("v".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void sharesAReadWithinTheWindowAndReadsAgainAfterIt() throws Exception {
    for (int i = 0; i < 100; i++) {
      reads.get(key("db", "team-a"), false, this::value);
    }
    assertThat(calls).hasValue(1);

    clock.advance(Duration.ofSeconds(31));
    reads.get(key("db", "team-a"), false, this::value);
    assertThat(calls).hasValue(2);
  }

  @Test
  void neverSharesAcrossCredentialIdentitiesOrRequests() throws Exception {
    reads.get(key("db", "team-a"), false, this::value);
    reads.get(key("db", "team-b"), false, this::value);
    reads.get(key("cache", "team-a"), false, this::value);

    assertThat(calls).hasValue(3);
  }

  @Test
  void aFreshReadGoesToTheProviderAndIsSharedAfterwards() throws Exception {
    reads.get(key("db", "team-a"), false, this::value);
    reads.get(key("db", "team-a"), true, this::value);
    reads.get(key("db", "team-a"), false, this::value);

    assertThat(calls).hasValue(2);
  }

  @Test
  void concurrentAskersWaitForTheOneReadInFlight() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<Thread> askers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      askers.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    try {
                      reads.get(
                          key("db", "team-a"),
                          false,
                          () -> {
                            awaitQuietly(release);
                            return value();
                          });
                    } catch (Exception e) {
                      throw new IllegalStateException(e);
                    }
                  }));
    }
    Thread.sleep(100);
    release.countDown();
    for (Thread t : askers) {
      t.join();
    }
    assertThat(calls).hasValue(1);
  }

  @Test
  void sharesNotFoundButNotFailures() throws Exception {
    SharedReads.Read missing =
        () -> {
          calls.incrementAndGet();
          return new SharedReads.Answer.Missing(new NoSecretException("no such key"));
        };
    reads.get(key("gone", "a"), false, missing);
    reads.get(key("gone", "a"), false, missing);
    assertThat(calls).hasValue(1);

    SharedReads.Read failing =
        () -> {
          calls.incrementAndGet();
          throw new ProviderException("throttled");
        };
    assertThatThrownBy(() -> reads.get(key("flaky", "a"), false, failing))
        .isInstanceOf(ProviderException.class);
    assertThatThrownBy(() -> reads.get(key("flaky", "a"), false, failing))
        .isInstanceOf(ProviderException.class);
    assertThat(calls).hasValue(3);
  }

  @Test
  void sweepDropsExpiredAnswersSoValuesDoNotLinger() throws Exception {
    reads.get(key("db", "team-a"), false, this::value);
    clock.advance(Duration.ofSeconds(31));

    reads.sweep(clock.instant());

    assertThat(reads.size()).isZero();
  }

  @Test
  void aZeroWindowNeverShares() throws Exception {
    SharedReads off = new SharedReads(clock, Duration.ZERO);
    off.get(key("db", "a"), false, this::value);
    off.get(key("db", "a"), false, this::value);
    assertThat(calls).hasValue(2);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-11-22T10:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
