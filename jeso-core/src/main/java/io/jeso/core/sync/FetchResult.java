package io.jeso.core.sync;

import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.SecretProviderException;
import java.util.Map;
import java.util.Objects;

/** The outcome of one {@link FetchItem}, as the operator hands it to the planner. */
public sealed interface FetchResult
    permits FetchResult.Value, FetchResult.Values, FetchResult.Missing, FetchResult.Failed {

  /** {@code getSecret} returned a value. */
  record Value(byte[] value) implements FetchResult {
    public Value {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return "Value[<" + value.length + " bytes>]";
    }
  }

  /** {@code getSecretMap}, {@code getAllSecrets} or a generator returned a map. */
  record Values(Map<String, byte[]> values) implements FetchResult {
    public Values {
      values = Map.copyOf(values);
    }

    @Override
    public String toString() {
      return "Values[keys=" + values.keySet() + "]";
    }
  }

  /**
   * The provider said the secret does not exist ({@link NoSecretException}): deletionPolicy
   * decides.
   */
  record Missing(String message) implements FetchResult {}

  /**
   * Anything else went wrong: the provider failed, the store is not ready or not allowed from this
   * namespace, the client could not be built. Nothing is written or deleted because of it.
   *
   * @param message safe text for the event (never a value)
   * @param retryable whether to retry with backoff rather than wait for a change
   */
  record Failed(String message, boolean retryable) implements FetchResult {}

  static FetchResult value(byte[] value) {
    return new Value(value);
  }

  static FetchResult values(Map<String, byte[]> values) {
    return new Values(values);
  }

  /** Classifies a provider error: only {@link NoSecretException} becomes {@link Missing}. */
  static FetchResult of(SecretProviderException e) {
    if (e instanceof NoSecretException) {
      return new Missing(e.getMessage());
    }
    return new Failed(e.getMessage(), e.retryable());
  }
}
