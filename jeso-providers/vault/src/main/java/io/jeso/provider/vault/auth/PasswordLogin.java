package io.jeso.provider.vault.auth;

import io.jeso.api.common.SecretKeySelector;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.provider.vault.http.VaultHttp;
import java.time.Clock;
import java.util.Map;

/**
 * {@code auth.userPass} and {@code auth.ldap}: both log in with {@code POST
 * auth/<path>/login/<username>} and a password from a Secret.
 *
 * @param kind {@code userPass} or {@code ldap}, the field name for messages
 */
record PasswordLogin(
    String kind,
    String mount,
    String username,
    SecretKeySelector secretRef,
    String namespace,
    Credentials credentials)
    implements LoginMethod {

  @Override
  public VaultToken login(VaultHttp http, Clock clock) throws SecretProviderException {
    if (username == null || username.isBlank()) {
      throw new InvalidStoreException("spec.provider.vault.auth." + kind + ".username is required");
    }
    String password = credentials.password(secretRef, null, "auth." + kind + ".secretRef");
    return Logins.post(
        http, clock, describe(), mount, "/" + username, Map.of("password", password), namespace);
  }

  @Override
  public String describe() {
    return kind + " (auth/" + Logins.trimSlashes(mount) + ", user " + username + ")";
  }
}
