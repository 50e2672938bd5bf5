package io.jeso.provider.vault.auth;

import io.jeso.api.common.SecretKeySelector;
import io.jeso.api.common.ServiceAccountSelector;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.KeyRef;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.ServiceAccountRef;
import io.jeso.core.provider.StoreContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Reads what a login needs from Kubernetes, always through the store context, so the namespace
 * rules (a SecretStore reads only its namespace; a ClusterSecretStore reference without a namespace
 * is referent authentication) are applied by jeso-core in one place.
 */
public final class Credentials {
  private final StoreContext<?> context;

  public Credentials(StoreContext<?> context) {
    this.context = context;
  }

  /**
   * A token-like value (Vault token, JWT, role id, secret id): surrounding whitespace is dropped,
   * as a Secret made with {@code kubectl create secret --from-file} often ends in a newline and no
   * token contains whitespace.
   *
   * @param field the field's path for messages, e.g. {@code auth.appRole.secretRef}
   */
  public String token(SecretKeySelector ref, String defaultKey, String field)
      throws SecretProviderException {
    return raw(ref, defaultKey, field).strip();
  }

  /** A password, exactly as stored (a password may end in a space). */
  public String password(SecretKeySelector ref, String defaultKey, String field)
      throws SecretProviderException {
    return raw(ref, defaultKey, field);
  }

  /** PEM or other bytes, as stored. */
  public byte[] bytes(SecretKeySelector ref, String defaultKey, String field)
      throws SecretProviderException {
    return context.references().secretValue(keyRef(ref, defaultKey, field));
  }

  /** A ServiceAccount token minted with the TokenRequest API. */
  public String serviceAccountToken(
      ServiceAccountSelector sa, List<String> audiences, Duration lifetime, String field)
      throws SecretProviderException {
    if (sa == null || sa.getName() == null || sa.getName().isEmpty()) {
      throw new InvalidStoreException("spec.provider.vault." + field + ".name is required");
    }
    ServiceAccountRef ref =
        new ServiceAccountRef(sa.getName(), sa.getNamespace(), sa.getAudiences());
    return context.tokens().mint(ref, audiences, lifetime).value();
  }

  private String raw(SecretKeySelector ref, String defaultKey, String field)
      throws SecretProviderException {
    return new String(bytes(ref, defaultKey, field), StandardCharsets.UTF_8);
  }

  static KeyRef keyRef(SecretKeySelector ref, String defaultKey, String field)
      throws InvalidStoreException {
    if (ref == null || ref.getName() == null || ref.getName().isEmpty()) {
      throw new InvalidStoreException("spec.provider.vault." + field + ".name is required");
    }
    String key = ref.getKey() == null || ref.getKey().isEmpty() ? defaultKey : ref.getKey();
    if (key == null) {
      throw new InvalidStoreException("spec.provider.vault." + field + ".key is required");
    }
    return new KeyRef(ref.getName(), key, ref.getNamespace());
  }
}
