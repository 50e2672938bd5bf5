package io.jeso.provider.vault.auth;

import io.jeso.api.store.vault.VaultCertAuth;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.provider.vault.http.VaultHttp;
import java.time.Clock;
import java.util.Map;

/**
 * {@code auth.cert}: the TLS certificate method. The certificate itself is presented by the HTTP
 * client (it is part of the client's TLS context, see {@code VaultSessions}); the login names the
 * Vault role when {@code vaultRole} is set, otherwise Vault picks the matching one.
 */
record CertLogin(VaultCertAuth spec, String namespace) implements LoginMethod {
  @Override
  public VaultToken login(VaultHttp http, Clock clock) throws SecretProviderException {
    Map<String, String> body =
        spec.getVaultRole() == null || spec.getVaultRole().isBlank()
            ? Map.of()
            : Map.of("name", spec.getVaultRole().strip());
    return Logins.post(http, clock, describe(), mount(), "", body, namespace);
  }

  private String mount() {
    return spec.getPath() == null || spec.getPath().isBlank() ? "cert" : spec.getPath();
  }

  @Override
  public String describe() {
    return "TLS certificate (auth/" + Logins.trimSlashes(mount()) + ")";
  }
}
