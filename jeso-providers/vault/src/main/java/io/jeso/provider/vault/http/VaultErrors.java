package io.jeso.provider.vault.http;

import io.jeso.core.provider.AuthenticationException;
import io.jeso.core.provider.ErrorSanitizer;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.SecretProviderException;
import java.util.List;
import java.util.Locale;

/**
 * Turns a Vault error answer into jeso's typed errors, in jeso's own words plus the HTTP status.
 * Vault's error texts are used to pick the words (sealed, check-and-set) but are not copied into
 * messages: on writes they can echo what was sent. Logins are the exception, see {@link
 * #loginFailed}.
 *
 * <ul>
 *   <li>403: the token may not do this: {@link AuthenticationException} (never a deletion).
 *   <li>503 (sealed, standby), 5xx, 412, 429: {@link ProviderException}, retried with backoff.
 *   <li>400: {@link ProviderException}; jeso cannot tell a bad request from a conflict in general.
 * </ul>
 *
 * A 404 is not an error here: callers decide whether it means "not found" (KV) or a wrong setting.
 */
public final class VaultErrors {
  private VaultErrors() {}

  /**
   * @param what the operation, names only, e.g. {@code "reading secret/data/app"}
   */
  public static SecretProviderException of(VaultResponse r, String what) {
    int s = r.status();
    String status = " (HTTP " + s + ")";
    return switch (s) {
      case 401, 403 ->
          new AuthenticationException(
              "permission denied "
                  + what
                  + status
                  + ": the Vault token's policies do not allow it");
      case 400 ->
          mentions(r.errors(), "check-and-set")
              ? new ProviderException(
                  "check-and-set failed "
                      + what
                      + status
                      + ": the secret changed since jeso read it, or the mount requires cas")
              : new ProviderException("Vault rejected the request " + what + status);
      case 404 -> new ProviderException("Vault has nothing at the path " + what + status);
      case 412 ->
          new ProviderException(
              "Vault's replica has not caught up with an earlier write " + what + status);
      case 429 -> new ProviderException("Vault rate-limited the request " + what + status);
      case 503 ->
          mentions(r.errors(), "sealed")
              ? new ProviderException("Vault is sealed" + status + " while " + what)
              : new ProviderException("Vault is unavailable" + status + " while " + what);
      default ->
          s >= 500
              ? new ProviderException("Vault failed " + what + status)
              : new ProviderException("unexpected answer from Vault " + what + status);
    };
  }

  /**
   * A failed login. Vault's own reason is kept here, sanitized, because it is what the user needs
   * ("invalid role or secret ID", "service account name not authorized") and a login answer never
   * carries a secret value; the credentials sent are never part of it.
   */
  public static SecretProviderException loginFailed(VaultResponse r, String method) {
    int s = r.status();
    if (s >= 500 || s == 429 || s == 412) {
      return of(r, "logging in with " + method);
    }
    String reason = ErrorSanitizer.sanitize(String.join("; ", r.errors()));
    return new AuthenticationException(
        "login with "
            + method
            + " failed (HTTP "
            + s
            + ")"
            + (reason.isEmpty() ? "" : ": " + reason));
  }

  private static boolean mentions(List<String> texts, String word) {
    return texts.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(word));
  }
}
