package io.jeso.provider.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeso.api.common.CAProvider;
import io.jeso.api.common.CAProviderType;
import io.jeso.api.store.kubernetes.KubernetesAuth;
import io.jeso.api.store.kubernetes.KubernetesProvider;
import io.jeso.api.store.kubernetes.KubernetesServer;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.store.StoreRef;
import org.junit.jupiter.api.Test;

class SpecValidatorTest {
  private static final StoreRef STORE = StoreRef.secretStore("team-a", "k8s");
  private static final StoreRef CLUSTER_STORE = StoreRef.clusterSecretStore("k8s");

  @Test
  void acceptsATokenStoreAndWarnsAboutAnonymousOnes() throws Exception {
    assertThat(SpecValidator.validate(STORE, tokenStore())).isEmpty();
    assertThat(SpecValidator.validate(STORE, new KubernetesProvider()))
        .singleElement()
        .asString()
        .contains("anonymous");
  }

  @Test
  void usesEsosMessagesForMissingReferences() {
    KubernetesProvider noKey = tokenStore();
    noKey.getAuth().getToken().getBearerToken().setKey(null);
    assertThatThrownBy(() -> SpecValidator.validate(STORE, noKey))
        .isInstanceOf(InvalidStoreException.class)
        .hasMessage("BearerToken.Key cannot be empty");
  }

  @Test
  void aSecretStoreCannotReferenceAnotherNamespace() {
    KubernetesProvider spec = tokenStore();
    spec.getAuth().getToken().getBearerToken().setNamespace("team-b");
    assertThatThrownBy(() -> SpecValidator.validate(STORE, spec))
        .isInstanceOf(InvalidStoreException.class)
        .hasMessageContaining("namespace should either be empty or match");
  }

  @Test
  void caProviderNamespaceRulesDependOnTheStoreKind() {
    CAProvider ca = new CAProvider().withType(CAProviderType.SECRET).withName("ca").withKey("k");
    KubernetesProvider spec = tokenStore().withServer(new KubernetesServer().withCaProvider(ca));
    assertThatThrownBy(() -> SpecValidator.validate(CLUSTER_STORE, spec))
        .hasMessage("CAProvider.namespace must not be empty with ClusterSecretStore");
    ca.setNamespace("team-a");
    assertThatThrownBy(() -> SpecValidator.validate(STORE, spec))
        .hasMessage("CAProvider.namespace must be empty with SecretStore");
  }

  @Test
  void exactlyOneAuthMethod() {
    KubernetesProvider two = tokenStore();
    two.getAuth().setServiceAccount(new io.jeso.api.common.ServiceAccountSelector().withName("x"));
    assertThatThrownBy(() -> SpecValidator.validate(STORE, two))
        .hasMessageContaining("exactly one of cert, token and serviceAccount");
    KubernetesProvider none = new KubernetesProvider().withAuth(new KubernetesAuth());
    assertThatThrownBy(() -> SpecValidator.validate(STORE, none))
        .isInstanceOf(InvalidStoreException.class);
  }

  @Test
  void rejectsAUrlThatIsNotHttp() {
    KubernetesProvider spec =
        tokenStore().withServer(new KubernetesServer().withUrl("ftp://example.com"));
    assertThatThrownBy(() -> SpecValidator.validate(STORE, spec))
        .hasMessageContaining("server.url");
  }

  private static KubernetesProvider tokenStore() {
    return new KubernetesProvider().withAuth(Specs.token("token", "token"));
  }
}
