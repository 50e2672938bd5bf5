package io.jeso.provider.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jeso.core.provider.AuthenticationException;
import io.jeso.core.provider.ProviderException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AwsCallsTest {
  private final List<String> recorded = new ArrayList<>();
  private final List<Duration> slept = new ArrayList<>();
  private final AwsCalls calls =
      new AwsCalls(
          AwsApi.SECRETS_MANAGER,
          "us-east-1",
          "http://localhost",
          (provider, call, status) -> recorded.add(provider + " " + call + " " + status),
          new Backoff(4, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(5)),
          slept::add);

  @Test
  void countsASuccess() throws Exception {
    assertEquals("v", calls.run("GetSecretValue", "key=a", () -> "v"));
    assertEquals(List.of("AWS/SecretsManager GetSecretValue success"), recorded);
  }

  @Test
  void retriesThrottlingAndCountsEveryAttempt() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    String answer =
        calls.run(
            "GetSecretValue",
            "key=a",
            () -> {
              if (attempts.incrementAndGet() < 3) {
                throw AwsErrorsTest.service("ThrottlingException", 400);
              }
              return "v";
            });
    assertEquals("v", answer);
    assertEquals(
        List.of(
            "AWS/SecretsManager GetSecretValue error",
            "AWS/SecretsManager GetSecretValue error",
            "AWS/SecretsManager GetSecretValue success"),
        recorded);
    assertEquals(2, slept.size());
  }

  @Test
  void givesUpAfterTheLastAttempt() {
    ProviderException e =
        assertThrows(
            ProviderException.class,
            () ->
                calls.run(
                    "GetSecretValue",
                    "key=a",
                    () -> {
                      throw AwsErrorsTest.service("TooManyRequestsException", 400);
                    }));
    assertTrue(e.getMessage().contains("throttled"), e.getMessage());
    assertEquals(4, recorded.size());
    assertEquals(3, slept.size());
    AwsErrorsTest.assertValueFree(e);
  }

  @Test
  void doesNotRetryWhatCannotSucceed() {
    assertThrows(
        AuthenticationException.class,
        () ->
            calls.run(
                "GetSecretValue",
                "key=a",
                () -> {
                  throw AwsErrorsTest.service("AccessDeniedException", 400);
                }));
    assertEquals(List.of("AWS/SecretsManager GetSecretValue error"), recorded);
    assertEquals(List.of(), slept);
  }

  @Test
  void fallsBackOnTheNamedCodes() throws Exception {
    Optional<String> answer =
        calls.runUnless(
            "BatchGetSecretValue",
            "",
            "AccessDeniedException"::equals,
            () -> {
              throw AwsErrorsTest.service("AccessDeniedException", 400);
            });
    assertEquals(Optional.empty(), answer);
    assertEquals(List.of("AWS/SecretsManager BatchGetSecretValue error"), recorded);
  }

  @Test
  void credentialFailuresAreNotCountedAsCallsOfThisApi() {
    AuthenticationException original = new AuthenticationException("no");
    AuthenticationException thrown =
        assertThrows(
            AuthenticationException.class,
            () ->
                calls.run(
                    "GetSecretValue",
                    "key=a",
                    () -> {
                      throw new CredentialsUnavailable(original);
                    }));
    assertEquals(original, thrown);
    assertEquals(List.of(), recorded);
  }

  @Test
  void anInterruptStopsRetrying() {
    AwsCalls interrupted =
        new AwsCalls(
            AwsApi.PARAMETER_STORE,
            "us-east-1",
            "http://localhost",
            (p, c, s) -> {},
            Backoff.DEFAULT,
            d -> {
              throw new InterruptedException();
            });
    ProviderException e =
        assertThrows(
            ProviderException.class,
            () ->
                interrupted.run(
                    "GetParameter",
                    "key=a",
                    () -> {
                      throw AwsErrorsTest.service("ThrottlingException", 400);
                    }));
    assertInstanceOf(ProviderException.class, e);
    assertTrue(Thread.interrupted(), "the interrupt flag is restored");
  }
}
