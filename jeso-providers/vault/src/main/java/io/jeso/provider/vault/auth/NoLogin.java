package io.jeso.provider.vault.auth;

import io.jeso.provider.vault.http.VaultHttp;
import java.time.Clock;

/**
 * No {@code auth} block: requests carry no token. This is for a server address that adds the token
 * itself (Vault Agent or OpenBao Agent with auto-auth); jeso does not read VAULT_TOKEN from its own
 * environment.
 */
record NoLogin() implements LoginMethod {
  @Override
  public VaultToken login(VaultHttp http, Clock clock) {
    return VaultToken.none(clock.instant());
  }

  @Override
  public String describe() {
    return "no auth (agent)";
  }
}
