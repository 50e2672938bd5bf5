package io.jeso.api.crd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The CRDs the build generates (after CrdFinisher) have ESO's shape where users can see it. */
class CrdSchemaTest {

  static final Set<String> CORE =
      Set.of(
          "externalsecrets.external-secrets.io",
          "secretstores.external-secrets.io",
          "clustersecretstores.external-secrets.io",
          "clusterexternalsecrets.external-secrets.io");

  static Map<String, JsonNode> crds;

  @BeforeAll
  static void load() throws Exception {
    crds = new TreeMap<>();
    for (var e :
        new CrdFinisher(Resources.ALL).finishAll(CrdFilesAreFreshTest.GENERATED).entrySet()) {
      JsonNode crd = Documents.YAML.readTree(e.getValue());
      crds.put(crd.at("/metadata/name").asText(), crd);
    }
  }

  static JsonNode crd(String name) {
    assertThat(crds).containsKey(name);
    return crds.get(name);
  }

  static JsonNode version(String crd, String version) {
    for (JsonNode v : crd(crd).at("/spec/versions")) {
      if (v.get("name").asText().equals(version)) {
        return v;
      }
    }
    throw new AssertionError(crd + " has no version " + version);
  }

  static JsonNode spec(String crd) {
    return version(crd, "v1").at("/schema/openAPIV3Schema/properties/spec");
  }

  static List<String> texts(List<JsonNode> nodes) {
    return nodes.stream().map(JsonNode::asText).toList();
  }

