package io.jeso.provider.kubernetes;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.jeso.api.common.SecretKeySelector;
import io.jeso.api.common.ServiceAccountSelector;
import io.jeso.api.store.kubernetes.KubernetesAuth;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.KeyRef;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.ServiceAccountRef;
import io.jeso.core.provider.StoreContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Applies {@code auth} to a fabric8 config: a bearer token from a Secret, a ServiceAccount token
 * minted (and renewed) for the store, or a client certificate and key from Secrets. Every
 * credential is read through {@link StoreContext#references()} or {@link StoreContext#tokens()},
 * which enforce the store's namespace rules.
 */
final class Credentials {
  private Credentials() {}

  static void apply(ConfigBuilder config, StoreContext<?> context, KubernetesAuth auth)
      throws SecretProviderException {
    if (auth == null) {
      // As in ESO: no auth block means anonymous requests.
      return;
    }
    if (auth.getToken() != null) {
      byte[] token = read(context, auth.getToken().getBearerToken(), "auth.token.bearerToken");
      config.withOauthToken(new String(token, StandardCharsets.UTF_8).strip());
    } else if (auth.getServiceAccount() != null) {
      RenewingToken token = serviceAccountToken(context, auth.getServiceAccount());
      config.withOauthTokenProvider(token);
    } else if (auth.getCert() != null) {
      byte[] cert = read(context, auth.getCert().getClientCert(), "auth.cert.clientCert");
      byte[] key = read(context, auth.getCert().getClientKey(), "auth.cert.clientKey");
      config
          .withClientCertData(Pem.forFabric8(Pem.require(cert, "auth.cert.clientCert")))
          .withClientKeyData(Pem.forFabric8(Pem.require(key, "auth.cert.clientKey")))
          .withClientKeyAlgo(keyAlgorithm(key));
    }
  }

  private static RenewingToken serviceAccountToken(
      StoreContext<?> context, ServiceAccountSelector sa) throws SecretProviderException {
    ServiceAccountRef ref =
        new ServiceAccountRef(sa.getName(), sa.getNamespace(), sa.getAudiences());
    RenewingToken token = new RenewingToken(context.tokens(), ref, context.clock());
    token.mintNow();
    return token;
  }

  private static byte[] read(StoreContext<?> context, SecretKeySelector ref, String field)
      throws SecretProviderException {
    if (ref == null || ref.getName() == null || ref.getKey() == null) {
      throw new InvalidStoreException(field + " must name a Secret and a key");
    }
    return context
        .references()
        .secretValue(new KeyRef(ref.getName(), ref.getKey(), ref.getNamespace()));
  }

  /** fabric8 needs the key type up front; PEM headers tell RSA from EC. */
  static String keyAlgorithm(byte[] pem) {
    try {
      String algorithm = Config.getKeyAlgorithm(new ByteArrayInputStream(pem));
      return algorithm == null ? "RSA" : algorithm;
    } catch (IOException e) {
      return "RSA";
    }
  }
}
