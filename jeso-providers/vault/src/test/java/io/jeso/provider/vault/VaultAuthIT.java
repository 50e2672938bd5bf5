package io.jeso.provider.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.api.common.ServiceAccountSelector;
import io.jeso.api.store.vault.VaultAppRoleAuth;
import io.jeso.api.store.vault.VaultAuth;
import io.jeso.api.store.vault.VaultJwtAuth;
import io.jeso.api.store.vault.VaultKubernetesAuth;
import io.jeso.api.store.vault.VaultKubernetesServiceAccountTokenAuth;
import io.jeso.api.store.vault.VaultKvVersion;
import io.jeso.api.store.vault.VaultProvider;
import io.jeso.api.store.vault.VaultUserPassAuth;
import io.jeso.core.provider.AuthenticationException;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.RemoteRef;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.provider.StoreValidation;
import io.jeso.core.store.StoreRef;
import io.jeso.testkit.KubeTest;
import io.jeso.testkit.TestEnv;
import io.jeso.testkit.TestNamespace;
import io.jeso.testkit.provider.KubeClusterObjects;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every auth method that OpenBao can run here, against the real server and the real control plane:
 * AppRole, userpass, Kubernetes (minted ServiceAccount token, token in a Secret, jeso's own token
 * file), JWT (minted token and token in a Secret, validated with the control plane's ServiceAccount
 * signing key), and referent authentication on a ClusterSecretStore. Rejected credentials are
 * canaries that must not appear in any error.
 */
@KubeTest(peers = "vault")
class VaultAuthIT {
  private static final String ISSUER = "https://kubernetes.default.svc.cluster.local";
  private static VaultAdmin admin;
  private static KubernetesClient kube;
  private static String mount;
  private static String policy;
  private static String approle;
  private static String userpass;
  private static String jwt;

  @BeforeAll
  static void arrange(TestEnv env) throws Exception {
    admin = new VaultAdmin(env.get("JESO_VAULT_ADDR"), env.get("JESO_VAULT_TOKEN"));
    kube = env.client();
    mount = VaultAdmin.unique("auth-kv");
    admin.enableKv(mount, 2);
    admin.putV2(mount, "app", Map.of("pw", "auth-value"));
    policy = VaultAdmin.unique("auth-read");
    admin.policy(policy, "path \"" + mount + "/*\" { capabilities = [\"read\", \"list\"] }");
    approle = VaultAdmin.unique("approle");
    admin.enableAuth(approle, "approle");
    userpass = VaultAdmin.unique("userpass");
    admin.enableAuth(userpass, "userpass");
    jwt = VaultAdmin.unique("jwt");
    admin.enableAuth(jwt, "jwt");
    Path saPub = Path.of(env.get("JESO_KUBE_CA_FILE")).resolveSibling("sa.pub");
    admin.post(
        "auth/" + jwt + "/config",
        Map.of("jwt_validation_pubkeys", List.of(Files.readString(saPub)), "bound_issuer", ISSUER));
  }

  @AfterAll
  static void cleanUp() {
    admin.disableAuth(approle);
    admin.disableAuth(userpass);
    admin.disableAuth(jwt);
    admin.disableMount(mount);
  }

  private static VaultProvider spec(VaultAuth auth) {
    return Specs.kv(admin.addr(), mount, VaultKvVersion.V2).withAuth(auth);
  }

  private static SecretsClient client(TestNamespace ns, VaultProvider spec) throws Exception {
    return new VaultSecretProvider().newClient(context(ns, spec));
  }

  private static ItContext context(TestNamespace ns, VaultProvider spec) {
    return ItContext.of(
        StoreRef.secretStore(ns.name(), "vault"), spec, new KubeClusterObjects(kube));
  }

  private static void assertReads(SecretsClient c) throws SecretProviderException {
    byte[] pw = c.getSecret(RemoteRef.of("app").withProperty("pw"));
    assertEquals("auth-value", new String(pw, StandardCharsets.UTF_8));
    assertEquals(StoreValidation.Result.READY, c.validate().result());
  }

  private static void serviceAccount(TestNamespace ns, String name) {
    kube.serviceAccounts()
        .inNamespace(ns.name())
        .resource(
            new ServiceAccountBuilder().withNewMetadata().withName(name).endMetadata().build())
        .create();
  }

  private static String mintToken(TestNamespace ns, String sa, List<String> audiences) {
    return kube.serviceAccounts()
        .inNamespace(ns.name())
        .withName(sa)
        .tokenRequest(
            new TokenRequestBuilder()
                .withNewSpec()
                .withAudiences(audiences)
                .withExpirationSeconds(600L)
                .endSpec()
                .build())
        .getStatus()
        .getToken();
  }

