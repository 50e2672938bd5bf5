package io.jeso.provider.kubernetes;

import static io.jeso.provider.kubernetes.TestCluster.serviceAccountSubject;
import static io.jeso.provider.kubernetes.TestCluster.userSubject;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.api.store.kubernetes.KubernetesProvider;
import io.jeso.core.provider.AuthenticationException;
import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.ProviderApiCalls;
import io.jeso.core.provider.PushRemoteRef;
import io.jeso.core.provider.PushRequest;
import io.jeso.core.provider.RemoteRef;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.provider.StoreValidation;
import io.jeso.core.store.StoreRef;
import io.jeso.testkit.KubeTest;
import io.jeso.testkit.TestEnv;
import io.jeso.testkit.TestNamespace;
import io.jeso.testkit.provider.ProviderContractTest;
import io.jeso.testkit.provider.ProviderFixture;
import io.jeso.testkit.provider.TestStoreContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kubernetes provider against the real control plane. The store lives in the test namespace
 * (its credentials too); the Secrets it reads live in a second, "remote" namespace, so every test
 * crosses namespaces as real stores do. The contract runs with bearer-token auth of a
 * ServiceAccount that RBAC allows to work with Secrets in the remote namespace only.
 */
@KubeTest
class KubernetesProviderIT extends ProviderContractTest {
  private static final String READER = "jeso-reader";

  private final KubernetesSecretProvider provider = new KubernetesSecretProvider();
  private TestCluster cluster;
  private String ns;
  private String remote;

  @BeforeEach
  void setUp(KubernetesClient admin, TestNamespace namespace, TestEnv env) throws Exception {
    cluster = new TestCluster(admin, env);
    ns = namespace.name();
    remote = ns + "-remote";
    cluster.createNamespace(remote);
    cluster.serviceAccount(ns, READER);
    cluster.grantSecrets(
        remote, serviceAccountSubject(ns, READER), "get", "list", "create", "update", "delete");
  }

  @AfterEach
  void deleteRemoteNamespace() {
    cluster.deleteNamespace(remote);
  }

  @Override
  protected ProviderFixture newFixture() throws Exception {
    return new KubeFixture(cluster, remote, context(tokenStore(READER)));
  }

  // ---- authentication variants

  @Test
  void bearerTokenOfAServiceAccountValidatesReadsAndCountsCalls() throws Exception {
    cluster.putSecret(remote, "db", Map.of("password", "from-token"));
    List<String> calls = new CopyOnWriteArrayList<>();
    ProviderApiCalls recorder =
        (provider, call, status) -> calls.add(provider + " " + call + " " + status);

    try (SecretsClient client =
        provider.newClient(context(tokenStore(READER)).withApiCalls(recorder))) {
      assertThat(client.validate().result()).isEqualTo(StoreValidation.Result.READY);
      assertThat(read(client, "db", "password")).isEqualTo("from-token");
      expect(NoSecretException.class, () -> client.getSecret(RemoteRef.of("absent")));
    }
    assertThat(calls)
        .containsExactly(
            "Kubernetes CreateSelfSubjectAccessReview success",
            "Kubernetes GetSecret success",
            "Kubernetes GetSecret error");
  }

  @Test
  void serviceAccountAuthMintsATokenAndRenewsItBeforeExpiry() throws Exception {
    cluster.putSecret(remote, "db", Map.of("password", "from-sa"));
    cluster.putConfigMap(ns, "cluster-ca", Map.of("ca.crt", new String(cluster.caPem())));
    KubernetesProvider spec =
        Specs.store(cluster.apiserver(), null, remote).withAuth(Specs.serviceAccount(READER));
    spec.getServer().setCaProvider(Specs.caConfigMap("cluster-ca", "ca.crt"));
    MovableClock clock = new MovableClock(Instant.now());

    try (SecretsClient client = provider.newClient(context(spec).withClock(clock))) {
      assertThat(cluster.objects.tokensMinted()).isEqualTo(1);
      assertThat(read(client, "db", "password")).isEqualTo("from-sa");
      assertThat(cluster.objects.tokensMinted()).isEqualTo(1);

      clock.advance(Duration.ofMinutes(50)); // past 80% of the hour the token lives
      assertThat(read(client, "db", "password")).isEqualTo("from-sa");
      assertThat(cluster.objects.tokensMinted()).isEqualTo(2);
    }
  }

