package io.jeso.provider.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.api.common.CAProvider;
import io.jeso.api.common.CAProviderType;
import io.jeso.api.store.vault.VaultAuth;
import io.jeso.api.store.vault.VaultCertAuth;
import io.jeso.api.store.vault.VaultClientTls;
import io.jeso.api.store.vault.VaultKvVersion;
import io.jeso.api.store.vault.VaultProvider;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.RemoteRef;
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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS against an OpenBao of the test's own with a generated CA ({@code -dev-tls}): trust from
 * caBundle and caProvider (ConfigMap and Secret), refusal of an untrusted server, the TLS
 * certificate auth method, and a client certificate on the transport. Client certificates come from
 * openssl, with an RSA key in PKCS#1 (cert-manager's default encoding).
 */
@KubeTest(peers = "vault")
class VaultTlsIT {
  /** A policy only cert logins carry, to count their tokens. */
  private static final String CERT_MARK = "cert-login";

  @TempDir static Path dir;
  private static PrivateBao bao;
  private static VaultAdmin admin;
  private static KubernetesClient kube;
  private static String serverCa;
  private static String clientCa;
  private static String clientCert;
  private static String clientKey;
  private static String policy;

  @BeforeAll
  static void arrange(TestEnv env) throws Exception {
    kube = env.client();
    Path baoDir = Files.createDirectories(dir.resolve("bao"));
    bao = PrivateBao.start(env.get("JESO_BAO"), baoDir, true);
    admin = bao.admin();
    serverCa = Files.readString(bao.caFile());
    clientCertificates(Files.createDirectories(dir.resolve("client")));
    admin.putV2("secret", "app", Map.of("pw", "tls-value"));
    policy = "read-app";
    admin.policy(policy, "path \"secret/data/app\" { capabilities = [\"read\"] }");
    admin.policy(CERT_MARK, "path \"sys/nothing\" { capabilities = [\"deny\"] }");
    admin.enableAuth("cert", "cert");
    admin.post(
        "auth/cert/certs/jeso",
        Map.of("certificate", clientCa, "token_policies", List.of(policy, CERT_MARK)));
  }

  @AfterAll
  static void stop() throws Exception {
    if (bao != null) {
      bao.close();
    }
  }

  private static void clientCertificates(Path d) throws Exception {
    run(d, "openssl", "ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "ca.key");
    run(
        d,
        "openssl",
        "req",
        "-x509",
        "-new",
        "-key",
        "ca.key",
        "-subj",
        "/CN=jeso-client-ca",
        "-days",
        "1",
        "-out",
        "ca.crt");
    run(d, "openssl", "genrsa", "-traditional", "-out", "client.key", "2048");
    run(
        d,
        "openssl",
        "req",
        "-new",
        "-key",
        "client.key",
        "-subj",
        "/CN=jeso-client",
        "-out",
        "client.csr");
    Files.writeString(d.resolve("ext"), "extendedKeyUsage=clientAuth\n");
    run(
        d,
        "openssl",
        "x509",
        "-req",
        "-in",
        "client.csr",
        "-CA",
        "ca.crt",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "1",
        "-extfile",
        "ext",
        "-out",
        "client.crt");
    clientCa = Files.readString(d.resolve("ca.crt"));
    clientCert = Files.readString(d.resolve("client.crt"));
    clientKey = Files.readString(d.resolve("client.key"));
  }

  private static void run(Path d, String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).directory(d.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
    }
  }

  private static VaultProvider spec(TestNamespace ns) {
    Specs.secret(kube, ns.name(), "vault-token", Map.of("token", admin.token("10m", policy)));
    return Specs.kv(bao.addr(), "secret", VaultKvVersion.V2)
        .withAuth(Specs.tokenAuth("vault-token"));
  }

  private static SecretsClient client(TestNamespace ns, VaultProvider spec) throws Exception {
    return new VaultSecretProvider()
        .newClient(
            ItContext.of(
                StoreRef.secretStore(ns.name(), "vault"), spec, new KubeClusterObjects(kube)));
  }

  private static void assertReads(SecretsClient c) throws Exception {
    assertEquals(
        "tls-value",
        new String(c.getSecret(RemoteRef.of("app").withProperty("pw")), StandardCharsets.UTF_8));
    assertEquals(StoreValidation.Result.READY, c.validate().result());
  }

