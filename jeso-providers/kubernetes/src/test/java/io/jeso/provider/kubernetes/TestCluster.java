package io.jeso.provider.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import io.fabric8.kubernetes.api.model.rbac.SubjectBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.jeso.testkit.TestEnv;
import io.jeso.testkit.provider.KubeClusterObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/** Arranges things on the real control plane with the admin client, for the provider's ITs. */
final class TestCluster {
  final KubernetesClient admin;
  final TestEnv env;
  final KubeClusterObjects objects;

  TestCluster(KubernetesClient admin, TestEnv env) {
    this.admin = admin;
    this.env = env;
    this.objects = new KubeClusterObjects(admin);
  }

  String apiserver() {
    return env.get("JESO_KUBE_APISERVER");
  }

  byte[] caPem() throws IOException {
    return Files.readAllBytes(Path.of(env.get("JESO_KUBE_CA_FILE")));
  }

  String caBase64() throws IOException {
    return Base64.getEncoder().encodeToString(caPem());
  }

  void createNamespace(String name) {
    admin
        .namespaces()
        .resource(
            new NamespaceBuilder()
                .withNewMetadata()
                .withName(name)
                .addToLabels("jeso.io/test", "true")
                .endMetadata()
                .build())
        .create();
  }

  void deleteNamespace(String name) {
    admin.namespaces().withName(name).delete();
  }

  void serviceAccount(String namespace, String name) {
    admin
        .serviceAccounts()
        .inNamespace(namespace)
        .resource(
            new ServiceAccountBuilder().withNewMetadata().withName(name).endMetadata().build())
        .create();
  }

  /** A token for {@code namespace/name}, minted with the TokenRequest API. */
  String token(String namespace, String name) throws Exception {
    return objects
        .requestToken(namespace, name, List.of(), Duration.ofHours(1))
        .orElseThrow()
        .value();
  }

  /** A Role in {@code namespace} with these verbs on Secrets, bound to {@code subject}. */
  void grantSecrets(String namespace, Subject subject, String... verbs) {
    String name = "secrets-" + subject.getName();
    admin
        .rbac()
        .roles()
        .inNamespace(namespace)
        .resource(
            new RoleBuilder()
                .withNewMetadata()
                .withName(name)
                .endMetadata()
                .addNewRule()
                .withApiGroups("")
                .withResources("secrets")
                .withVerbs(verbs)
                .endRule()
                .build())
        .create();
    admin
        .rbac()
        .roleBindings()
        .inNamespace(namespace)
        .resource(
            new RoleBindingBuilder()
                .withNewMetadata()
                .withName(name)
                .endMetadata()
                .withNewRoleRef()
                .withApiGroup("rbac.authorization.k8s.io")
                .withKind("Role")
                .withName(name)
                .endRoleRef()
                .withSubjects(subject)
                .build())
        .create();
  }

  static Subject serviceAccountSubject(String namespace, String name) {
    return new SubjectBuilder()
        .withKind("ServiceAccount")
        .withName(name)
        .withNamespace(namespace)
        .build();
  }

  static Subject userSubject(String name) {
    return new SubjectBuilder()
        .withKind("User")
        .withApiGroup("rbac.authorization.k8s.io")
        .withName(name)
        .build();
  }

  /** Creates or replaces a Secret with string data. */
  void putSecret(
      String namespace,
      String name,
      Map<String, String> data,
      Map<String, String> labels,
      Map<String, String> annotations) {
    Map<String, String> encoded = new LinkedHashMap<>();
    data.forEach(
        (k, v) ->
            encoded.put(k, Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8))));
    admin
        .secrets()
        .inNamespace(namespace)
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName(name)
                .withLabels(labels.isEmpty() ? null : labels)
                .withAnnotations(annotations.isEmpty() ? null : annotations)
                .endMetadata()
                .withData(encoded)
                .build())
        .createOr(NonDeletingOperation::update);
  }

  void putSecret(String namespace, String name, Map<String, String> data) {
    putSecret(namespace, name, data, Map.of(), Map.of());
  }

  void putConfigMap(String namespace, String name, Map<String, String> data) {
    admin
        .configMaps()
        .inNamespace(namespace)
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName(name)
                .endMetadata()
                .withData(data)
                .build())
        .create();
  }

  /** A client certificate for {@code user}, signed by the testenv CA: {@code [certPem, keyPem]}. */
  String[] clientCertificate(String user) throws Exception {
    Path dir = Files.createTempDirectory("jeso-cert");
    try {
      Path caCert = Path.of(env.get("JESO_KUBE_CA_FILE"));
      Path caKey = caCert.resolveSibling("ca.key");
      openssl(
          dir,
          "req",
          "-new",
          "-newkey",
          "rsa:2048",
          "-nodes",
          "-keyout",
          "key.pem",
          "-subj",
          "/CN=" + user,
          "-out",
          "csr.pem");
      // An explicit serial, so that no ca.srl file is written next to the shared CA.
      String serial =
          "0x" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
      openssl(
          dir,
          "x509",
          "-req",
          "-in",
          "csr.pem",
          "-CA",
          caCert.toString(),
          "-CAkey",
          caKey.toString(),
          "-set_serial",
          serial,
          "-days",
          "1",
          "-out",
          "cert.pem");
      return new String[] {
        Files.readString(dir.resolve("cert.pem")), Files.readString(dir.resolve("key.pem"))
      };
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  private static void openssl(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("openssl"));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("openssl.log").toFile())
            .start();
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException(
          "openssl " + args[0] + " failed: " + Files.readString(dir.resolve("openssl.log")));
    }
  }
}