  @Test
  void clientCertificateAuth() throws Exception {
    String user = "jeso-cert-" + ns;
    String[] certAndKey = cluster.clientCertificate(user);
    cluster.putSecret(
        ns, "client-cert", Map.of("tls.crt", certAndKey[0], "tls.key", certAndKey[1]));
    cluster.grantSecrets(remote, userSubject(user), "get");
    cluster.putSecret(remote, "db", Map.of("password", "from-cert"));
    KubernetesProvider spec =
        Specs.store(cluster.apiserver(), cluster.caBase64(), remote)
            .withAuth(Specs.cert("client-cert"));

    try (SecretsClient client = provider.newClient(context(spec))) {
      assertThat(read(client, "db", "password")).isEqualTo("from-cert");
    }
  }

  @Test
  void authRefKubeconfig() throws Exception {
    String kubeconfig =
        """
        apiVersion: v1
        kind: Config
        clusters:
        - name: remote
          cluster:
            server: %s
            certificate-authority-data: %s
        users:
        - name: reader
          user:
            token: %s
        contexts:
        - name: remote
          context: {cluster: remote, user: reader}
        current-context: remote
        """
            .formatted(cluster.apiserver(), cluster.caBase64(), cluster.token(ns, READER));
    cluster.putSecret(ns, "remote-kubeconfig", Map.of("config", kubeconfig));
    cluster.putSecret(remote, "db", Map.of("password", "from-kubeconfig"));
    KubernetesProvider spec =
        new KubernetesProvider()
            .withAuthRef(Specs.ref("remote-kubeconfig", "config"))
            .withRemoteNamespace(remote);

    try (SecretsClient client = provider.newClient(context(spec))) {
      assertThat(read(client, "db", "password")).isEqualTo("from-kubeconfig");
    }
  }

  @Test
  void forbiddenIsAClearAuthenticationErrorWithoutValues() throws Exception {
    cluster.serviceAccount(ns, "jeso-nobody");
    String value = canary();
    cluster.putSecret(remote, "db", Map.of("password", value));

    try (SecretsClient client = provider.newClient(context(tokenStore("jeso-nobody")))) {
      AuthenticationException e =
          expect(
              AuthenticationException.class,
              () -> client.getSecret(RemoteRef.of("db").withProperty("password")));
      assertThat(e.getMessage()).contains("403").contains("namespace " + remote);

      StoreValidation validation = client.validate();
      assertThat(validation.result()).isEqualTo(StoreValidation.Result.ERROR);
      assertThat(validation.message()).contains("not allowed to get secrets");
    }
  }

  @Test
  void anInvalidTokenIsRejectedAndNothingFallsBackToAmbientCredentials() throws Exception {
    // The test JVM has the admin kubeconfig in its environment; a store must never use it.
    cluster.putSecret(ns, "bad-token", Map.of("token", "not-a-valid-token"));
    cluster.putSecret(remote, "db", Map.of("password", canary()));
    KubernetesProvider badToken =
        Specs.store(cluster.apiserver(), cluster.caBase64(), remote)
            .withAuth(Specs.token("bad-token", "token"));
    KubernetesProvider anonymous = Specs.store(cluster.apiserver(), cluster.caBase64(), remote);

    try (SecretsClient client = provider.newClient(context(badToken))) {
      AuthenticationException e =
          expect(AuthenticationException.class, () -> client.getSecret(RemoteRef.of("db")));
      assertThat(e.getMessage()).contains("401");
    }
    try (SecretsClient client = provider.newClient(context(anonymous))) {
      expect(AuthenticationException.class, () -> client.getSecret(RemoteRef.of("db")));
    }
  }

