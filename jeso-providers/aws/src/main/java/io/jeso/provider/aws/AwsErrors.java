package io.jeso.provider.aws;

import io.jeso.core.provider.AuthenticationException;
import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.SecretProviderException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns what the AWS SDK throws into jeso's typed errors. The SDK's own message is never used: AWS
 * error messages can echo parts of the request (ESO #2401 leaked credentials through an {@code
 * IncompleteSignature} message into its logs), so jeso keeps only the error code, the HTTP status
 * and the request id, and writes the rest in its own words. The SDK exception is not attached as a
 * cause for the same reason.
 */
final class AwsErrors {
  /** Codes meaning "this key or version does not exist": the only path to a deletion. */
  static final Set<String> NOT_FOUND =
      Set.of("ResourceNotFoundException", "ParameterNotFound", "ParameterVersionNotFound");

  /** Codes meaning "AWS does not accept these credentials, or they may not do this". */
  static final Set<String> AUTHENTICATION =
      Set.of(
          "AccessDenied",
          "AccessDeniedException",
          "UnrecognizedClientException",
          "InvalidClientTokenId",
          "InvalidAccessKeyId",
          "ExpiredToken",
          "ExpiredTokenException",
          "InvalidSignatureException",
          "SignatureDoesNotMatch",
          "IncompleteSignature",
          "MissingAuthenticationToken",
          "AuthFailure",
          "InvalidIdentityToken",
          "IDPRejectedClaim",
          "IDPCommunicationError",
          "RegionDisabledException");

  /** Codes meaning "slow down"; retried with backoff. */
  static final Set<String> THROTTLING =
      Set.of(
          "ThrottlingException",
          "Throttling",
          "TooManyRequestsException",
          "RequestLimitExceeded",
          "ThrottledException",
          "ProvisionedThroughputExceededException",
          "RequestThrottled",
          "RequestThrottledException",
          "SlowDown",
          "PriorRequestNotComplete");

  /** Server-side failures that usually pass; retried with backoff. */
  static final Set<String> TRANSIENT =
      Set.of(
          "InternalServiceError", "InternalFailure", "InternalServerError", "ServiceUnavailable");

  private static final Pattern CODE_SHAPE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Pattern REQUEST_ID_SHAPE = Pattern.compile("[A-Za-z0-9-]{1,64}");

  private AwsErrors() {}

  /** Whether another attempt may succeed soon (throttling or a 5xx). */
  static boolean retryable(Throwable e) {
    if (!(e instanceof AwsServiceException ase)) {
      return false;
    }
    String code = code(ase);
    return THROTTLING.contains(code)
        || TRANSIENT.contains(code)
        || ase.statusCode() == 429
        || ase.statusCode() >= 500;
  }

  /**
   * The typed error for a failed call.
   *
   * @param where what was attempted, for the message: service, call, subject, endpoint
   */
  static SecretProviderException translate(RuntimeException e, CallSite where) {
    SecretProviderException carried = CredentialsUnavailable.find(e);
    if (carried != null) {
      return carried;
    }
    if (e instanceof AwsServiceException ase) {
      return fromService(ase, where);
    }
    return fromClient(e, where);
  }

  private static SecretProviderException fromService(AwsServiceException e, CallSite where) {
    String code = code(e);
    String detail = detail(e, code);
    if (NOT_FOUND.contains(code) || isMarkedForDeletion(e, code)) {
      return new NoSecretException(where.subject() + " not found in " + where.serviceName());
    }
    if (AUTHENTICATION.contains(code) || e.statusCode() == 401 || e.statusCode() == 403) {
      return new AuthenticationException(
          where.prefix() + " was refused: " + authHint(code) + " (" + detail + ")");
    }
    if (THROTTLING.contains(code) || e.statusCode() == 429) {
      return new ProviderException(
          where.prefix() + " was throttled by AWS and retries ran out (" + detail + ")");
    }
    if ("DecryptionFailure".equals(code) || code.startsWith("KMS")) {
      return new ProviderException(
          where.prefix() + " could not decrypt the value with its KMS key (" + detail + ")");
    }
    return new ProviderException(where.prefix() + " failed (" + detail + ")");
  }

