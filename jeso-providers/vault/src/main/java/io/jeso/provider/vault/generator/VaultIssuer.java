package io.jeso.provider.vault.generator;

import io.jeso.core.generator.Generated;
import io.jeso.core.generator.GeneratorSession;
import io.jeso.core.generator.Lease;
import io.jeso.core.generator.LeaseEndedException;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.provider.vault.http.VaultErrors;
import io.jeso.provider.vault.http.VaultHttp;
import io.jeso.provider.vault.http.VaultRequest;
import io.jeso.provider.vault.http.VaultResponse;
import java.time.Duration;
import java.util.Map;

/**
 * An issuing session of one VaultDynamicSecret: one login ({@link IssuerToken}), the dynamic-secret
 * call, and lease renewal and revocation through {@code sys/leases}. Lease ids go to Vault only:
 * messages name the generator's path.
 */
final class VaultIssuer implements GeneratorSession {
  private final VaultHttp http;
  private final IssuerToken token;
  private final DynamicSecretCall call;

  VaultIssuer(VaultHttp http, IssuerToken token, DynamicSecretCall call) {
    this.http = http;
    this.token = token;
    this.call = call;
  }

  @Override
  public Generated generate() throws SecretProviderException {
    return call.result(send(call.request()));
  }

  @Override
  public Lease renew(String leaseId, Duration increment) throws SecretProviderException {
    VaultResponse r =
        send(
            VaultRequest.post(
                "sys/leases/renew",
                Map.of("lease_id", leaseId, "increment", increment.toSeconds()),
                "RenewLease"));
    if (r.status() == 400) {
      // Vault's "lease not found or lease is not renewable": revoked, expired, or its token died.
      throw new LeaseEndedException(
          "Vault no longer renews a lease of " + call.path() + " (HTTP 400): it has ended");
    }
    if (!r.ok()) {
      throw VaultErrors.of(r, "renewing a lease of " + call.path());
    }
    Duration granted = Duration.ofSeconds(r.body().path("lease_duration").asLong(0));
    if (granted.isZero()) {
      throw new ProviderException("renewing a lease of " + call.path() + " granted no time");
    }
    return new Lease(leaseId, granted, r.body().path("renewable").asBoolean(false));
  }

  @Override
  public void revoke(String leaseId) throws SecretProviderException {
    VaultResponse r =
        send(VaultRequest.post("sys/leases/revoke", Map.of("lease_id", leaseId), "RevokeLease"));
    if (!r.ok()) {
      throw VaultErrors.of(r, "revoking a lease of " + call.path());
    }
  }

  @Override
  public boolean keepAlive() throws SecretProviderException {
    return token.keepAlive();
  }

  @Override
  public void close() {
    try {
      token.revoke();
    } finally {
      http.close();
    }
  }

  @Override
  public void abandon() {
    token.abandon();
    http.close();
  }

  private VaultResponse send(VaultRequest request) throws SecretProviderException {
    return http.send(request, token.current().value());
  }

  @Override
  public String toString() {
    return "VaultIssuer[" + call.path() + ", " + token + "]";
  }
}
