package io.jeso.provider.vault.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.provider.vault.http.VaultHttp;
import io.jeso.provider.vault.http.VaultRequest;
import io.jeso.provider.vault.http.VaultResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The token of one client for its whole life: one login, reused by every request (ESO logs in per
 * reconcile unless its token cache is on, which floods Vault with tokens: ESO #376).
 *
 * <ul>
 *   <li>The first request logs in.
 *   <li>When two thirds of the lease are gone, the next request renews it (renew-self).
 *   <li>When renewal fails, the token is not renewable, or the renewal was cut short by the token's
 *       max TTL, it logs in again and revokes the old token.
 *   <li>A token that expired unnoticed (the client sat idle) is replaced by a new login; nothing to
 *       revoke.
 *   <li>{@link #close()} revokes a token jeso obtained by login; a user's token is left alone.
 * </ul>
 *
 * All decisions use the store context's clock; work happens on the calling (virtual) thread, there
 * is no background timer, so an idle client costs nothing.
 */
public final class TokenSession implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TokenSession.class);

  private final LoginMethod method;
  private final VaultHttp http;
  private final Clock clock;
  private final String namespace;
  private final ReentrantLock lock = new ReentrantLock();
  private VaultToken token;
  private Duration loginTtl = Duration.ZERO;
  private boolean closed;
  // A token obtained because the previous one died; if it too fails lookup-self right away, the
  // policy lacks lookup-self (no default policy) and recovering would only log in again and again.
  private VaultToken recoveredToken;
  private boolean lookupUnusable;

  /**
   * @param namespace the Vault namespace the method logs in to ({@code auth.namespace}); the
   *     token's own endpoints are called there too. Null means the store's namespace.
   */
  public TokenSession(LoginMethod method, VaultHttp http, Clock clock, String namespace) {
    this.method = method;
    this.http = http;
    this.clock = clock;
    this.namespace = namespace;
  }

  /** The token to send now; logs in, renews or logs in again as described above. */
  public VaultToken current() throws SecretProviderException {
    lock.lock();
    try {
      if (closed) {
        throw new ProviderException("this Vault client is closed");
      }
      Instant now = clock.instant();
      if (token == null || token.expired(now)) {
        login();
      } else if (token.renewalDue(now)) {
        refresh();
      }
      return token;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Vault said 403 to a request made with {@code used}. If jeso's token has died meanwhile (revoked
   * by an operator, or Vault lost it), log in again and return the new token for one retry; if the
   * token is fine, the policy really denies the request and there is nothing to retry.
   */
  public Optional<VaultToken> recover(VaultToken used) throws SecretProviderException {
    lock.lock();
    try {
      if (closed || !used.owned() || lookupUnusable) {
        return Optional.empty();
      }
      if (token != used) {
        return Optional.ofNullable(token); // another request already replaced it
      }
      if (lookupSelf(used).ok()) {
        return Optional.empty();
      }
      if (used == recoveredToken) {
        lookupUnusable = true;
        return Optional.empty();
      }
      LOG.info("Vault no longer accepts jeso's token from {}; logging in again", method.describe());
      login();
      recoveredToken = token;
      return Optional.of(token);
    } finally {
      lock.unlock();
    }
  }

  /** {@code GET auth/token/lookup-self} with {@code t}: 200 while the token is valid. */
  public VaultResponse lookupSelf(VaultToken t) throws SecretProviderException {
    return http.send(
        VaultRequest.get("auth/token/lookup-self", "LookupSelf").withNamespace(namespace),
        t.value());
  }

  /** How the client logs in, for messages. */
  public String describe() {
    return method.describe();
  }

  private void login() throws SecretProviderException {
    token = method.login(http, clock);
    loginTtl = token.ttl();
    LOG.debug("logged in to Vault with {}: {}", method.describe(), token);
  }

  private void refresh() throws SecretProviderException {
    VaultToken old = token;
    if (old.renewable()) {
      Optional<VaultToken> renewed = renew(old);
      if (renewed.isPresent() && usefullyLong(renewed.get().ttl())) {
        token = renewed.get();
        return;
      }
    }
    login();
    revoke(old);
  }

  /**
   * A renewal shorter than a third of the login's TTL means the max TTL is near: renewing again
   * soon would only shorten it further, so a fresh login is better.
   */
  private boolean usefullyLong(Duration ttl) {
    return ttl.compareTo(loginTtl.dividedBy(3)) >= 0;
  }

  private Optional<VaultToken> renew(VaultToken t) {
    try {
      VaultResponse r =
          http.send(
              VaultRequest.post("auth/token/renew-self", Map.of(), "RenewSelf")
                  .withNamespace(namespace),
              t.value());
      if (!r.ok()) {
        LOG.debug("renewing jeso's Vault token failed (HTTP {}); logging in again", r.status());
        return Optional.empty();
      }
      JsonNode auth = r.auth();
      Duration ttl = Duration.ofSeconds(auth.path("lease_duration").asLong(0));
      return Optional.of(t.renewed(ttl, auth.path("renewable").asBoolean(false), clock.instant()));
    } catch (ProviderException e) {
      LOG.debug("renewing jeso's Vault token failed ({}); logging in again", e.getMessage());
      return Optional.empty();
    }
  }

  /** Best effort: a token that cannot be revoked now expires on its own. */
  private void revoke(VaultToken t) {
    if (t == null || !t.owned() || t.value() == null || t.expired(clock.instant())) {
      return;
    }
    RevokeSelf.revoke(http, namespace, t, "jeso's Vault token");
  }

  /** Revokes the token jeso logged in for; later calls fail. Safe to call twice. */
  @Override
  public void close() {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      revoke(token);
      token = null;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public String toString() {
    return "TokenSession[" + method.describe() + ", " + token + "]";
  }
}
