package io.jeso.provider.vault.auth;

import io.jeso.api.store.vault.VaultKubernetesAuth;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.provider.vault.http.VaultHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code auth.kubernetes}: logs in with a ServiceAccount JWT, taken (in ESO's order) from a token
 * minted for {@code serviceAccountRef}, from {@code secretRef}, or from jeso's own ServiceAccount
 * token file when it runs in a pod.
 */
record KubernetesLogin(
    VaultKubernetesAuth spec, String namespace, Credentials credentials, Path ownTokenFile)
    implements LoginMethod {
  /** Where the kubelet mounts a pod's ServiceAccount token. */
  static final Path POD_TOKEN = Path.of("/var/run/secrets/kubernetes.io/serviceaccount/token");

  /**
   * ESO requests ten-minute tokens: long enough to log in, short enough to be useless if leaked.
   */
  static final Duration MINTED_LIFETIME = Duration.ofMinutes(10);

  @Override
  public VaultToken login(VaultHttp http, Clock clock) throws SecretProviderException {
    if (spec.getRole() == null || spec.getRole().isBlank()) {
      throw new InvalidStoreException("spec.provider.vault.auth.kubernetes.role is required");
    }
    return Logins.post(
        http,
        clock,
        describe(),
        mount(),
        "",
        Map.of("role", spec.getRole().strip(), "jwt", jwt()),
        namespace);
  }

  private String jwt() throws SecretProviderException {
    if (spec.getServiceAccountRef() != null) {
      // No extra audiences: the token gets the API server's, which Vault's role checks if it sets
      // one.
      return credentials.serviceAccountToken(
          spec.getServiceAccountRef(),
          List.of(),
          MINTED_LIFETIME,
          "auth.kubernetes.serviceAccountRef");
    }
    if (spec.getSecretRef() != null) {
      return credentials.token(spec.getSecretRef(), "token", "auth.kubernetes.secretRef");
    }
    if (!Files.isReadable(ownTokenFile)) {
      throw new InvalidStoreException(
          "auth.kubernetes has neither serviceAccountRef nor secretRef, and jeso has no ServiceAccount"
              + " token of its own at "
              + ownTokenFile
              + " (it does not run in a pod): set serviceAccountRef");
    }
    try {
      return Files.readString(ownTokenFile, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new InvalidStoreException(
          "cannot read jeso's ServiceAccount token at "
              + ownTokenFile
              + " ("
              + e.getClass().getSimpleName()
              + ")");
    }
  }

  private String mount() {
    return spec.getMountPath() == null || spec.getMountPath().isBlank()
        ? "kubernetes"
        : spec.getMountPath();
  }

  @Override
  public String describe() {
    return "Kubernetes (auth/" + Logins.trimSlashes(mount()) + ", role " + spec.getRole() + ")";
  }
}
