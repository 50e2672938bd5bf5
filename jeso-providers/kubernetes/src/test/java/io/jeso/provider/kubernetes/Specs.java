package io.jeso.provider.kubernetes;

import io.jeso.api.common.CAProvider;
import io.jeso.api.common.CAProviderType;
import io.jeso.api.common.SecretKeySelector;
import io.jeso.api.common.ServiceAccountSelector;
import io.jeso.api.store.kubernetes.KubernetesAuth;
import io.jeso.api.store.kubernetes.KubernetesCertAuth;
import io.jeso.api.store.kubernetes.KubernetesProvider;
import io.jeso.api.store.kubernetes.KubernetesServer;
import io.jeso.api.store.kubernetes.KubernetesTokenAuth;

/** Short builders for {@code spec.provider.kubernetes} in tests. */
final class Specs {
  private Specs() {}

  static KubernetesProvider store(String url, String caBundle, String remoteNamespace) {
    return new KubernetesProvider()
        .withServer(new KubernetesServer().withUrl(url).withCaBundle(caBundle))
        .withRemoteNamespace(remoteNamespace);
  }

  static SecretKeySelector ref(String name, String key) {
    return new SecretKeySelector().withName(name).withKey(key);
  }

  static KubernetesAuth token(String secret, String key) {
    return new KubernetesAuth()
        .withToken(new KubernetesTokenAuth().withBearerToken(ref(secret, key)));
  }

  static KubernetesAuth serviceAccount(String name) {
    return new KubernetesAuth().withServiceAccount(new ServiceAccountSelector().withName(name));
  }

  static KubernetesAuth cert(String secret) {
    return new KubernetesAuth()
        .withCert(
            new KubernetesCertAuth()
                .withClientCert(ref(secret, "tls.crt"))
                .withClientKey(ref(secret, "tls.key")));
  }

  static CAProvider caConfigMap(String name, String key) {
    return new CAProvider().withType(CAProviderType.CONFIG_MAP).withName(name).withKey(key);
  }
}
