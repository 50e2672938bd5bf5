package io.jeso.provider.vault.generator;

import com.fasterxml.jackson.databind.JsonNode;
import io.jeso.core.generator.Grant;
import io.jeso.core.generator.GrantPolicy;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.provider.vault.auth.LoginMethod;
import io.jeso.provider.vault.auth.RevokeSelf;
import io.jeso.provider.vault.auth.VaultToken;
import io.jeso.provider.vault.http.VaultHttp;
import io.jeso.provider.vault.http.VaultRequest;
import io.jeso.provider.vault.http.VaultResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one login of an issuing session. Unlike the store clients' token session it never logs in a
 * second time and never revokes a token it replaces: Vault revokes every lease a token created
 * together with the token, so a silent re-login would kill the credentials in use. When the token
 * cannot be extended any more, {@link #keepAlive()} says so and the operator moves the credentials
 * to a new session before this one ends.
 */
final class IssuerToken {
  private static final Logger LOG = LoggerFactory.getLogger(IssuerToken.class);

  /**
   * After a renewal that failed for a passing reason (Vault down), the next try waits this long.
   */
  private static final Duration RETRY = Duration.ofSeconds(5);

  private final LoginMethod method;
  private final VaultHttp http;
  private final Clock clock;
  private final String namespace;
  private VaultToken token;
  private Grant grant;
  private boolean refused;
  private boolean closed;
  private Instant retryAt;

  /**
   * @param namespace the Vault namespace of the login ({@code auth.namespace}); null: the store's
   */
  IssuerToken(LoginMethod method, VaultHttp http, Clock clock, String namespace) {
    this.method = method;
    this.http = http;
    this.clock = clock;
    this.namespace = namespace;
  }

  /** The token; logs in on first use. */
  synchronized VaultToken current() throws SecretProviderException {
    if (closed) {
      throw new ProviderException("this Vault issuing session is closed");
    }
    if (token == null) {
      token = method.login(http, clock);
      grant =
          Grant.of(
              token.expires() ? token.ttl() : Duration.ZERO, token.renewable(), token.obtainedAt());
      LOG.debug("issuing session logged in with {}: {}", method.describe(), token);
    } else if (!grant.expiresAt().isAfter(clock.instant()) && grant.expires()) {
      throw new ProviderException(
          "the Vault login ("
              + method.describe()
              + ") that issued these credentials has expired; they will be issued again");
    }
    return token;
  }

  /**
   * Renews the token when two thirds of it are gone. False once it cannot be extended (not
   * renewable, the max TTL cut the renewal short, Vault refused, or it ended).
   *
   * @throws ProviderException when Vault could not be asked (retry later)
   */
  synchronized boolean keepAlive() throws ProviderException {
    if (closed || refused) {
      return false;
    }
    if (token == null || !token.owned()) {
      return true; // nothing issued yet, or a user's token that jeso neither renews nor revokes
    }
    if (retryAt != null && clock.instant().isBefore(retryAt)) {
      return true;
    }
    return switch (GrantPolicy.next(grant, clock.instant())) {
      case GrantPolicy.Keep keep -> true;
      case GrantPolicy.Replace replace -> false;
      case GrantPolicy.Renew renew -> renew(renew.increment());
    };
  }

  private boolean renew(Duration increment) throws ProviderException {
    retryAt = clock.instant().plus(RETRY); // also when the call itself fails (unreachable)
    VaultResponse r =
        http.send(
            VaultRequest.post(
                    "auth/token/renew-self",
                    Map.of("increment", increment.toSeconds()),
                    "RenewSelf")
                .withNamespace(namespace),
            token.value());
    if (r.status() >= 500 || r.status() == 429) {
      throw new ProviderException(
          "renewing the issuing session's Vault token failed (HTTP " + r.status() + ")");
    }
    if (!r.ok()) {
      LOG.info(
          "Vault refused to renew the issuing session's token {} (HTTP {}); its credentials will be issued again",
          token.accessor(),
          r.status());
      // The token still lives until its current expiry, so the session can renew and revoke its
      // leases meanwhile; it only stops being extended.
      refused = true;
      return false;
    }
    retryAt = null;
    JsonNode auth = r.auth();
    Duration got = Duration.ofSeconds(auth.path("lease_duration").asLong(0));
    boolean renewable = auth.path("renewable").asBoolean(false);
    grant = grant.renewed(increment, got, renewable, clock.instant());
    token = token.renewed(got, renewable, clock.instant());
    return !(GrantPolicy.next(grant, clock.instant()) instanceof GrantPolicy.Replace);
  }

  /** Revokes the token, and with it whatever it issued that is still alive. */
  synchronized void revoke() {
    closed = true;
    if (token == null || !token.owned() || token.value() == null) {
      return;
    }
    if (grant.expires() && !grant.expiresAt().isAfter(clock.instant())) {
      return;
    }
    RevokeSelf.revoke(http, namespace, token, "issuing token");
  }

  /** Forgets the token without revoking it (jeso stops; the next process takes over). */
  synchronized void abandon() {
    closed = true;
  }

  @Override
  public synchronized String toString() {
    return "IssuerToken[" + method.describe() + ", " + token + "]";
  }
}
