package io.jeso.provider.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jeso.api.common.CAProvider;
import io.jeso.api.common.CAProviderType;
import io.jeso.api.common.ServiceAccountSelector;
import io.jeso.api.store.vault.VaultAppRoleAuth;
import io.jeso.api.store.vault.VaultAuth;
import io.jeso.api.store.vault.VaultCheckAndSet;
import io.jeso.api.store.vault.VaultClientTls;
import io.jeso.api.store.vault.VaultIamAuth;
import io.jeso.api.store.vault.VaultJwtAuth;
import io.jeso.api.store.vault.VaultKubernetesAuth;
import io.jeso.api.store.vault.VaultKvVersion;
import io.jeso.api.store.vault.VaultProvider;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.ProviderRegistry;
import io.jeso.core.store.StoreRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Admission-time checks of {@code spec.provider.vault}, with ESO's texts where ESO has them. */
class VaultStoreValidatorTest {
  private static final StoreRef STORE = StoreRef.secretStore("team-a", "vault");
  private static final StoreRef CLUSTER = StoreRef.clusterSecretStore("vault");

  private static VaultProvider base() {
    return new VaultProvider().withServer("https://vault:8200").withPath("secret");
  }

  private static String rejected(StoreRef store, VaultProvider spec) {
    return assertThrows(
            InvalidStoreException.class, () -> new VaultSecretProvider().validateStore(store, spec))
        .getMessage();
  }

  @Test
  void acceptsAPlainStoreAndTheProviderIsRegistered() throws Exception {
    assertEquals(List.of(), new VaultSecretProvider().validateStore(STORE, base()));
    // Discovered through META-INF/services like every provider.
    assertTrue(ProviderRegistry.load().find("vault").orElseThrow() instanceof VaultSecretProvider);
  }

  @Test
  void needsAnHttpServer() {
    assertTrue(rejected(STORE, base().withServer(null)).contains("server is required"));
    assertTrue(rejected(STORE, base().withServer("vault:8200")).contains("http:// or https://"));
    assertTrue(rejected(STORE, base().withServer("https://u:p@vault")).contains("must not carry"));
  }

  @Test
  void esoTextsForAuthMistakes() {
    VaultAuth noRoleId =
        new VaultAuth()
            .withAppRole(new VaultAppRoleAuth().withSecretRef(Specs.ref("approle", "secret-id")));
    assertEquals(
        "invalid Auth.AppRole: neither `roleId` nor `roleRef` was supplied",
        rejected(STORE, base().withAuth(noRoleId)));
    assertEquals(
        "neither `secretRef` nor `kubernetesServiceAccountToken` was supplied as token source for"
            + " jwt authentication",
        rejected(
            STORE, base().withAuth(new VaultAuth().withJwt(new VaultJwtAuth().withRole("r")))));
    VaultClientTls half = new VaultClientTls().withCertSecretRef(Specs.ref("tls", "tls.crt"));
    assertEquals(
        "when provided, both ClientTLS.ClientCert and ClientTLS.SecretRef should be provided",
        rejected(STORE, base().withTls(half)));
    VaultProvider casOnV1 =
        base()
            .withVersion(VaultKvVersion.V1)
            .withCheckAndSet(new VaultCheckAndSet().withRequired(true));
    assertEquals("checkAndSet is not supported with Vault KV version v1", rejected(STORE, casOnV1));
  }

  @Test
  void enforcesNamespaceRulesWithoutReading() {
    VaultAuth otherNamespace =
        new VaultAuth()
            .withKubernetes(
                new VaultKubernetesAuth()
                    .withRole("r")
                    .withServiceAccountRef(
                        new ServiceAccountSelector().withName("sa").withNamespace("team-b")));
    assertTrue(rejected(STORE, base().withAuth(otherNamespace)).contains("namespace should"));
    CAProvider caWithoutNamespace =
        new CAProvider().withType(CAProviderType.CONFIG_MAP).withName("ca");
    assertEquals(
        "cluster scope requires namespace",
        rejected(CLUSTER, base().withCaProvider(caWithoutNamespace)));
  }

  @Test
  void rejectsWhatJesoCannotDoAndWarnsAboutAmbiguity() throws Exception {
    VaultAuth iam = new VaultAuth().withIam(new VaultIamAuth().withVaultRole("r"));
    assertTrue(rejected(STORE, base().withAuth(iam)).contains("auth.iam is not supported"));
    assertTrue(
        rejected(STORE, base().withHeaders(Map.of("Host", "x"))).contains("may not set Host"));
    VaultAuth two = Specs.tokenAuth("t").withKubernetes(new VaultKubernetesAuth().withRole("r"));
    List<String> warnings = new VaultSecretProvider().validateStore(STORE, base().withAuth(two));
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).endsWith("only one is used: tokenSecretRef (ESO's order)"));
  }
}