  private static SecretProviderException fromClient(RuntimeException e, CallSite where) {
    Throwable root = rootCause(e);
    String at = " at " + where.endpoint();
    if (root instanceof UnknownHostException) {
      return new ProviderException(
          where.prefix()
              + ": cannot resolve the host"
              + at
              + "; check spec.provider.aws.region ("
              + where.region()
              + ") and any endpoint override");
    }
    if (root instanceof ConnectException) {
      return new ProviderException(where.prefix() + ": cannot connect" + at);
    }
    if (root instanceof SSLException) {
      return new ProviderException(where.prefix() + ": TLS handshake failed" + at);
    }
    if (e instanceof ApiCallTimeoutException
        || e instanceof ApiCallAttemptTimeoutException
        || root instanceof SocketTimeoutException
        || root instanceof InterruptedIOException) {
      return new ProviderException(where.prefix() + ": timed out" + at);
    }
    if (isMissingCredentials(e)) {
      return new AuthenticationException(
          "no AWS credentials: spec.provider.aws.auth is not set and the SDK default chain"
              + " (system properties, environment, web identity token file, profile, container"
              + " and instance credentials) found none");
    }
    return new ProviderException(
        where.prefix() + " failed" + at + " (" + root.getClass().getSimpleName() + ")");
  }

  /** ESO's rule: a secret scheduled for deletion reads as absent, so deletionPolicy applies. */
  private static boolean isMarkedForDeletion(AwsServiceException e, String code) {
    if (!"InvalidRequestException".equals(code) && !"InvalidParameterException".equals(code)) {
      return false;
    }
    String message = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
    String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
    return lower.contains("marked for deletion") || lower.contains("marked deleted");
  }

  private static boolean isMissingCredentials(RuntimeException e) {
    String message = e.getMessage();
    return e instanceof SdkException
        && message != null
        && message.startsWith("Unable to load credentials");
  }

  private static String authHint(String code) {
    return switch (code) {
      case "AccessDenied", "AccessDeniedException" ->
          "access denied; check the IAM policy of the identity jeso uses";
      case "ExpiredToken", "ExpiredTokenException" -> "the session token has expired";
      case "InvalidIdentityToken", "IDPRejectedClaim" ->
          "AWS rejected the ServiceAccount token; check the OIDC provider and the role's trust policy";
      case "UnrecognizedClientException", "InvalidClientTokenId", "InvalidAccessKeyId" ->
          "the access key id is not known to AWS";
      case "InvalidSignatureException", "SignatureDoesNotMatch", "IncompleteSignature" ->
          "the request signature does not match; check the secret access key";
      default -> "the credentials were not accepted";
    };
  }

  /** The error code, or "" when it is absent or does not look like one (it comes off the wire). */
  static String code(AwsServiceException e) {
    return safeCode(e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode());
  }

  /** {@code code} when it looks like an AWS error code, else "". */
  static String safeCode(String code) {
    return code != null && CODE_SHAPE.matcher(code).matches() ? code : "";
  }

  private static String detail(AwsServiceException e, String code) {
    StringBuilder sb = new StringBuilder(code.isEmpty() ? "no error code" : code);
    sb.append(", HTTP ").append(e.statusCode());
    if (e.requestId() != null && REQUEST_ID_SHAPE.matcher(e.requestId()).matches()) {
      sb.append(", request id ").append(e.requestId());
    }
    return sb.toString();
  }

  private static Throwable rootCause(Throwable e) {
    Throwable current = e;
    for (int depth = 0; current.getCause() != null && depth < 10; depth++) {
      current = current.getCause();
    }
    return current;
  }
}
