package io.jeso.core.provider;

import java.util.Objects;

/**
 * The answer of {@link SecretsClient#validate()}: whether the store can be used, and a safe
 * message.
 *
 * <ul>
 *   <li>{@code READY}: the client reached the provider and is authorized; store Ready=True reason
 *       {@code Valid}.
 *   <li>{@code UNKNOWN}: it cannot tell (e.g. referent authentication, which depends on the
 *       ExternalSecret's namespace); store Ready=True reason {@code ValidationUnknown}.
 *   <li>{@code ERROR}: misconfigured or unreachable; store Ready=False reason {@code
 *       InvalidProviderConfig}.
 * </ul>
 */
public record StoreValidation(Result result, String message) {
  public StoreValidation {
    Objects.requireNonNull(result, "result");
    message = message == null ? "" : message;
  }

  public static StoreValidation ready() {
    return new StoreValidation(Result.READY, "");
  }

  public static StoreValidation unknown(String message) {
    return new StoreValidation(Result.UNKNOWN, message);
  }

  public static StoreValidation error(String message) {
    return new StoreValidation(Result.ERROR, message);
  }

  /** The three outcomes, in ESO's numbering (fake store's {@code validationResult: 0|1|2}). */
  public enum Result {
    READY,
    UNKNOWN,
    ERROR
  }
}
