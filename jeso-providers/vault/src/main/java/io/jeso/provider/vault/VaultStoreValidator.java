package io.jeso.provider.vault;

import io.jeso.api.common.CAProvider;
import io.jeso.api.common.SecretKeySelector;
import io.jeso.api.common.ServiceAccountSelector;
import io.jeso.api.store.vault.VaultAuth;
import io.jeso.api.store.vault.VaultClientTls;
import io.jeso.api.store.vault.VaultKvVersion;
import io.jeso.api.store.vault.VaultProvider;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.store.ReferentNamespaces;
import io.jeso.core.store.StoreRef;
import io.jeso.provider.vault.auth.LoginMethods;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a {@code spec.provider.vault} without I/O: ESO's rules and texts where ESO has them, plus
 * what jeso cannot do (cloud logins, headers Java's HTTP client manages itself).
 */
final class VaultStoreValidator {
  /**
   * Headers {@code java.net.http} sets itself and refuses from callers; X-Vault-Token comes from
   * auth.
   */
  private static final Set<String> RESTRICTED_HEADERS =
      Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final StoreRef store;
  private final List<String> warnings = new ArrayList<>();

  private VaultStoreValidator(StoreRef store) {
    this.store = store;
  }

  static List<String> validate(StoreRef store, VaultProvider spec) throws InvalidStoreException {
    VaultStoreValidator v = new VaultStoreValidator(store);
    v.server(spec.getServer());
    v.auth(spec.getAuth());
    v.tls(spec.getTls());
    v.ca(spec.getCaProvider());
    v.headers(spec);
    if (spec.getVersion() == VaultKvVersion.V1
        && spec.getCheckAndSet() != null
        && Boolean.TRUE.equals(spec.getCheckAndSet().getRequired())) {
      throw new InvalidStoreException("checkAndSet is not supported with Vault KV version v1");
    }
    return List.copyOf(v.warnings);
  }

  private void server(String server) throws InvalidStoreException {
    if (server == null || server.isBlank()) {
      throw new InvalidStoreException("spec.provider.vault.server is required");
    }
    URI uri;
    try {
      uri = URI.create(server.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidStoreException("spec.provider.vault.server is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
      throw new InvalidStoreException(
          "spec.provider.vault.server must be an http:// or https:// URL with a host");
    }
    if (uri.getUserInfo() != null) {
      throw new InvalidStoreException(
          "spec.provider.vault.server must not carry credentials; use auth");
    }
  }

  private void auth(VaultAuth auth) throws InvalidStoreException {
    List<String> set = LoginMethods.configured(auth);
    if (set.isEmpty()) {
      return;
    }
    if (set.size() > 1) {
      warnings.add(
          "spec.provider.vault.auth sets "
              + String.join(", ", set)
              + "; only one is used: "
              + set.get(0)
              + " (ESO's order)");
    }
    switch (set.get(0)) {
      case "tokenSecretRef" -> secret(auth.getTokenSecretRef(), "auth.tokenSecretRef");
      case "appRole" -> {
        secret(auth.getAppRole().getSecretRef(), "auth.appRole.secretRef");
        String roleId = auth.getAppRole().getRoleId();
        if (roleId == null || roleId.isBlank()) {
          if (auth.getAppRole().getRoleRef() == null) {
            throw new InvalidStoreException(
                "invalid Auth.AppRole: neither `roleId` nor `roleRef` was supplied");
          }
          secret(auth.getAppRole().getRoleRef(), "auth.appRole.roleRef");
        }
      }
      case "kubernetes" -> {
        required(auth.getKubernetes().getRole(), "auth.kubernetes.role");
        serviceAccount(
            auth.getKubernetes().getServiceAccountRef(), "auth.kubernetes.serviceAccountRef");
        optionalSecret(auth.getKubernetes().getSecretRef(), "auth.kubernetes.secretRef");
      }
      case "ldap" -> {
        required(auth.getLdap().getUsername(), "auth.ldap.username");
        secret(auth.getLdap().getSecretRef(), "auth.ldap.secretRef");
      }
      case "userPass" -> {
        required(auth.getUserPass().getUsername(), "auth.userPass.username");
        secret(auth.getUserPass().getSecretRef(), "auth.userPass.secretRef");
      }
      case "jwt" -> jwt(auth);
      case "cert" -> {
        secret(auth.getCert().getClientCert(), "auth.cert.clientCert");
        secret(auth.getCert().getSecretRef(), "auth.cert.secretRef");
      }
      default -> throw LoginMethods.unsupported(set.get(0));
    }
  }

  private void jwt(VaultAuth auth) throws InvalidStoreException {
    if (auth.getJwt().getSecretRef() != null) {
      secret(auth.getJwt().getSecretRef(), "auth.jwt.secretRef");
      if (auth.getJwt().getSecretRef().getKey() == null) {
        throw new InvalidStoreException("spec.provider.vault.auth.jwt.secretRef.key is required");
      }
    } else if (auth.getJwt().getKubernetesServiceAccountToken() != null) {
      var sat = auth.getJwt().getKubernetesServiceAccountToken();
      if (sat.getServiceAccountRef() == null) {
        throw new InvalidStoreException(
            "spec.provider.vault.auth.jwt.kubernetesServiceAccountToken.serviceAccountRef is"
                + " required");
      }
      serviceAccount(
          sat.getServiceAccountRef(), "auth.jwt.kubernetesServiceAccountToken.serviceAccountRef");
      if (sat.getAudiences() != null || sat.getExpirationSeconds() != null) {
        warnings.add(
            "spec.provider.vault.auth.jwt.kubernetesServiceAccountToken.audiences and"
                + " expirationSeconds are deprecated; use serviceAccountRef.audiences");
      }
    } else {
      throw new InvalidStoreException(
          "neither `secretRef` nor `kubernetesServiceAccountToken` was supplied as token source"
              + " for jwt authentication");
    }
  }

  private void tls(VaultClientTls tls) throws InvalidStoreException {
    if (tls == null) {
      return;
    }
    if (tls.getCertSecretRef() != null && tls.getKeySecretRef() != null) {
      secret(tls.getCertSecretRef(), "tls.certSecretRef");
      secret(tls.getKeySecretRef(), "tls.keySecretRef");
    } else if (tls.getCertSecretRef() != null || tls.getKeySecretRef() != null) {
      throw new InvalidStoreException(
          "when provided, both ClientTLS.ClientCert and ClientTLS.SecretRef should be provided");
    }
  }

  private void ca(CAProvider ca) throws InvalidStoreException {
    if (ca == null) {
      return;
    }
    if (ca.getType() == null) {
      throw new InvalidStoreException("spec.provider.vault.caProvider.type is required");
    }
    required(ca.getName(), "caProvider.name");
    // A CA bundle is not a credential: ESO has no referent form for it, so a cluster store names
    // the namespace.
    ReferentNamespaces.validate(store, ca.getNamespace(), false);
  }

  private void headers(VaultProvider spec) throws InvalidStoreException {
    if (spec.getHeaders() == null) {
      return;
    }
    for (String name : spec.getHeaders().keySet()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (RESTRICTED_HEADERS.contains(lower) || lower.equals("x-vault-token")) {
        throw new InvalidStoreException(
            "spec.provider.vault.headers may not set "
                + name
                + " (managed by jeso or by the HTTP client)");
      }
    }
  }

  private void secret(SecretKeySelector ref, String field) throws InvalidStoreException {
    if (ref == null || ref.getName() == null || ref.getName().isEmpty()) {
      throw new InvalidStoreException("spec.provider.vault." + field + ".name is required");
    }
    ReferentNamespaces.validate(store, ref.getNamespace(), true);
  }

  private void optionalSecret(SecretKeySelector ref, String field) throws InvalidStoreException {
    if (ref != null) {
      secret(ref, field);
    }
  }

  private void serviceAccount(ServiceAccountSelector ref, String field)
      throws InvalidStoreException {
    if (ref == null) {
      return;
    }
    required(ref.getName(), field + ".name");
    ReferentNamespaces.validate(store, ref.getNamespace(), true);
  }

  private static void required(String value, String field) throws InvalidStoreException {
    if (value == null || value.isBlank()) {
      throw new InvalidStoreException("spec.provider.vault." + field + " is required");
    }
  }
}
