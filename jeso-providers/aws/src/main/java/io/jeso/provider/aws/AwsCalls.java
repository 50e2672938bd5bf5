package io.jeso.provider.aws;

import io.jeso.core.provider.ProviderApiCalls;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.SecretProviderException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Runs every request to one AWS API: counts it for {@code externalsecret_provider_api_calls_count},
 * retries throttling and 5xx answers with {@link Backoff}, and turns failures into jeso's typed
 * errors with {@link AwsErrors}. The SDK's own retries are switched off (see {@link AwsSdk}) so
 * that each HTTP request is counted exactly once here: every attempt costs money at AWS.
 */
final class AwsCalls {
  /** How the wait between attempts is spent; tests replace it. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final AwsApi api;
  private final String region;
  private final String endpoint;
  private final ProviderApiCalls metrics;
  private final Backoff backoff;
  private final Sleeper sleeper;

  AwsCalls(
      AwsApi api,
      String region,
      String endpoint,
      ProviderApiCalls metrics,
      Backoff backoff,
      Sleeper sleeper) {
    this.api = api;
    this.region = region;
    this.endpoint = endpoint;
    this.metrics = metrics;
    this.backoff = backoff;
    this.sleeper = sleeper;
  }

  AwsCalls(AwsApi api, String region, String endpoint, ProviderApiCalls metrics) {
    this(api, region, endpoint, metrics, Backoff.DEFAULT, d -> Thread.sleep(d.toMillis()));
  }

  /**
   * Performs {@code request} and returns its answer.
   *
   * @param call the AWS operation name (the metric's {@code call} label)
   * @param subject what is asked for, for messages (names only)
   */
  <T> T run(String call, String subject, Supplier<T> request) throws SecretProviderException {
    return runUnless(call, subject, code -> false, request).orElseThrow();
  }

  /**
   * Like {@link #run}, but answers empty when AWS refuses the call with an error code {@code
   * fallBackOn} accepts, so the caller can use another API (an operation the endpoint does not
   * implement, or one the IAM policy does not grant).
   */
  <T> Optional<T> runUnless(
      String call, String subject, Predicate<String> fallBackOn, Supplier<T> request)
      throws SecretProviderException {
    Duration waited = Duration.ZERO;
    for (int attempt = 1; ; attempt++) {
      try {
        T answer = request.get();
        metrics.record(api.metricLabel(), call, ProviderApiCalls.SUCCESS);
        return Optional.of(answer);
      } catch (SdkException | CredentialsUnavailable e) {
        SecretProviderException credentials = CredentialsUnavailable.find(e);
        if (credentials != null) {
          // Nothing reached this API: the credentials could not be had, and that was counted
          // where it happened (STS) or cost nothing (a Kubernetes Secret).
          throw credentials;
        }
        metrics.record(api.metricLabel(), call, ProviderApiCalls.ERROR);
        if (e instanceof AwsServiceException ase && fallBackOn.test(AwsErrors.code(ase))) {
          return Optional.empty();
        }
        Duration delay =
            AwsErrors.retryable(e)
                ? backoff.delay(attempt, waited, ThreadLocalRandom.current()::nextDouble)
                : null;
        if (delay == null) {
          throw AwsErrors.translate(e, new CallSite(api, call, subject, endpoint, region));
        }
        pause(delay, call);
        waited = waited.plus(delay);
      }
    }
  }

  private void pause(Duration delay, String call) throws ProviderException {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderException(api.displayName() + " " + call + " was interrupted");
    }
  }
}
