package io.jeso.provider.vault;

import io.jeso.core.provider.SecretProviderException;
import io.jeso.provider.vault.auth.TokenSession;
import io.jeso.provider.vault.auth.VaultToken;
import io.jeso.provider.vault.http.VaultHttp;
import io.jeso.provider.vault.http.VaultRequest;
import io.jeso.provider.vault.http.VaultResponse;
import java.util.Optional;

/**
 * An authenticated connection to one Vault: the HTTP client plus the token session. Everything that
 * talks to Vault on behalf of a store goes through {@link #send}: the KV client here, and the
 * dynamic-secret generator (which reads {@code database/creds/<role>} and renews or revokes leases
 * with {@code sys/leases/renew} and {@code sys/leases/revoke}).
 */
public final class VaultSession implements AutoCloseable {
  private final VaultHttp http;
  private final TokenSession tokens;

  public VaultSession(VaultHttp http, TokenSession tokens) {
    this.http = http;
    this.tokens = tokens;
  }

  /**
   * Sends {@code request} with the current token. On a 403 it asks the token session whether the
   * token died (revoked behind jeso's back) and, if a new login fixed that, retries once.
   *
   * @return Vault's answer, whatever its status; classify errors with {@link
   *     io.jeso.provider.vault.http.VaultErrors}
   */
  public VaultResponse send(VaultRequest request) throws SecretProviderException {
    VaultToken token = tokens.current();
    VaultResponse response = http.send(request, token.value());
    if (response.status() == 403) {
      Optional<VaultToken> fresh = tokens.recover(token);
      if (fresh.isPresent()) {
        response = http.send(request, fresh.get().value());
      }
    }
    return response;
  }

  /** Logs in now if needed (client creation), so bad credentials fail early. */
  public VaultToken token() throws SecretProviderException {
    return tokens.current();
  }

  public TokenSession tokens() {
    return tokens;
  }

  public VaultHttp http() {
    return http;
  }

  /** Revokes jeso's token and closes the HTTP client. */
  @Override
  public void close() {
    try {
      tokens.close();
    } finally {
      http.close();
    }
  }

  @Override
  public String toString() {
    return "VaultSession[" + http.server() + ", " + tokens + "]";
  }
}