  @Test
  void referentAuthOnAClusterStoreIsUnknownUntilAnExternalSecretUsesIt() throws Exception {
    cluster.putSecret(remote, "db", Map.of("password", "referent"));
    KubernetesProvider spec = tokenStore(READER); // the token reference has no namespace
    StoreRef clusterStore = StoreRef.clusterSecretStore("k8s-" + ns);
    TestStoreContext<KubernetesProvider> validating =
        new TestStoreContext<>(clusterStore, spec, null, cluster.objects);

    try (SecretsClient client = provider.newClient(validating)) {
      assertThat(client.validate().result()).isEqualTo(StoreValidation.Result.UNKNOWN);
    }
    try (SecretsClient client = provider.newClient(validating.actingFor(ns))) {
      assertThat(read(client, "db", "password")).isEqualTo("referent");
    }
  }

  // ---- kubernetes-specific reads and writes

  @Test
  void metadataPolicyFetchReturnsLabelsAndAnnotations() throws Exception {
    cluster.putSecret(
        remote,
        "meta",
        Map.of("password", canary()),
        Map.of("team", "payments"),
        Map.of("example.com/owner", "alice", "config", "{\"tier\":\"gold\"}"));
    RemoteRef fetch = new RemoteRef("meta", null, null, RemoteRef.MetadataPolicy.FETCH);
    SecretsClient client = fixture().client();

    String all = new String(client.getSecret(fetch), StandardCharsets.UTF_8);
    assertThat(all)
        .isEqualTo(
            "{\"annotations\":{\"config\":\"{\\\"tier\\\":\\\"gold\\\"}\","
                + "\"example.com/owner\":\"alice\"},\"labels\":{\"team\":\"payments\"}}");
    assertThat(text(client.getSecret(fetch.withProperty("labels.team")))).isEqualTo("payments");
    assertThat(text(client.getSecret(fetch.withProperty("annotations.example.com/owner"))))
        .isEqualTo("alice");
    assertThat(text(client.getSecret(fetch.withProperty("annotations.config.tier"))))
        .isEqualTo("gold");
  }

  @Test
  void pushSetsLabelsFromMetadataAndKeepsOtherKeys() throws Exception {
    cluster.putSecret(remote, "target", Map.of("existing", "kept"));
    Map<String, Object> metadata =
        Map.of(
            "apiVersion", "kubernetes.external-secrets.io/v1alpha1",
            "kind", "PushSecretMetadata",
            "spec", Map.of("labels", Map.of("pushed-by", "jeso")));
    PushRequest push =
        new PushRequest(
            new PushRemoteRef("target", "pushed"),
            "key",
            "value".getBytes(StandardCharsets.UTF_8),
            metadata);

    fixture().client().pushSecret(push);

    Secret target = cluster.admin.secrets().inNamespace(remote).withName("target").get();
    assertThat(target.getMetadata().getLabels()).containsEntry("pushed-by", "jeso");
    assertThat(target.getData()).containsKeys("existing", "pushed");
  }

  // ---- helpers

  /** A SecretStore in the test namespace using the bearer token of ServiceAccount {@code sa}. */
  private KubernetesProvider tokenStore(String sa) throws Exception {
    String secret = sa + "-token";
    cluster.putSecret(ns, secret, Map.of("token", cluster.token(ns, sa)));
    return Specs.store(cluster.apiserver(), cluster.caBase64(), remote)
        .withAuth(Specs.token(secret, "token"));
  }

  private TestStoreContext<KubernetesProvider> context(KubernetesProvider spec) {
    return new TestStoreContext<>(StoreRef.secretStore(ns, "k8s"), spec, ns, cluster.objects);
  }

  private static String read(SecretsClient client, String key, String property) throws Exception {
    return text(client.getSecret(RemoteRef.of(key).withProperty(property)));
  }

  private static String text(byte[] value) {
    return new String(value, StandardCharsets.UTF_8);
  }

  /** A clock a test moves forward. */
  private static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
