package io.jeso.provider.vault.auth;

import io.jeso.core.provider.ProviderException;
import io.jeso.provider.vault.http.VaultHttp;
import io.jeso.provider.vault.http.VaultRequest;
import io.jeso.provider.vault.http.VaultResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vault's {@code auth/token/revoke-self}, best effort: a token that cannot be revoked now expires
 * on its own, so a failure is only logged (with the token's accessor, never the token).
 */
public final class RevokeSelf {
  private static final Logger LOG = LoggerFactory.getLogger(RevokeSelf.class);

  private RevokeSelf() {}

  /**
   * Revokes {@code token} in {@code namespace}; {@code whose} names it in the log ("jeso's Vault
   * token").
   */
  public static void revoke(VaultHttp http, String namespace, VaultToken token, String whose) {
    try {
      VaultResponse r =
          http.send(
              VaultRequest.post("auth/token/revoke-self", Map.of(), "RevokeSelf")
                  .withNamespace(namespace),
              token.value());
      if (!r.ok()) {
        LOG.debug("revoking {} {} failed (HTTP {})", whose, token.accessor(), r.status());
      }
    } catch (ProviderException e) {
      LOG.debug("revoking {} {} failed: {}", whose, token.accessor(), e.getMessage());
    }
  }
}
