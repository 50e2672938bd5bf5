package io.jeso.provider.vault.auth;

import io.jeso.api.common.SecretKeySelector;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.provider.vault.http.VaultHttp;
import java.time.Clock;

/**
 * {@code auth.tokenSecretRef}: a token the user manages. jeso uses it as it is and never renews or
 * revokes it (revoking would break everyone else who uses it).
 */
record StaticTokenLogin(SecretKeySelector ref, Credentials credentials) implements LoginMethod {
  @Override
  public VaultToken login(VaultHttp http, Clock clock) throws SecretProviderException {
    // ESO reads the key as written; "token" is the default for a reference without one.
    String token = credentials.token(ref, "token", "auth.tokenSecretRef");
    return VaultToken.supplied(token, clock.instant());
  }

  @Override
  public String describe() {
    return "tokenSecretRef";
  }
}
