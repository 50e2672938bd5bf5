package io.jeso.provider.aws;

import io.jeso.core.provider.SecretProviderException;

/**
 * Carries a typed jeso error out of an SDK credentials provider, whose interface only allows
 * unchecked exceptions, so that {@link AwsErrors} can hand the original error on unchanged (for
 * example an AccessDenied from AssumeRole while a GetSecretValue was being signed).
 */
final class CredentialsUnavailable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final SecretProviderException error;

  CredentialsUnavailable(SecretProviderException error) {
    // No stack trace and no cause: the carried error has both and a safe message.
    super(error.getMessage(), null, false, false);
    this.error = error;
  }

  SecretProviderException error() {
    return error;
  }

  /** The carried error anywhere in {@code t}'s cause chain, or null. */
  static SecretProviderException find(Throwable t) {
    Throwable current = t;
    for (int depth = 0; current != null && depth < 10; depth++, current = current.getCause()) {
      if (current instanceof CredentialsUnavailable c) {
        return c.error;
      }
    }
    return null;
  }
}
