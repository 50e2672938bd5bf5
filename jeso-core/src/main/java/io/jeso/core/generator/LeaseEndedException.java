package io.jeso.core.generator;

import io.jeso.core.provider.SecretProviderException;

/**
 * The backend no longer knows a lease (revoked behind jeso's back, expired, or it died with the
 * login that issued it): renewing it again cannot help, the credentials must be issued anew.
 */
public class LeaseEndedException extends SecretProviderException {
  private static final long serialVersionUID = 1L;

  public static final String REASON = "LeaseEnded";

  public LeaseEndedException(String safeMessage) {
    super(REASON, safeMessage, null);
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
