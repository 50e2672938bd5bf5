package io.jeso.provider.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.api.common.ServiceAccountSelector;
import io.jeso.api.store.aws.AwsAuth;
import io.jeso.api.store.aws.AwsJwtAuth;
import io.jeso.api.store.aws.AwsProvider;
import io.jeso.api.store.aws.AwsService;
import io.jeso.api.store.aws.SessionTagsPolicy;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.ReferencedSecret;
import io.jeso.core.provider.RemoteRef;
import io.jeso.core.provider.SecretProviderException;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.provider.StoreValidation;
import io.jeso.core.provider.TokenMinter;
import io.jeso.core.store.ClusterObjects;
import io.jeso.core.store.StoreRef;
import io.jeso.testkit.KubeTest;
import io.jeso.testkit.TestEnv;
import io.jeso.testkit.TestNamespace;
import io.jeso.testkit.provider.KubeClusterObjects;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Authentication against moto with credentials and tokens from the real control plane: static keys
 * from a Secret, web identity with a real TokenRequest token (moto's STS does not verify it), role
 * chains, and referent authentication on a ClusterSecretStore.
 */
@KubeTest(peers = "aws")
class AwsAuthIT {
  private static final String ROLE = "arn:aws:iam::123456789012:role/jeso-reader";
  private static final String CHAIN = "arn:aws:iam::123456789012:role/jeso-hop";

  private final Moto moto;
  private final KubernetesClient kube;
  private final Calls calls = new Calls();
  private final MutableClock clock = new MutableClock();
  private final List<List<String>> audiences = Collections.synchronizedList(new ArrayList<>());
  private final List<SecretsClient> clients = new ArrayList<>();
  private KubeClusterObjects objects;
  private String secretName;

  AwsAuthIT(TestEnv env, KubernetesClient kube) {
    this.moto = new Moto(env);
    this.kube = kube;
  }

  @BeforeEach
  void arrange() {
    objects = new KubeClusterObjects(kube);
    secretName = Moto.unique("jeso-it/auth");
    moto.sm.createSecret(r -> r.name(secretName).secretString("{\"password\":\"pw\"}"));
  }

  @AfterEach
  void close() {
    clients.forEach(SecretsClient::close);
    moto.close();
  }

  private SecretsClient client(StoreRef store, AwsProvider spec, String acting) throws Exception {
    ClusterObjects watched = new AudienceRecorder(objects, audiences);
    var context = new RecordingContext<>(store, spec, acting, watched, calls, clock);
    SecretsClient client = moto.provider().newClient(context);
    clients.add(client);
    return client;
  }

  private static AwsProvider sm(String region) {
    return new AwsProvider().withService(AwsService.SECRETS_MANAGER).withRegion(region);
  }

  private String read(SecretsClient client) throws SecretProviderException {
    return new String(
        client.getSecret(RemoteRef.of(secretName).withProperty("password")),
        StandardCharsets.UTF_8);
  }

  private void keysSecret(TestNamespace ns) {
    kube.secrets()
        .inNamespace(ns.name())
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("aws")
                .endMetadata()
                // Pasted with a trailing newline, as often happens.
                .addToStringData("id", moto.accessKeyId + "\n")
                .addToStringData("secret", moto.secretAccessKey)
                .build())
        .create();
  }

  private void serviceAccount(TestNamespace ns, Map<String, String> annotations) {
    kube.serviceAccounts()
        .inNamespace(ns.name())
        .resource(
            new ServiceAccountBuilder()
                .withNewMetadata()
                .withName("reader")
                .withAnnotations(annotations)
                .endMetadata()
                .build())
        .create();
  }

  private static AwsAuth jwt(List<String> extraAudiences) {
    ServiceAccountSelector sa = new ServiceAccountSelector();
    sa.setName("reader");
    sa.setAudiences(extraAudiences);
    return new AwsAuth().withJwt(new AwsJwtAuth().withServiceAccountRef(sa));
  }

  @Test
  void staticKeysFromASecret(TestNamespace ns) throws Exception {
    keysSecret(ns);
    SecretsClient client =
        client(
            StoreRef.secretStore(ns.name(), "aws"),
            sm(moto.region).withAuth(AwsStoreValidationTest.keys(null)),
            ns.name());
    assertEquals(StoreValidation.Result.READY, client.validate().result());
    assertEquals("pw", read(client));
  }

  @Test
  void aMissingCredentialsSecretIsAConfigurationError(TestNamespace ns) {
    InvalidStoreException e =
        assertThrows(
            InvalidStoreException.class,
            () ->
                client(
                    StoreRef.secretStore(ns.name(), "aws"),
                    sm(moto.region).withAuth(AwsStoreValidationTest.keys(null)),
                    ns.name()));
    assertTrue(e.getMessage().contains("Secret " + ns.name() + "/aws not found"), e.getMessage());
  }

  @Test
  void webIdentityExchangesARealServiceAccountToken(TestNamespace ns) throws Exception {
    serviceAccount(ns, Map.of(CredentialsChain.ROLE_ARN_ANNOTATION, ROLE));
    SecretsClient client =
        client(
            StoreRef.secretStore(ns.name(), "aws"),
            sm(moto.region).withAuth(jwt(List.of("extra-audience"))),
            ns.name());

    assertEquals("pw", read(client));
    assertEquals("pw", read(client));

    assertEquals(1, objects.tokensMinted(), "one token while the session lasts");
    assertEquals(List.of(List.of("sts.amazonaws.com", "extra-audience")), audiences);
    assertEquals(
        1, calls.count("AWS/STS AssumeRoleWithWebIdentity success"), calls.all().toString());
    assertEquals(2, calls.count("AWS/SecretsManager GetSecretValue success"));

    // moto's sessions last an hour; five minutes before the end jeso exchanges a new token.
    clock.advance(Duration.ofMinutes(56));
    assertEquals("pw", read(client));
    assertEquals(2, objects.tokensMinted());
    assertEquals(2, calls.count("AWS/STS AssumeRoleWithWebIdentity success"));
  }

  @Test
  void theAudienceAnnotationReplacesTheDefault(TestNamespace ns) throws Exception {
    serviceAccount(
        ns,
        Map.of(
            CredentialsChain.ROLE_ARN_ANNOTATION,
            ROLE,
            CredentialsChain.AUDIENCE_ANNOTATION,
            "my-oidc-audience"));
    SecretsClient client =
        client(
            StoreRef.secretStore(ns.name(), "aws"), sm(moto.region).withAuth(jwt(null)), ns.name());
    assertEquals(StoreValidation.Result.READY, client.validate().result());
    assertEquals(List.of(List.of("my-oidc-audience")), audiences);
  }

  @Test
  void aServiceAccountWithoutRoleIsAConfigurationError(TestNamespace ns) {
    serviceAccount(ns, Map.of());
    InvalidStoreException e =
        assertThrows(
            InvalidStoreException.class,
            () ->
                client(
                    StoreRef.secretStore(ns.name(), "aws"),
                    sm(moto.region).withAuth(jwt(null)),
                    ns.name()));
    assertTrue(e.getMessage().contains(CredentialsChain.ROLE_ARN_ANNOTATION), e.getMessage());
  }

  @Test
  void rolesAreAssumedInChainWithExternalIdAndSessionTags(TestNamespace ns) throws Exception {
    keysSecret(ns);
    AwsProvider spec =
        sm(moto.region)
            .withAuth(AwsStoreValidationTest.keys(null))
            .withAdditionalRoles(List.of(CHAIN))
            .withRole(ROLE)
            .withExternalID("jeso-external-id")
            .withSessionTagsPolicy(SessionTagsPolicy.SIMPLE)
            .withTransitiveTagKeys(List.of("esoNamespace"));
    SecretsClient client = client(StoreRef.secretStore(ns.name(), "aws"), spec, ns.name());

    assertEquals("pw", read(client));
    assertEquals("pw", read(client));
    assertEquals(2, calls.count("AWS/STS AssumeRole success"), "one per hop, then cached");
  }

  @Test
  void webIdentityThenARole(TestNamespace ns) throws Exception {
    serviceAccount(ns, Map.of(CredentialsChain.ROLE_ARN_ANNOTATION, CHAIN));
    SecretsClient client =
        client(
            StoreRef.secretStore(ns.name(), "aws"),
            sm(moto.region).withAuth(jwt(null)).withRole(ROLE),
            ns.name());
    assertEquals("pw", read(client));
    assertEquals(
        List.of(
            "AWS/STS AssumeRoleWithWebIdentity success",
            "AWS/STS AssumeRole success",
            "AWS/SecretsManager GetSecretValue success"),
        calls.all());
  }

  @Test
  void referentAuthOnAClusterStore(TestNamespace ns) throws Exception {
    keysSecret(ns);
    AwsProvider spec = sm(moto.region).withAuth(AwsStoreValidationTest.keys(null));
    StoreRef store = StoreRef.clusterSecretStore("aws-" + ns.name());

    SecretsClient validating = client(store, spec, null);
    assertEquals(StoreValidation.Result.UNKNOWN, validating.validate().result());
    assertThrows(InvalidStoreException.class, () -> read(validating));

    SecretsClient serving = client(store, spec, ns.name());
    assertEquals(StoreValidation.Result.READY, serving.validate().result());
    assertEquals("pw", read(serving));
  }

  @Test
  void anUnreachableStsIsAProviderErrorInValidation(TestNamespace ns) throws Exception {
    serviceAccount(ns, Map.of(CredentialsChain.ROLE_ARN_ANNOTATION, ROLE));
    var env = new java.util.HashMap<>(moto.environment());
    env.put("AWS_STS_ENDPOINT", "http://127.0.0.1:9");
    var context =
        new RecordingContext<>(
            StoreRef.secretStore(ns.name(), "aws"),
            sm(moto.region).withAuth(jwt(null)),
            ns.name(),
            objects,
            calls,
            clock);
    try (SecretsClient client = new AwsSecretProvider(env::get).newClient(context)) {
      StoreValidation v = client.validate();
      assertEquals(StoreValidation.Result.ERROR, v.result());
      assertTrue(v.message().contains("cannot connect at http://127.0.0.1:9"), v.message());
      ProviderException e = assertThrows(ProviderException.class, () -> read(client));
      assertFalse(e.getMessage().isEmpty());
    }
  }

  /** Passes through to the real objects and remembers the audiences of each token request. */
  private record AudienceRecorder(ClusterObjects delegate, List<List<String>> audiences)
      implements ClusterObjects {
    @Override
    public Optional<ReferencedSecret> secret(String namespace, String name)
        throws SecretProviderException {
      return delegate.secret(namespace, name);
    }

    @Override
    public Optional<Map<String, String>> configMap(String namespace, String name)
        throws SecretProviderException {
      return delegate.configMap(namespace, name);
    }

    @Override
    public Optional<Map<String, String>> serviceAccountAnnotations(String namespace, String name)
        throws SecretProviderException {
      return delegate.serviceAccountAnnotations(namespace, name);
    }

    @Override
    public Optional<TokenMinter.Token> requestToken(
        String namespace, String name, List<String> audiences, Duration expiration)
        throws SecretProviderException {
      this.audiences.add(List.copyOf(audiences));
      return delegate.requestToken(namespace, name, audiences, expiration);
    }
  }
}
