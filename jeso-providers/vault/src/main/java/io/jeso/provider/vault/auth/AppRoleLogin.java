package io.jeso.provider.vault.auth;

import io.jeso.api.store.vault.VaultAppRoleAuth;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.provider.vault.http.VaultHttp;
import java.time.Clock;
import java.util.Map;

/** {@code auth.appRole}: role id (inline or from a Secret) and secret id from a Secret. */
record AppRoleLogin(VaultAppRoleAuth spec, String namespace, Credentials credentials)
    implements LoginMethod {
  /** ESO's text when neither roleId nor roleRef is set. */
  static final String NO_ROLE_ID =
      "invalid Auth.AppRole: neither `roleId` nor `roleRef` was supplied";

  @Override
  public VaultToken login(VaultHttp http, Clock clock) throws SecretProviderException {
    String roleId;
    if (spec.getRoleId() != null && !spec.getRoleId().isBlank()) {
      roleId = spec.getRoleId().strip();
    } else if (spec.getRoleRef() != null) {
      roleId = credentials.token(spec.getRoleRef(), null, "auth.appRole.roleRef");
    } else {
      throw new InvalidStoreException(NO_ROLE_ID);
    }
    String secretId = credentials.token(spec.getSecretRef(), null, "auth.appRole.secretRef");
    return Logins.post(
        http,
        clock,
        describe(),
        mount(),
        "",
        Map.of("role_id", roleId, "secret_id", secretId),
        namespace);
  }

  private String mount() {
    return spec.getPath() == null || spec.getPath().isBlank() ? "approle" : spec.getPath();
  }

  @Override
  public String describe() {
    return "AppRole (auth/" + Logins.trimSlashes(mount()) + ")";
  }
}
