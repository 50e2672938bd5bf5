package io.jeso.provider.vault.auth;

import io.jeso.api.store.vault.VaultAuth;
import io.jeso.core.provider.InvalidStoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the login method of a store. ESO documents "only one of" the auth blocks but does not
 * enforce it: it tries them in a fixed order and uses the first one set. jeso uses the same order
 * (so a manifest that works with ESO logs in the same way) and warns when several are set.
 */
public final class LoginMethods {
  private LoginMethods() {}

  /** The auth blocks that are set, in ESO's order of preference. */
  public static List<String> configured(VaultAuth auth) {
    List<String> out = new ArrayList<>();
    if (auth == null) {
      return out;
    }
    add(out, auth.getTokenSecretRef(), "tokenSecretRef");
    add(out, auth.getAppRole(), "appRole");
    add(out, auth.getKubernetes(), "kubernetes");
    add(out, auth.getLdap(), "ldap");
    add(out, auth.getUserPass(), "userPass");
    add(out, auth.getJwt(), "jwt");
    add(out, auth.getCert(), "cert");
    add(out, auth.getIam(), "iam");
    add(out, auth.getGcp(), "gcp");
    return out;
  }

  /** The method for {@code auth}; {@code ownTokenFile} is jeso's own ServiceAccount token. */
  public static LoginMethod from(VaultAuth auth, Credentials credentials, Path ownTokenFile)
      throws InvalidStoreException {
    List<String> set = configured(auth);
    if (set.isEmpty()) {
      return new NoLogin();
    }
    String ns =
        auth.getNamespace() == null || auth.getNamespace().isEmpty() ? null : auth.getNamespace();
    return switch (set.get(0)) {
      case "tokenSecretRef" -> new StaticTokenLogin(auth.getTokenSecretRef(), credentials);
      case "appRole" -> new AppRoleLogin(auth.getAppRole(), ns, credentials);
      case "kubernetes" ->
          new KubernetesLogin(
              auth.getKubernetes(),
              ns,
              credentials,
              ownTokenFile == null ? KubernetesLogin.POD_TOKEN : ownTokenFile);
      case "ldap" ->
          new PasswordLogin(
              "ldap",
              orDefault(auth.getLdap().getPath(), "ldap"),
              auth.getLdap().getUsername(),
              auth.getLdap().getSecretRef(),
              ns,
              credentials);
      case "userPass" ->
          new PasswordLogin(
              "userPass",
              orDefault(auth.getUserPass().getPath(), "userpass"),
              auth.getUserPass().getUsername(),
              auth.getUserPass().getSecretRef(),
              ns,
              credentials);
      case "jwt" -> new JwtLogin(auth.getJwt(), ns, credentials);
      case "cert" -> new CertLogin(auth.getCert(), ns);
      default -> throw unsupported(set.get(0));
    };
  }

  /** The error for ESO's cloud logins, which jeso does not implement yet. */
  public static InvalidStoreException unsupported(String method) {
    return new InvalidStoreException(
        "spec.provider.vault.auth."
            + method
            + " is not supported by jeso yet; use kubernetes, jwt, appRole, cert, userPass, ldap or"
            + " tokenSecretRef");
  }

  private static void add(List<String> out, Object block, String name) {
    if (block != null) {
      out.add(name);
    }
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
