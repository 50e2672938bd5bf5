package io.jeso.provider.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.Config;
import io.jeso.api.store.kubernetes.KubernetesProvider;
import io.jeso.api.store.kubernetes.KubernetesServer;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.ProviderRegistry;
import io.jeso.core.store.StoreRef;
import io.jeso.testkit.provider.TestStoreContext;
import org.junit.jupiter.api.Test;

class ConnectionsTest {
  private static final StoreRef STORE = StoreRef.secretStore("team-a", "k8s");

  @Test
  void defaultsAsEso() {
    assertThat(Connections.serverUrl(null)).isEqualTo("https://kubernetes.default");
    assertThat(Connections.serverUrl(new KubernetesServer().withUrl("10.0.0.1:6443")))
        .isEqualTo("https://10.0.0.1:6443");
    assertThat(Connections.remoteNamespace(new KubernetesProvider())).isEqualTo("default");
  }

  @Test
  void anAnonymousStoreGetsNoCredentialsFromTheOperatorsEnvironment() throws Exception {
    KubernetesProvider spec =
        new KubernetesProvider().withServer(new KubernetesServer().withUrl("https://remote:6443"));

    Config config = Connections.config(TestStoreContext.of(STORE, spec));

    assertThat(config.getOauthToken()).isNull();
    assertThat(config.getOauthTokenProvider()).isNull();
    assertThat(config.getClientCertData()).isNull();
    assertThat(config.getClientCertFile()).isNull();
    assertThat(config.getUsername()).isNull();
    assertThat(config.getNamespace()).isEqualTo("default");
  }

  @Test
  void aCaBundleMustBePem() {
    KubernetesProvider spec =
        new KubernetesProvider()
            .withServer(
                new KubernetesServer().withUrl("https://remote").withCaBundle("bm90IHBlbQ=="));
    assertThatThrownBy(() -> Connections.config(TestStoreContext.of(STORE, spec)))
        .isInstanceOf(InvalidStoreException.class)
        .hasMessageContaining("server.caBundle");
  }

  @Test
  void aMissingCredentialSecretIsAStoreError() {
    KubernetesProvider spec = new KubernetesProvider().withAuth(Specs.token("absent", "token"));
    assertThatThrownBy(() -> Connections.config(TestStoreContext.of(STORE, spec)))
        .isInstanceOf(InvalidStoreException.class)
        .hasMessageContaining("absent");
  }

  @Test
  void isRegistered() {
    assertThat(ProviderRegistry.load(getClass().getClassLoader()).find("kubernetes"))
        .get()
        .isInstanceOf(KubernetesSecretProvider.class);
  }
}