  @Test
  void appRoleWithAnInlineRoleId(TestNamespace ns) throws Exception {
    String[] ids = admin.appRole(approle, "inline", Map.of("token_policies", List.of(policy)));
    Specs.secret(kube, ns.name(), "approle", Map.of("secret-id", ids[1]));
    VaultAppRoleAuth appRole =
        new VaultAppRoleAuth()
            .withPath(approle)
            .withRoleId(ids[0])
            .withSecretRef(Specs.ref("approle", "secret-id"));
    try (SecretsClient c = client(ns, spec(new VaultAuth().withAppRole(appRole)))) {
      assertReads(c);
    }
    String canary = "CANARY-" + UUID.randomUUID();
    Specs.secret(kube, ns.name(), "approle", Map.of("secret-id", canary));
    AuthenticationException e =
        assertThrows(
            AuthenticationException.class,
            () -> client(ns, spec(new VaultAuth().withAppRole(appRole))));
    assertTrue(e.getMessage().startsWith("login with AppRole"), e.getMessage());
    assertFalse(String.valueOf(e).contains(canary), "the secret id leaked");
  }

  @Test
  void userPass(TestNamespace ns) throws Exception {
    String password = "pw-" + UUID.randomUUID();
    admin.post(
        "auth/" + userpass + "/users/alice",
        Map.of("password", password, "token_policies", List.of(policy)));
    Specs.secret(kube, ns.name(), "alice", Map.of("password", password));
    VaultUserPassAuth up =
        new VaultUserPassAuth()
            .withPath(userpass)
            .withUsername("alice")
            .withSecretRef(Specs.ref("alice", "password"));
    try (SecretsClient c = client(ns, spec(new VaultAuth().withUserPass(up)))) {
      assertReads(c);
    }
    String canary = "CANARY-" + UUID.randomUUID();
    Specs.secret(kube, ns.name(), "alice", Map.of("password", canary));
    AuthenticationException e =
        assertThrows(
            AuthenticationException.class,
            () -> client(ns, spec(new VaultAuth().withUserPass(up))));
    assertFalse(String.valueOf(e).contains(canary), "the password leaked");
  }

  /** A Kubernetes auth role bound to one ServiceAccount of the test namespace. */
  private static String kubernetesRole(TestNamespace ns, String sa) {
    String role = VaultAdmin.unique("k8s");
    admin.post(
        "auth/kubernetes/role/" + role,
        Map.of(
            "bound_service_account_names", List.of(sa),
            "bound_service_account_namespaces", List.of(ns.name()),
            "token_policies", List.of(policy),
            "token_ttl", "10m"));
    return role;
  }

  @Test
  void kubernetesWithAMintedServiceAccountToken(TestNamespace ns) throws Exception {
    serviceAccount(ns, "app");
    String role = kubernetesRole(ns, "app");
    VaultKubernetesAuth k8s =
        new VaultKubernetesAuth()
            .withRole(role)
            .withServiceAccountRef(new ServiceAccountSelector().withName("app"));
    try (SecretsClient c = client(ns, spec(new VaultAuth().withKubernetes(k8s)))) {
      assertReads(c);
    }
    // Another ServiceAccount is not bound to the role.
    serviceAccount(ns, "intruder");
    k8s.withServiceAccountRef(new ServiceAccountSelector().withName("intruder"));
    assertThrows(
        AuthenticationException.class, () -> client(ns, spec(new VaultAuth().withKubernetes(k8s))));
  }

  @Test
  void kubernetesWithATokenInASecret(TestNamespace ns) throws Exception {
    serviceAccount(ns, "app");
    String role = kubernetesRole(ns, "app");
    Specs.secret(kube, ns.name(), "sa-token", Map.of("token", mintToken(ns, "app", List.of())));
    VaultKubernetesAuth k8s =
        new VaultKubernetesAuth()
            .withMountPath("kubernetes")
            .withRole(role)
            .withSecretRef(new io.jeso.api.common.SecretKeySelector().withName("sa-token"));
    try (SecretsClient c = client(ns, spec(new VaultAuth().withKubernetes(k8s)))) {
      assertReads(c);
    }
  }

