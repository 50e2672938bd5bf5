package io.jeso.provider.vault.auth;

import io.jeso.api.store.vault.VaultJwtAuth;
import io.jeso.api.store.vault.VaultKubernetesServiceAccountTokenAuth;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.provider.vault.http.VaultHttp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code auth.jwt}: the JWT/OIDC method with a JWT from a Secret or a ServiceAccount token minted
 * for it (audience {@code vault} unless the deprecated {@code audiences} says otherwise, ten
 * minutes unless the deprecated {@code expirationSeconds} does: ESO's defaults).
 */
record JwtLogin(VaultJwtAuth spec, String namespace, Credentials credentials)
    implements LoginMethod {
  /** ESO's text when no token source is set. */
  static final String NO_SOURCE =
      "neither `secretRef` nor `kubernetesServiceAccountToken` was supplied as token source for jwt"
          + " authentication";

  @Override
  public VaultToken login(VaultHttp http, Clock clock) throws SecretProviderException {
    String role = spec.getRole() == null ? "" : spec.getRole().strip();
    return Logins.post(
        http, clock, describe(), mount(), "", Map.of("role", role, "jwt", jwt()), namespace);
  }

  private String jwt() throws SecretProviderException {
    if (spec.getSecretRef() != null) {
      return credentials.token(spec.getSecretRef(), null, "auth.jwt.secretRef");
    }
    VaultKubernetesServiceAccountTokenAuth sat = spec.getKubernetesServiceAccountToken();
    if (sat == null) {
      throw new InvalidStoreException(NO_SOURCE);
    }
    List<String> audiences = sat.getAudiences() == null ? List.of("vault") : sat.getAudiences();
    Duration lifetime =
        sat.getExpirationSeconds() == null
            ? Duration.ofMinutes(10)
            : Duration.ofSeconds(sat.getExpirationSeconds());
    return credentials.serviceAccountToken(
        sat.getServiceAccountRef(),
        audiences,
        lifetime,
        "auth.jwt.kubernetesServiceAccountToken.serviceAccountRef");
  }

  private String mount() {
    return spec.getPath() == null || spec.getPath().isBlank() ? "jwt" : spec.getPath();
  }

  @Override
  public String describe() {
    return "JWT (auth/" + Logins.trimSlashes(mount()) + ", role " + spec.getRole() + ")";
  }
}
