package io.jeso.provider.vault.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.jeso.core.provider.AuthenticationException;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.provider.vault.http.VaultErrors;
import io.jeso.provider.vault.http.VaultHttp;
import io.jeso.provider.vault.http.VaultRequest;
import io.jeso.provider.vault.http.VaultResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** The login call every auth method shares: {@code POST auth/<mount>/login[/<user>]}. */
final class Logins {
  static final String CALL = "Login";

  private Logins() {}

  /**
   * @param mount the auth method's mount path, e.g. {@code approle}
   * @param suffix appended to {@code login}, e.g. {@code /alice} for userpass; may be empty
   * @param namespace the Vault namespace to log in to ({@code auth.namespace}), or null
   */
  static VaultToken post(
      VaultHttp http,
      Clock clock,
      String method,
      String mount,
      String suffix,
      Map<String, ?> body,
      String namespace)
      throws SecretProviderException {
    String path = "auth/" + trimSlashes(mount) + "/login" + suffix;
    VaultResponse r = http.send(VaultRequest.post(path, body, CALL).withNamespace(namespace), null);
    if (!r.ok()) {
      throw VaultErrors.loginFailed(r, method);
    }
    JsonNode auth = r.auth();
    String token = auth.path("client_token").asText("");
    if (token.isEmpty()) {
      throw new AuthenticationException("login with " + method + " returned no token");
    }
    return new VaultToken(
        token,
        auth.path("accessor").asText(""),
        Duration.ofSeconds(auth.path("lease_duration").asLong(0)),
        auth.path("renewable").asBoolean(false),
        clock.instant(),
        true);
  }

  static String trimSlashes(String s) {
    String out = s == null ? "" : s.strip();
    while (out.startsWith("/")) {
      out = out.substring(1);
    }
    while (out.endsWith("/")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }
}