  static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "externalsecrets.external-secrets.io",
        "secretstores.external-secrets.io",
        "clustersecretstores.external-secrets.io",
        "clusterexternalsecrets.external-secrets.io"
      })
  void coreKindsServeV1AsStorageAndV1beta1WithTheSameSchema(String name) {
    JsonNode versions = crd(name).at("/spec/versions");
    assertThat(versions).hasSize(2);
    JsonNode v1 = version(name, "v1");
    JsonNode v1beta1 = version(name, "v1beta1");
    assertThat(v1.get("served").asBoolean()).isTrue();
    assertThat(v1.get("storage").asBoolean()).isTrue();
    assertThat(v1beta1.get("served").asBoolean()).isTrue();
    assertThat(v1beta1.get("storage").asBoolean()).isFalse();
    assertThat(v1beta1.get("deprecated").asBoolean()).isTrue();
    assertThat(v1beta1.get("schema")).isEqualTo(v1.get("schema"));
    assertThat(v1beta1.get("additionalPrinterColumns"))
        .isEqualTo(v1.get("additionalPrinterColumns"));
    assertThat(v1.at("/subresources/status").isObject()).as("status subresource").isTrue();
    assertThat(crd(name).at("/metadata/labels/external-secrets.io~1component").asText())
        .isEqualTo("controller");
    assertThat(texts(crd(name).at("/spec/names/categories"))).containsExactly("external-secrets");
  }

  @ParameterizedTest
  @CsvSource({
    "externalsecrets.external-secrets.io, es, Namespaced",
    "secretstores.external-secrets.io, ss, Namespaced",
    "clustersecretstores.external-secrets.io, css, Cluster",
    "clusterexternalsecrets.external-secrets.io, ces, Cluster"
  })
  void namesAndScope(String name, String shortName, String scope) {
    assertThat(texts(crd(name).at("/spec/names/shortNames"))).containsExactly(shortName);
    assertThat(crd(name).at("/spec/scope").asText()).isEqualTo(scope);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "externalsecrets.external-secrets.io|StoreType,Store,Refresh Interval,Status,Ready,Last Sync",
        "secretstores.external-secrets.io|AGE,Status,Capabilities,Ready",
        "clustersecretstores.external-secrets.io|AGE,Status,Capabilities,Ready",
        "clusterexternalsecrets.external-secrets.io|Store,Refresh Interval,Ready"
      })
  void printerColumnsInEsoOrder(String name, String columns) {
    List<String> names = new ArrayList<>();
    version(name, "v1")
        .get("additionalPrinterColumns")
        .forEach(c -> names.add(c.get("name").asText()));
    assertThat(names).containsExactly(columns.split(","));
  }

  @Test
  void externalSecretStatusColumnsReadTheReadyCondition() {
    JsonNode columns =
        version("externalsecrets.external-secrets.io", "v1").get("additionalPrinterColumns");
    assertThat(columns.get(3).get("jsonPath").asText())
        .isEqualTo(".status.conditions[?(@.type==\"Ready\")].reason");
    assertThat(columns.get(5).get("type").asText()).isEqualTo("date");
  }

  @Test
  void externalSecretSelectableFields() {
    List<String> selectable = new ArrayList<>();
    version("externalsecrets.external-secrets.io", "v1")
        .get("selectableFields")
        .forEach(f -> selectable.add(f.get("jsonPath").asText()));
    assertThat(selectable)
        .containsExactlyInAnyOrder(
            ".spec.secretStoreRef.name",
            ".spec.secretStoreRef.kind",
            ".spec.target.name",
            ".spec.refreshInterval");
  }

  /** The GitOps rule: no apiserver default on these, anywhere (ES, CES, generators). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "conversionStrategy",
        "decodingStrategy",
        "metadataPolicy",
        "nullBytePolicy",
        "valuesDecodingStrategy"
      })
  void noDefaultsOnStrategies(String field) {
    int seen = 0;
    for (JsonNode crd : crds.values()) {
      for (JsonNode property : crd.findValues(field)) {
        if (property.has("type")) {
          seen++;
          assertThat(property.has("default"))
              .as("%s has a default in %s", field, crd.at("/metadata/name"))
              .isFalse();
        }
      }
    }
    assertThat(seen).as("%s appears in the schemas", field).isPositive();
  }

  /**
   * Defaults inside list items show up as GitOps drift; the one exception is ESO's
   * generatorRef.apiVersion.
   */
  @Test
  void noDefaultsInsideListItemsButGeneratorRefApiVersion() {
    List<String> found = new ArrayList<>();
    for (JsonNode crd : crds.values()) {
      for (JsonNode v : crd.at("/spec/versions")) {
        collectDefaults(v.at("/schema/openAPIV3Schema"), "", false, found);
      }
    }
    assertThat(found)
        .isNotEmpty()
        .allMatch(path -> path.endsWith("generatorRef.apiVersion"), "only generatorRef.apiVersion");
  }

  private static void collectDefaults(
      JsonNode schema, String path, boolean inList, List<String> found) {
    if (inList && schema.has("default")) {
      found.add(path);
    }
    schema
        .path("properties")
        .properties()
        .forEach(p -> collectDefaults(p.getValue(), path + "." + p.getKey(), inList, found));
    if (schema.has("items")) {
      collectDefaults(schema.get("items"), path + "[]", true, found);
    }
  }

  @Test
  void externalSecretDefaultsAsDocumented() {
    JsonNode spec = spec("externalsecrets.external-secrets.io");
    assertThat(spec.at("/properties/refreshInterval/default").asText()).isEqualTo("1h0m0s");
    assertThat(spec.at("/properties/target/properties/creationPolicy/default").asText())
        .isEqualTo("Owner");
    assertThat(spec.at("/properties/target/properties/deletionPolicy/default").asText())
        .isEqualTo("Retain");
    assertThat(spec.at("/properties/secretStoreRef/properties/kind").has("default")).isFalse();
    assertThat(texts(spec.at("/properties/target/properties/creationPolicy/enum")))
        .containsExactlyInAnyOrder("Owner", "Orphan", "Merge", "None", "CreateOrMerge");
  }

  @Test
  void generatorRefShapeIsEsos() {
    JsonNode ref =
        spec("externalsecrets.external-secrets.io")
            .at("/properties/dataFrom/items/properties/sourceRef/properties/generatorRef");
    assertThat(ref.at("/properties/apiVersion/default").asText())
        .isEqualTo("generators.external-secrets.io/v1alpha1");
    assertThat(texts(ref.get("required"))).containsExactlyInAnyOrder("kind", "name");
    assertThat(texts(ref.at("/properties/kind/enum")))
        .containsExactlyInAnyOrder(
            "ACRAccessToken",
            "BeyondtrustWorkloadCredentialsDynamicSecret",
            "ClusterGenerator",
            "CloudsmithAccessToken",
            "ECRAuthorizationToken",
            "Fake",
            "GCRAccessToken",
            "GithubAccessToken",
            "GitlabDeployToken",
            "QuayAccessToken",
            "Password",
            "SSHKey",
            "STSSessionToken",
            "UUID",
            "VaultDynamicSecret",
            "Webhook",
            "Grafana",
            "MFA");
  }

  @Test
  void exactlyOneOfWhereEsoSaysSo() {
    JsonNode spec = spec("externalsecrets.external-secrets.io");
    JsonNode rewrite = spec.at("/properties/dataFrom/items/properties/rewrite/items");
    JsonNode sourceRef = spec.at("/properties/data/items/properties/sourceRef");
    for (JsonNode node : List.of(rewrite, sourceRef)) {
      assertThat(node.get("minProperties").asInt()).isEqualTo(1);
      assertThat(node.get("maxProperties").asInt()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"secretstores.external-secrets.io", "clustersecretstores.external-secrets.io"})
  void everyProviderIsTypedAndOthersArePreserved(String name) {
    JsonNode provider = spec(name).at("/properties/provider");
    assertThat(texts(spec(name).get("required"))).containsExactly("provider");
    assertThat(provider.get("x-kubernetes-preserve-unknown-fields").asBoolean()).isTrue();
    assertThat(provider.get("minProperties").asInt()).isEqualTo(1);
    assertThat(provider.get("maxProperties").asInt()).isEqualTo(1);
    assertThat(iterableOfNames(provider.get("properties")))
        .containsExactlyInAnyOrder(
            "aws", "vault", "gcpsm", "azurekv", "kubernetes", "fake", "webhook");
    assertThat(iterableOfNames(provider.at("/properties/vault/properties/auth/properties")))
        .containsExactlyInAnyOrder(
            "namespace",
            "tokenSecretRef",
            "appRole",
            "kubernetes",
            "ldap",
            "userPass",
            "jwt",
            "cert",
            "iam",
            "gcp");
    assertThat(iterableOfNames(provider.at("/properties/aws/properties/auth/properties")))
        .containsExactlyInAnyOrder("secretRef", "jwt");
    assertThat(iterableOfNames(provider.at("/properties/gcpsm/properties/auth/properties")))
        .containsExactlyInAnyOrder("secretRef", "workloadIdentity", "workloadIdentityFederation");
    assertThat(iterableOfNames(provider.at("/properties/kubernetes/properties/auth/properties")))
        .containsExactlyInAnyOrder("cert", "token", "serviceAccount");
    assertThat(spec(name).at("/properties/refreshInterval/x-kubernetes-int-or-string").asBoolean())
        .isTrue();
  }

  @Test
  void clusterExternalSecretReusesTheExternalSecretSpec() {
    assertThat(
            spec("clusterexternalsecrets.external-secrets.io").at("/properties/externalSecretSpec"))
        .isEqualTo(spec("externalsecrets.external-secrets.io"));
  }

  @ParameterizedTest
  @CsvSource({
    "passwords.generators.external-secrets.io, Namespaced",
    "fakes.generators.external-secrets.io, Namespaced",
    "vaultdynamicsecrets.generators.external-secrets.io, Namespaced",
    "clustergenerators.generators.external-secrets.io, Cluster"
  })
  void generators(String name, String scope) {
    JsonNode crd = crd(name);
    assertThat(crd.at("/spec/group").asText()).isEqualTo("generators.external-secrets.io");
    assertThat(crd.at("/spec/scope").asText()).isEqualTo(scope);
    assertThat(crd.at("/spec/versions")).hasSize(1);
    assertThat(crd.at("/spec/versions/0/name").asText()).isEqualTo("v1alpha1");
    assertThat(crd.at("/spec/versions/0/storage").asBoolean()).isTrue();
    assertThat(texts(crd.at("/spec/names/categories")))
        .containsExactly("external-secrets", "external-secrets-generators");
  }

  @Test
  void clusterGeneratorKeepsGeneratorsJesoDoesNotType() {
    JsonNode generator =
        version("clustergenerators.generators.external-secrets.io", "v1alpha1")
            .at("/schema/openAPIV3Schema/properties/spec/properties/generator");
    assertThat(generator.get("x-kubernetes-preserve-unknown-fields").asBoolean()).isTrue();
    assertThat(iterableOfNames(generator.get("properties")))
        .containsExactlyInAnyOrder("passwordSpec", "fakeSpec", "vaultDynamicSecretSpec");
  }

  @Test
  void everyCrdIsListed() {
    assertThat(crds.keySet()).containsAll(CORE).hasSize(8);
  }

  private static List<String> iterableOfNames(JsonNode properties) {
    List<String> names = new ArrayList<>();
    properties.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
