package io.jeso.provider.vault.auth;

import io.jeso.core.provider.SecretProviderException;
import io.jeso.provider.vault.http.VaultHttp;
import java.time.Clock;

/**
 * One way of getting a Vault token (ESO's {@code spec.provider.vault.auth.*}). Credentials are read
 * at each login, not once, so a login after expiry uses what the referenced Secret holds now and a
 * freshly minted ServiceAccount token.
 */
public interface LoginMethod {
  /**
   * Gets a token.
   *
   * @throws io.jeso.core.provider.AuthenticationException when Vault rejects the credentials
   * @throws io.jeso.core.provider.InvalidStoreException when the credentials cannot be read
   * @throws io.jeso.core.provider.ProviderException when Vault cannot be reached
   */
  VaultToken login(VaultHttp http, Clock clock) throws SecretProviderException;

  /** Names the method for messages, e.g. {@code AppRole (auth/approle)}; never a credential. */
  String describe();
}