  @Test
  void kubernetesWithJesosOwnToken(TestNamespace ns, @TempDir Path dir) throws Exception {
    serviceAccount(ns, "jeso");
    String role = kubernetesRole(ns, "jeso");
    Path tokenFile = dir.resolve("token");
    Files.writeString(tokenFile, mintToken(ns, "jeso", List.of()) + "\n");
    VaultProvider spec =
        spec(new VaultAuth().withKubernetes(new VaultKubernetesAuth().withRole(role)));
    try (SecretsClient c = new VaultSecretProvider(tokenFile).newClient(context(ns, spec))) {
      assertReads(c);
    }
    Path none = dir.resolve("absent");
    InvalidStoreException e =
        assertThrows(
            InvalidStoreException.class,
            () -> new VaultSecretProvider(none).newClient(context(ns, spec)));
    assertTrue(e.getMessage().contains("set serviceAccountRef"), e.getMessage());
  }

  @Test
  void aSecretStoreCannotUseAServiceAccountOfAnotherNamespace(TestNamespace ns) {
    VaultKubernetesAuth k8s =
        new VaultKubernetesAuth()
            .withRole("any")
            .withServiceAccountRef(
                new ServiceAccountSelector().withName("default").withNamespace("kube-system"));
    VaultProvider spec = spec(new VaultAuth().withKubernetes(k8s));
    StoreRef store = StoreRef.secretStore(ns.name(), "vault");
    assertThrows(
        InvalidStoreException.class, () -> new VaultSecretProvider().validateStore(store, spec));
    assertThrows(InvalidStoreException.class, () -> client(ns, spec));
  }

  /** A JWT role for tokens of one ServiceAccount with audience {@code vault}. */
  private static String jwtRole(TestNamespace ns, String sa) {
    String role = VaultAdmin.unique("jwt");
    admin.post(
        "auth/" + jwt + "/role/" + role,
        Map.of(
            "role_type",
            "jwt",
            "bound_audiences",
            List.of("vault"),
            "user_claim",
            "sub",
            "bound_subject",
            "system:serviceaccount:" + ns.name() + ":" + sa,
            "token_policies",
            List.of(policy),
            "token_ttl",
            "10m"));
    return role;
  }

  @Test
  void jwtWithAMintedServiceAccountToken(TestNamespace ns) throws Exception {
    serviceAccount(ns, "app");
    VaultJwtAuth jwtAuth =
        new VaultJwtAuth()
            .withPath(jwt)
            .withRole(jwtRole(ns, "app"))
            .withKubernetesServiceAccountToken(
                new VaultKubernetesServiceAccountTokenAuth()
                    .withServiceAccountRef(new ServiceAccountSelector().withName("app")));
    try (SecretsClient c = client(ns, spec(new VaultAuth().withJwt(jwtAuth)))) {
      assertReads(c);
    }
  }

  @Test
  void jwtWithATokenInASecret(TestNamespace ns) throws Exception {
    serviceAccount(ns, "app");
    Specs.secret(kube, ns.name(), "jwt", Map.of("jwt", mintToken(ns, "app", List.of("vault"))));
    VaultJwtAuth jwtAuth =
        new VaultJwtAuth()
            .withPath(jwt)
            .withRole(jwtRole(ns, "app"))
            .withSecretRef(Specs.ref("jwt", "jwt"));
    try (SecretsClient c = client(ns, spec(new VaultAuth().withJwt(jwtAuth)))) {
      assertReads(c);
    }
    // The API server's default audience is not "vault": Vault refuses it.
    Specs.secret(kube, ns.name(), "jwt", Map.of("jwt", mintToken(ns, "app", List.of())));
    assertThrows(
        AuthenticationException.class, () -> client(ns, spec(new VaultAuth().withJwt(jwtAuth))));
  }

  @Test
  void aClusterStoreWithReferentAuthIsUnknownUntilItActsForANamespace(TestNamespace ns)
      throws Exception {
    Specs.secret(kube, ns.name(), "vault-token", Map.of("token", admin.token("10m", policy)));
    VaultProvider spec = spec(Specs.tokenAuth("vault-token"));
    StoreRef store = StoreRef.clusterSecretStore(VaultAdmin.unique("css"));
    ItContext validating = ItContext.of(store, spec, new KubeClusterObjects(kube)).actingFor(null);
    try (SecretsClient c = new VaultSecretProvider().newClient(validating)) {
      assertEquals(StoreValidation.Result.UNKNOWN, c.validate().result());
      assertThrows(InvalidStoreException.class, () -> c.getSecret(RemoteRef.of("app")));
    }
    try (SecretsClient c = new VaultSecretProvider().newClient(validating.actingFor(ns.name()))) {
      assertReads(c);
    }
  }
}
