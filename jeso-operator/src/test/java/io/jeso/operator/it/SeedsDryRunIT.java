package io.jeso.operator.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jeso.testkit.Crds;
import io.jeso.testkit.KubeTest;
import io.jeso.testkit.TestEnv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every ExternalSecret, SecretStore and ClusterSecretStore in the users' documents (shared/seeds,
 * kept as YAML in jeso-api's test resources) is accepted by the real apiserver with jeso's CRDs,
 * and nothing the user wrote is pruned: a server-side dry run returns every field as written (the
 * server may only add defaults).
 */
@KubeTest
class SeedsDryRunIT {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void installCrds(TestEnv env, KubernetesClient client) {
    Crds.applyDirectory(client, env.root().resolve("deploy/crds"));
  }

  static Stream<Path> seeds() throws IOException {
    Path dir = TestEnvRoot.find().resolve("jeso-api/src/test/resources/seeds");
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
      assertThat(yaml).hasSizeGreaterThanOrEqualTo(10);
      return yaml.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void isAcceptedAsWrittenWithNothingPruned(Path seed, KubernetesClient client) throws IOException {
    String text = Files.readString(seed);
    GenericKubernetesResource object =
        client.getKubernetesSerialization().unmarshal(text, GenericKubernetesResource.class);
    String namespace = object.getMetadata().getNamespace();
    if (!object.getKind().startsWith("Cluster")) {
      namespace = namespace == null ? "seeds" : namespace;
      object.getMetadata().setNamespace(namespace);
      ensureNamespace(client, namespace);
    }

    GenericKubernetesResource accepted = client.resource(object).dryRun().create();

    JsonNode written = YAML.readTree(text).get("spec");
    JsonNode served = JSON.valueToTree(accepted.getAdditionalProperties().get("spec"));
    assertContains(served, written, "spec");
  }

  @org.junit.jupiter.api.Test
  void theApiServerRejectsWhatTheSchemaForbidsWithAReadableMessage(KubernetesClient client) {
    ensureNamespace(client, "seeds");
    String badPolicy =
        """
        apiVersion: external-secrets.io/v1
        kind: ExternalSecret
        metadata: {name: bad-policy, namespace: seeds}
        spec:
          secretStoreRef: {name: s}
          target: {creationPolicy: Sometimes}
          data:
          - secretKey: k
            remoteRef: {key: k}
        """;
    String twoProviders =
        """
        apiVersion: external-secrets.io/v1
        kind: SecretStore
        metadata: {name: two, namespace: seeds}
        spec:
          provider:
            fake: {data: []}
            kubernetes: {remoteNamespace: default}
        """;
    assertRejected(client, badPolicy, "spec.target.creationPolicy", "Sometimes");
    assertRejected(client, twoProviders, "spec.provider");
  }

  private static void assertRejected(KubernetesClient client, String yaml, String... mentions) {
    GenericKubernetesResource object =
        client.getKubernetesSerialization().unmarshal(yaml, GenericKubernetesResource.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> client.resource(object).dryRun().create())
        .isInstanceOf(io.fabric8.kubernetes.client.KubernetesClientException.class)
        .satisfies(
            e -> {
              var status = ((io.fabric8.kubernetes.client.KubernetesClientException) e).getStatus();
              assertThat(status.getCode()).isEqualTo(422);
              assertThat(status.getMessage()).contains(mentions);
            });
  }

  private static void ensureNamespace(KubernetesClient client, String name) {
    if (client.namespaces().withName(name).get() == null) {
      client
          .namespaces()
          .resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
          .create();
    }
  }

  /** Every field of {@code written} is in {@code served} with the same value. */
  private static void assertContains(JsonNode served, JsonNode written, String path) {
    assertThat(served).as("%s was pruned", path).isNotNull();
    if (written.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = written.fields(); it.hasNext(); ) {
        var field = it.next();
        assertContains(served.get(field.getKey()), field.getValue(), path + "." + field.getKey());
      }
    } else if (written.isArray()) {
      assertThat(served.size()).as("%s length", path).isEqualTo(written.size());
      for (int i = 0; i < written.size(); i++) {
        assertContains(served.get(i), written.get(i), path + "[" + i + "]");
      }
    } else {
      assertThat(served.asText()).as(path).isEqualTo(written.asText());
    }
  }

  /** The checkout root, for the MethodSource (which runs before parameters can be injected). */
  private static final class TestEnvRoot {
    static Path find() {
      String root = System.getProperty("jeso.root");
      return root != null ? Path.of(root) : Path.of("..").toAbsolutePath().normalize();
    }
  }
}
