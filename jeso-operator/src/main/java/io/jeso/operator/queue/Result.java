package io.jeso.operator.queue;

import java.time.Duration;

/** What a worker asks of the queue after handling a key. */
public record Result(Kind kind, Duration after) {
  public enum Kind {
    /** Nothing more to do until an event arrives. */
    DONE,
    /** Come back after {@link #after()} in the refresh lane: the next periodic refresh. */
    REFRESH_AFTER,
    /** It failed in a way worth retrying: come back after the key's backoff delay. */
    RETRY
  }

  public static Result done() {
    return new Result(Kind.DONE, Duration.ZERO);
  }

  public static Result refreshAfter(Duration after) {
    return new Result(Kind.REFRESH_AFTER, after);
  }

  public static Result retry() {
    return new Result(Kind.RETRY, Duration.ZERO);
  }
}
