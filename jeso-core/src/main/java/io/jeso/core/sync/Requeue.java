package io.jeso.core.sync;

import java.time.Duration;
import java.util.Objects;

/** When the operator should reconcile the ExternalSecret again (on top of watch events). */
public sealed interface Requeue permits Requeue.After, Requeue.Backoff, Requeue.Never {

  /** After a delay (the rest of the refresh interval); {@link Duration#ZERO} means at once. */
  record After(Duration delay) implements Requeue {
    public After {
      Objects.requireNonNull(delay, "delay");
    }
  }

  /** A retryable failure: retry with the operator's capped, jittered exponential backoff. */
  record Backoff() implements Requeue {}

  /** Only on a change (refreshInterval 0, or a configuration error that retrying cannot fix). */
  record Never() implements Requeue {}

  static Requeue after(Duration delay) {
    return delay == null ? new Never() : new After(delay);
  }

  static Requeue backoff() {
    return new Backoff();
  }

  static Requeue never() {
    return new Never();
  }
}
