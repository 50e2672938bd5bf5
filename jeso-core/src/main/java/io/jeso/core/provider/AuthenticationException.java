package io.jeso.core.provider;

/**
 * The provider rejected jeso's credentials (login failed, token expired and could not be renewed,
 * access denied). It is retried, since credentials are often fixed out of band (a rotated Secret,
 * an IAM policy), but it never leads to a deletion.
 */
public class AuthenticationException extends SecretProviderException {
  private static final long serialVersionUID = 1L;

  public static final String REASON = "AuthenticationFailed";

  public AuthenticationException(String safeMessage) {
    super(REASON, safeMessage, null);
  }

  public AuthenticationException(String safeMessage, Throwable cause) {
    super(REASON, safeMessage, cause);
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