  @Test
  void trustsTheCaBundle(TestNamespace ns) throws Exception {
    String b64 = Base64.getEncoder().encodeToString(serverCa.getBytes(StandardCharsets.US_ASCII));
    try (SecretsClient c = client(ns, spec(ns).withCaBundle(b64))) {
      assertReads(c);
    }
  }

  @Test
  void trustsACaProviderConfigMapOrSecret(TestNamespace ns) throws Exception {
    kube.configMaps()
        .inNamespace(ns.name())
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("vault-ca")
                .endMetadata()
                .withData(Map.of("ca.crt", serverCa))
                .build())
        .create();
    Specs.secret(kube, ns.name(), "vault-ca", Map.of("bundle.pem", serverCa));
    CAProvider fromConfigMap =
        new CAProvider().withType(CAProviderType.CONFIG_MAP).withName("vault-ca");
    try (SecretsClient c = client(ns, spec(ns).withCaProvider(fromConfigMap))) {
      assertReads(c);
    }
    CAProvider fromSecret =
        new CAProvider().withType(CAProviderType.SECRET).withName("vault-ca").withKey("bundle.pem");
    try (SecretsClient c = client(ns, spec(ns).withCaProvider(fromSecret))) {
      assertReads(c);
    }
  }

  @Test
  void refusesAServerItDoesNotTrust(TestNamespace ns) throws Exception {
    try (SecretsClient c = client(ns, spec(ns))) {
      ProviderException e =
          assertThrows(ProviderException.class, () -> c.getSecret(RemoteRef.of("app")));
      assertTrue(e.getMessage().startsWith("TLS with Vault"), e.getMessage());
      assertEquals(StoreValidation.Result.ERROR, c.validate().result());
    }
    String wrongCa =
        Base64.getEncoder().encodeToString(clientCa.getBytes(StandardCharsets.US_ASCII));
    try (SecretsClient c = client(ns, spec(ns).withCaBundle(wrongCa))) {
      assertThrows(ProviderException.class, () -> c.getSecret(RemoteRef.of("app")));
    }
  }

  @Test
  void logsInWithTheCertAuthMethod(TestNamespace ns) throws Exception {
    Specs.secret(kube, ns.name(), "client", Map.of("tls.crt", clientCert, "tls.key", clientKey));
    VaultCertAuth cert =
        new VaultCertAuth()
            .withVaultRole("jeso")
            .withClientCert(Specs.ref("client", "tls.crt"))
            .withSecretRef(Specs.ref("client", "tls.key"));
    VaultProvider spec =
        Specs.kv(bao.addr(), "secret", VaultKvVersion.V2)
            .withCaBundle(
                Base64.getEncoder().encodeToString(serverCa.getBytes(StandardCharsets.US_ASCII)))
            .withAuth(new VaultAuth().withCert(cert));
    try (SecretsClient c = client(ns, spec)) {
      assertReads(c);
      assertEquals(1, admin.tokensWithPolicy(CERT_MARK).size());
    }
    assertTrue(admin.tokensWithPolicy(CERT_MARK).isEmpty(), "close revoked the cert login's token");
  }

  @Test
  void presentsAClientCertificateAndRejectsABrokenKey(TestNamespace ns) throws Exception {
    Specs.secret(kube, ns.name(), "client", Map.of("tls.crt", clientCert, "tls.key", clientKey));
    VaultClientTls tls =
        new VaultClientTls()
            .withCertSecretRef(Specs.ref("client", "tls.crt"))
            .withKeySecretRef(Specs.ref("client", "tls.key"));
    VaultProvider spec =
        spec(ns)
            .withTls(tls)
            .withCaProvider(
                new CAProvider()
                    .withType(CAProviderType.SECRET)
                    .withName("client-ca")
                    .withKey("ca"));
    Specs.secret(kube, ns.name(), "client-ca", Map.of("ca", serverCa));
    try (SecretsClient c = client(ns, spec)) {
      assertReads(c);
    }
    String canary = "CANARY" + "A".repeat(64);
    Specs.secret(
        kube,
        ns.name(),
        "client",
        Map.of(
            "tls.crt",
            clientCert,
            "tls.key",
            "-----BEGIN RSA PRIVATE KEY-----\n" + canary + "\n-----END RSA PRIVATE KEY-----\n"));
    InvalidStoreException e = assertThrows(InvalidStoreException.class, () -> client(ns, spec));
    assertFalse(String.valueOf(e).contains("CANARY"), e.getMessage());
  }
}
