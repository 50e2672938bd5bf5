package io.jeso.api.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jeso.api.Defaults;
import io.jeso.api.crd.Documents;
import io.jeso.api.externalsecret.ConversionStrategy;
import io.jeso.api.externalsecret.CreationPolicy;
import io.jeso.api.externalsecret.DecodingStrategy;
import io.jeso.api.externalsecret.DeletionPolicy;
import io.jeso.api.externalsecret.ExternalSecretData;
import io.jeso.api.externalsecret.GeneratorKind;
import io.jeso.api.externalsecret.MetadataPolicy;
import io.jeso.api.externalsecret.NullBytePolicy;
import io.jeso.api.externalsecret.RefreshPolicy;
import io.jeso.api.externalsecret.RemoteRef;
import io.jeso.api.externalsecret.SecretStoreRef;
import io.jeso.api.externalsecret.StoreKind;
import io.jeso.api.externalsecret.SyncWindowKind;
import io.jeso.api.externalsecret.TemplateScope;
import io.jeso.api.store.SecretStoreProvider;
import io.jeso.api.store.StoreCapabilities;
import io.jeso.api.store.fake.FakeProviderData;
import io.jeso.api.store.vault.VaultKvVersion;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.api.v1.SecretStore;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModelTest {

  static Stream<Enum<?>> enumConstants() {
    List<Class<? extends Enum<?>>> enums =
        List.of(
            CreationPolicy.class,
            DeletionPolicy.class,
            RefreshPolicy.class,
            ConversionStrategy.class,
            DecodingStrategy.class,
            MetadataPolicy.class,
            NullBytePolicy.class,
            StoreKind.class,
            SyncWindowKind.class,
            TemplateScope.class,
            GeneratorKind.class,
            StoreCapabilities.class,
            VaultKvVersion.class);
    return enums.stream().flatMap(e -> Stream.of(e.getEnumConstants()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enumConstants")
  void enumsSerialiseAsTheirEsoValue(Enum<?> constant) throws Exception {
    String value = (String) constant.getClass().getMethod("value").invoke(constant);
    assertThat(Documents.JSON.writeValueAsString(constant)).isEqualTo("\"" + value + "\"");
    assertThat(Documents.JSON.readValue("\"" + value + "\"", constant.getClass()))
        .isSameAs(constant);
  }

  @Test
  void esoSpellings() {
    assertThat(CreationPolicy.CREATE_OR_MERGE.value()).isEqualTo("CreateOrMerge");
    assertThat(DecodingStrategy.BASE64_URL.value()).isEqualTo("Base64URL");
    assertThat(SyncWindowKind.DENY.value()).isEqualTo("deny");
    assertThat(VaultKvVersion.V2.value()).isEqualTo("v2");
  }

  @Test
  void storeKindDefaultsToSecretStoreInCodeNotInTheSchema() {
    assertThat(new SecretStoreRef().withName("s").effectiveKind())
        .isEqualTo(StoreKind.SECRET_STORE);
    assertThat(new SecretStoreRef().withKind(StoreKind.CLUSTER_SECRET_STORE).effectiveKind())
        .isEqualTo(StoreKind.CLUSTER_SECRET_STORE);
    assertThat(Defaults.STORE_KIND).isEqualTo(StoreKind.SECRET_STORE);
  }

  @Test
  void providerNamesIncludeProvidersJesoDoesNotType() throws Exception {
    SecretStore store =
        Documents.YAML.readValue(
            Documents.EXAMPLES.resolve("secretstore-other-provider.yaml").toFile(),
            SecretStore.class);
    SecretStoreProvider provider = store.getSpec().getProvider();
    assertThat(provider.names()).containsExactly("doppler");
    assertThat(provider.getAdditionalProperties()).containsKey("doppler");

    provider.setAdditionalProperty("onepassword", java.util.Map.of());
    provider.setFake(new io.jeso.api.store.fake.FakeProvider());
    assertThat(provider.names()).containsExactly("fake", "doppler", "onepassword");
  }

  @Test
  void fieldsOfNewerSchemasAreIgnoredNotFatal() throws Exception {
    JsonNode doc =
        Documents.YAML.readTree(
            """
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata: {name: future}
            spec:
              someFutureField: true
              data:
              - secretKey: a
                remoteRef: {key: k, someFutureOption: x}
            """);
    ExternalSecret es = Documents.JSON.treeToValue(doc, ExternalSecret.class);
    assertThat(es.getSpec().getData())
        .extracting(ExternalSecretData::getRemoteRef)
        .extracting(RemoteRef::getKey)
        .containsExactly("k");
  }

  @Test
  void unsetPoliciesStayUnsetSoJesoWritesNoDrift() throws Exception {
    ExternalSecret es =
        Documents.YAML.readValue(
            Documents.SEEDS.resolve("003-externalsecret.yaml").toFile(), ExternalSecret.class);
    RemoteRef ref = es.getSpec().getData().get(0).getRemoteRef();
    assertThat(ref.getConversionStrategy()).isNull();
    assertThat(ref.getDecodingStrategy()).isNull();
    assertThat(Documents.JSON.valueToTree(ref).has("conversionStrategy")).isFalse();
    assertThat(es.getStatus()).isNull();
  }

  @Test
  void fakeValuesAreRedactedInToString() {
    FakeProviderData data = new FakeProviderData().withKey("/db").withValue("hunter2");
    assertThat(data.toString()).contains("/db").doesNotContain("hunter2");
  }

  @Test
  void builderStyleSettersAndValueEquality() {
    RemoteRef a = new RemoteRef().withKey("k").withProperty("p");
    RemoteRef b = new RemoteRef().withKey("k").withProperty("p");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(b.withVersion("2"));
  }
}
