package io.jeso.provider.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jeso.core.provider.AuthenticationException;
import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.SecretProviderException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The translation of SDK errors: moto cannot produce AccessDenied, throttling or expired tokens, so
 * the mapping is tested here on the exceptions the SDK builds from such answers.
 */
class AwsErrorsTest {
  /** What AWS might echo back; must never reach a jeso message (ESO #2401). */
  static final String CANARY = "CANARY-wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

  static final CallSite SITE =
      new CallSite(
          AwsApi.SECRETS_MANAGER,
          "GetSecretValue",
          "key=db/password",
          "https://secretsmanager.eu-west-1.amazonaws.com",
          "eu-west-1");

  static AwsServiceException service(String code, int status) {
    return AwsServiceException.builder()
        .awsErrorDetails(
            AwsErrorDetails.builder()
                .errorCode(code)
                .errorMessage("Credential=" + CANARY + " was marked for deletion " + CANARY)
                .build())
        .statusCode(status)
        .requestId("1f2e3d4c-aaaa-bbbb-cccc-0123456789ab")
        .message(CANARY)
        .build();
  }

  @ParameterizedTest(name = "{0} (HTTP {1}) -> {2}")
  @CsvSource({
    "ResourceNotFoundException, 400, NoSecretException",
    "ParameterNotFound, 400, NoSecretException",
    "ParameterVersionNotFound, 400, NoSecretException",
    "InvalidRequestException, 400, NoSecretException",
    "AccessDeniedException, 400, AuthenticationException",
    "AccessDenied, 403, AuthenticationException",
    "ExpiredTokenException, 400, AuthenticationException",
    "ExpiredToken, 400, AuthenticationException",
    "UnrecognizedClientException, 400, AuthenticationException",
    "InvalidClientTokenId, 403, AuthenticationException",
    "InvalidSignatureException, 400, AuthenticationException",
    "IncompleteSignature, 400, AuthenticationException",
    "InvalidIdentityToken, 400, AuthenticationException",
    "SomethingNew, 403, AuthenticationException",
    "ThrottlingException, 400, ProviderException",
    "TooManyRequestsException, 400, ProviderException",
    "SomethingNew, 429, ProviderException",
    "InternalServiceError, 500, ProviderException",
    "DecryptionFailure, 400, ProviderException",
    "InvalidParameterException, 400, NoSecretException",
    "ValidationException, 400, ProviderException",
    "SomethingNew, 404, ProviderException",
  })
  void mapsCodesToTypes(String code, int status, String type) {
    SecretProviderException e = AwsErrors.translate(service(code, status), SITE);
    assertEquals(type, e.getClass().getSimpleName(), e.getMessage());
    assertValueFree(e);
    assertTrue(e.getMessage().contains("db/password"), e.getMessage());
  }

  @Test
  void messagesKeepCodeStatusAndRequestId() {
    SecretProviderException e = AwsErrors.translate(service("AccessDeniedException", 400), SITE);
    assertInstanceOf(AuthenticationException.class, e);
    assertEquals(
        "AWS Secrets Manager GetSecretValue for key=db/password was refused: access denied; check"
            + " the IAM policy of the identity jeso uses (AccessDeniedException, HTTP 400,"
            + " request id 1f2e3d4c-aaaa-bbbb-cccc-0123456789ab)",
        e.getMessage());
    assertNull(e.getCause(), "the SDK exception is not kept: its text is AWS's");
  }

  @Test
  void aCodeThatDoesNotLookLikeOneIsDropped() {
    SecretProviderException e =
        AwsErrors.translate(service("{\"x\": \"" + CANARY + "\"}", 500), SITE);
    assertInstanceOf(ProviderException.class, e);
    assertTrue(e.getMessage().contains("no error code"), e.getMessage());
    assertValueFree(e);
  }

  @Test
  void retryableAreThrottlingAnd5xx() {
    assertTrue(AwsErrors.retryable(service("ThrottlingException", 400)));
    assertTrue(AwsErrors.retryable(service("Whatever", 429)));
    assertTrue(AwsErrors.retryable(service("Whatever", 503)));
    assertFalse(AwsErrors.retryable(service("AccessDeniedException", 400)));
    assertFalse(AwsErrors.retryable(service("ResourceNotFoundException", 400)));
    assertFalse(AwsErrors.retryable(SdkClientException.create("connection refused")));
  }

  @Test
  void anUnknownHostPointsAtTheRegion() {
    SdkClientException e =
        SdkClientException.builder()
            .message(CANARY)
            .cause(new UnknownHostException("secretsmanager.eu-west-1.amazonaws.com"))
            .build();
    SecretProviderException translated = AwsErrors.translate(e, SITE);
    assertInstanceOf(ProviderException.class, translated);
    assertTrue(translated.getMessage().contains("spec.provider.aws.region (eu-west-1)"));
    assertTrue(translated.getMessage().contains("https://secretsmanager.eu-west-1.amazonaws.com"));
    assertValueFree(translated);
  }

  @Test
  void connectionFailuresAndTimeoutsAreProviderErrors() {
    SdkClientException refused =
        SdkClientException.builder().message(CANARY).cause(new ConnectException(CANARY)).build();
    assertTrue(
        AwsErrors.translate(refused, SITE)
            .getMessage()
            .endsWith("cannot connect at https://secretsmanager.eu-west-1.amazonaws.com"));
    SecretProviderException timeout =
        AwsErrors.translate(ApiCallAttemptTimeoutException.create(20_000), SITE);
    assertInstanceOf(ProviderException.class, timeout);
    assertTrue(timeout.getMessage().contains("timed out"), timeout.getMessage());
  }

  @Test
  void anEmptyDefaultChainIsAnAuthenticationError() {
    SdkClientException e =
        SdkClientException.create("Unable to load credentials from any of the providers " + CANARY);
    SecretProviderException translated = AwsErrors.translate(e, SITE);
    assertInstanceOf(AuthenticationException.class, translated);
    assertValueFree(translated);
  }

  @Test
  void aCarriedCredentialsErrorComesOutUnchanged() {
    AuthenticationException original = new AuthenticationException("AssumeRole refused");
    SdkClientException wrapped =
        SdkClientException.builder()
            .message("wrapped")
            .cause(new CredentialsUnavailable(original))
            .build();
    assertEquals(original, AwsErrors.translate(wrapped, SITE));
  }

  @Test
  void notFoundSaysWhatWasMissing() {
    SecretProviderException e =
        AwsErrors.translate(service("ResourceNotFoundException", 400), SITE);
    assertInstanceOf(NoSecretException.class, e);
    assertEquals("key=db/password not found in AWS Secrets Manager", e.getMessage());
  }

  static void assertValueFree(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains("CANARY"), "value in " + t);
      assertFalse(t.toString().contains("CANARY"), "value in " + t);
    }
  }
}
