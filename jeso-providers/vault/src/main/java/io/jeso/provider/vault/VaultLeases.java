package io.jeso.provider.vault;

import com.fasterxml.jackson.databind.JsonNode;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.provider.vault.http.VaultErrors;
import io.jeso.provider.vault.http.VaultRequest;
import io.jeso.provider.vault.http.VaultResponse;
import io.jeso.provider.vault.http.VaultResponse.Lease;
import java.time.Duration;
import java.util.Map;

/**
 * Dynamic secrets and their leases ({@code database/creds/<role>} and the like), for the
 * VaultDynamicSecret generator: issue, renew, revoke.
 *
 * <p>Vault revokes every lease a token created when the token is revoked. A {@link VaultSession}
 * revokes its token on close, so the session that issued credentials must stay open as long as the
 * credentials are in use (or the generator revokes them itself when they rotate); that is the
 * opposite of ESO, whose per-reconcile logins killed the leases they had just created (#2198).
 */
public final class VaultLeases {
  private final VaultSession session;

  public VaultLeases(VaultSession session) {
    this.session = session;
  }

  /**
   * Issues a dynamic secret with a GET (ESO's default method) on {@code path}.
   *
   * @throws InvalidStoreException when nothing answers at {@code path} (a wrong role or mount)
   */
  public Issued issue(String path) throws SecretProviderException {
    VaultResponse r = session.send(VaultRequest.get(path, "ReadSecretData"));
    if (r.notFound()) {
      throw new InvalidStoreException("Vault has no secrets engine answering at " + path);
    }
    if (!r.ok()) {
      throw VaultErrors.of(r, "reading " + path);
    }
    return new Issued(r.data(), r.lease().orElse(null));
  }

  /** Extends {@code lease} by {@code increment} (Vault may grant less, up to the max TTL). */
  public Lease renew(Lease lease, Duration increment) throws SecretProviderException {
    VaultResponse r =
        session.send(
            VaultRequest.post(
                "sys/leases/renew",
                Map.of("lease_id", lease.id(), "increment", increment.toSeconds()),
                "RenewLease"));
    if (!r.ok()) {
      throw VaultErrors.of(r, "renewing lease " + lease.id());
    }
    return r.lease()
        .orElseThrow(
            () -> new ProviderException("renewing lease " + lease.id() + " returned none"));
  }

  /** Revokes {@code lease} now: the database user is dropped. Revoking twice is fine. */
  public void revoke(Lease lease) throws SecretProviderException {
    VaultResponse r =
        session.send(
            VaultRequest.post("sys/leases/revoke", Map.of("lease_id", lease.id()), "RevokeLease"));
    if (!r.ok()) {
      throw VaultErrors.of(r, "revoking lease " + lease.id());
    }
  }

  /**
   * A dynamic secret: its data (e.g. {@code username}, {@code password}; never printed) and its
   * lease, or null when the engine gave none.
   */
  public record Issued(JsonNode data, Lease lease) {
    @Override
    public String toString() {
      return "Issued[lease=" + lease + ", keys=" + data.size() + "]";
    }
  }
}
