package io.jeso.core.provider;

import java.time.Duration;
import java.time.Instant;

/**
 * Mints a ServiceAccount token through the TokenRequest API (Vault Kubernetes/JWT auth, AWS web
 * identity, GCP and Azure workload identity). The namespace is resolved and checked exactly like
 * {@link ReferenceReader}'s. The operator implements it; jeso-core only defines the shape and the
 * namespace guard.
 */
public interface TokenMinter {
  /**
   * @param ref the ServiceAccount; its audiences are added to {@code audiences}
   * @param audiences audiences the provider needs (e.g. {@code sts.amazonaws.com}); may be empty
   * @param expiration requested lifetime; the API server may shorten it
   */
  Token mint(ServiceAccountRef ref, java.util.List<String> audiences, Duration expiration)
      throws SecretProviderException;

  /** A minted token. Its {@code toString} never shows the token. */
  record Token(String value, Instant expiresAt) {
    @Override
    public String toString() {
      return "Token[expiresAt=" + expiresAt + "]";
    }
  }
}
