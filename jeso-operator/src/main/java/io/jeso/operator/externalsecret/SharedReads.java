package io.jeso.operator.externalsecret;

import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.store.StoreRef;
import io.jeso.core.sync.FetchRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * De-duplicates provider reads across ExternalSecrets. ESO makes one provider call per
 * ExternalSecret per refresh; 5,000 ExternalSecrets over 50 keys at a one-minute interval are 216
 * million AWS calls a month. jeso shares a read among all ExternalSecrets that ask the same store,
 * with the same credentials, for the same thing within {@code window}: concurrent askers wait for
 * the one call in flight (single flight), later ones reuse its answer.
 *
 * <p>The key holds the store's UID and generation and, for a ClusterSecretStore, the acting
 * namespace (referent auth may give each namespace other credentials), so a read is never shared
 * across credential identities. Values stay in memory only for the window. Only answers are shared
 * (a value, or "does not exist"); failures are not, so the next asker tries again.
 */
final class SharedReads {
  /** What a read produced. */
  sealed interface Answer {
    record Value(byte[] value) implements Answer {}

    record Values(Map<String, byte[]> values) implements Answer {}

    record Missing(NoSecretException error) implements Answer {}
  }

  @FunctionalInterface
  interface Read {
    Answer read() throws SecretProviderException;
  }

  record Key(
      StoreRef store, String uid, long generation, String actingNamespace, FetchRequest request) {}

  private record Entry(CompletableFuture<Answer> answer, Instant readAt) {}

  private final Clock clock;
  private final Duration window;
  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

  SharedReads(Clock clock, Duration window) {
    this.clock = clock;
    this.window = window;
  }

  /**
   * The answer for {@code key}: shared when a read within the window exists (or is in flight) and
   * {@code fresh} is false; otherwise read now (and offered to later askers).
   */
  Answer get(Key key, boolean fresh, Read read) throws SecretProviderException {
    if (window.isZero()) {
      return read.read();
    }
    Instant now = clock.instant();
    CompletableFuture<Answer> mine = new CompletableFuture<>();
    Entry entry = new Entry(mine, now);
    Entry current =
        fresh
            ? null
            : entries.compute(
                key,
                (k, old) -> old != null && old.readAt().plus(window).isAfter(now) ? old : entry);
    if (current != null && current != entry) {
      return await(current.answer(), key, read);
    }
    if (fresh) {
      entries.put(key, entry);
    }
    try {
      Answer answer = read.read();
      mine.complete(answer);
      return answer;
    } catch (SecretProviderException | RuntimeException e) {
      entries.remove(key, entry);
      mine.completeExceptionally(e);
      throw e;
    } finally {
      if (entries.size() > 10_000) {
        sweep(now);
      }
    }
  }

  int size() {
    return entries.size();
  }

  /** Drops answers older than the window, so values do not stay in memory. */
  void sweep(Instant now) {
    entries.values().removeIf(e -> e.answer().isDone() && !e.readAt().plus(window).isAfter(now));
  }

  private static Answer await(CompletableFuture<Answer> answer, Key key, Read read)
      throws SecretProviderException {
    try {
      return answer.get();
    } catch (ExecutionException e) {
      // The shared read failed; failures are not shared, so this asker tries for itself.
      return read.read();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new io.jeso.core.provider.ProviderException(
          "interrupted while waiting for a shared read of " + key.store());
    }
  }
}
