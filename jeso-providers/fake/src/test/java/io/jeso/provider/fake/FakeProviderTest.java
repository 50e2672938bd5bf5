package io.jeso.provider.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeso.api.store.fake.FakeProvider;
import io.jeso.api.store.fake.FakeProviderData;
import io.jeso.core.provider.Capabilities;
import io.jeso.core.provider.FindRequest;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.Maintenance;
import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.ProviderRegistry;
import io.jeso.core.provider.PushRemoteRef;
import io.jeso.core.provider.PushRequest;
import io.jeso.core.provider.RemoteRef;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.provider.StoreValidation;
import io.jeso.core.store.StoreRef;
import io.jeso.testkit.provider.ProviderContractTest;
import io.jeso.testkit.provider.ProviderFixture;
import io.jeso.testkit.provider.TestStoreContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FakeProviderTest extends ProviderContractTest {
  private final FakeSecretProvider provider = new FakeSecretProvider();
  private final StoreRef store = StoreRef.secretStore("team-a", "fake");

  @Override
  protected ProviderFixture newFixture() {
    return new FakeFixture(provider, store);
  }

  private FakeFixture fake() {
    return (FakeFixture) fixture();
  }

  @Test
  void noVersionReadsOnlyTheEntryWithoutVersion() throws Exception {
    fake().putEntry("db", "versioned", "v1");

    assertThatThrownBy(() -> fake().client().getSecret(RemoteRef.of("db")))
        .isInstanceOf(NoSecretException.class);

    fake().putEntry("db", "unversioned", null);
    assertThat(utf8(fake().client().getSecret(RemoteRef.of("db")))).isEqualTo("unversioned");
    assertThat(utf8(fake().client().getSecret(RemoteRef.of("db").withVersion("v1"))))
        .isEqualTo("versioned");
  }

  @Test
  void findReturnsTheHighestVersionOfEachKey() throws Exception {
    fake().putEntry("app-db", "old", "v1");
    fake().putEntry("app-db", "new", "v2");
    fake().putEntry("app-api", "only", null);
    fake().putEntry("other", "skip", null);

    Map<String, byte[]> found = fake().client().getAllSecrets(FindRequest.byName("^app-"));

    assertThat(found).containsOnlyKeys("app-db", "app-api");
    assertThat(utf8(found.get("app-db"))).isEqualTo("new");
    assertThat(utf8(found.get("app-api"))).isEqualTo("only");
  }

  @Test
  void findWithoutANameIsRejected() {
    assertThatThrownBy(() -> fake().client().getAllSecrets(new FindRequest("path", null, null)))
        .isInstanceOf(InvalidStoreException.class)
        .hasMessageContaining("name regexp");
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {"null, READY", "0, READY", "1, UNKNOWN", "2, ERROR"})
  void validationResultForcesTheStoreStatus(Integer result, StoreValidation.Result expected)
      throws Exception {
    fake().validationResult(result);
    assertThat(fake().client().validate().result()).isEqualTo(expected);
  }

  @Test
  void validateStoreUsesEsoMessages() {
    FakeProvider noKey =
        new FakeProvider().withData(List.of(new FakeProviderData().withValue("x")));
    FakeProvider noValue =
        new FakeProvider().withData(List.of(new FakeProviderData().withKey("k")));
    FakeProvider badResult = new FakeProvider().withData(List.of()).withValidationResult(3);

    assertThatThrownBy(() -> provider.validateStore(store, noKey))
        .isInstanceOf(InvalidStoreException.class)
        .hasMessage("key must be set in data 0");
    assertThatThrownBy(() -> provider.validateStore(store, noValue))
        .isInstanceOf(InvalidStoreException.class)
        .hasMessage("at least one value must be set in data 0");
    assertThatThrownBy(() -> provider.validateStore(store, badResult))
        .isInstanceOf(InvalidStoreException.class)
        .hasMessageContaining("validationResult");
  }

  @Test
  void aPushCannotOverwriteTheStoresOwnData() throws Exception {
    fake().put("fixed", "from-spec");
    SecretsClient client = fake().client();
    PushRequest push = new PushRequest(new PushRemoteRef("fixed", null), "k", bytes("x"), null);

    assertThatThrownBy(() -> client.pushSecret(push)).isInstanceOf(InvalidStoreException.class);
    client.deleteSecret(new PushRemoteRef("fixed", null));
    assertThat(utf8(client.getSecret(RemoteRef.of("fixed")))).isEqualTo("from-spec");
  }

  @Test
  void pushedValuesOutliveTheClientButNotTheStore() throws Exception {
    fake()
        .client()
        .pushSecret(new PushRequest(new PushRemoteRef("pushed", null), "k", bytes("v"), null));

    assertThat(utf8(fake().client().getSecret(RemoteRef.of("pushed")))).isEqualTo("v");
    StoreRef otherStore = StoreRef.clusterSecretStore("fake");
    SecretsClient other = provider.newClient(TestStoreContext.of(otherStore, fake().spec()));
    assertThatThrownBy(() -> other.getSecret(RemoteRef.of("pushed")))
        .isInstanceOf(NoSecretException.class);
  }

  @Test
  void propertyAppliesBeforeExtract() throws Exception {
    fake().put("nested", "{\"inner\":{\"a\":\"1\",\"b\":2}}");

    Map<String, byte[]> map =
        fake().client().getSecretMap(RemoteRef.of("nested").withProperty("inner"));

    assertThat(map).containsOnlyKeys("a", "b");
    assertThat(utf8(map.get("b"))).isEqualTo("2");
  }

  @Test
  void isRegisteredAsAnUnmaintainedReadWriteProvider() {
    ProviderRegistry registry = ProviderRegistry.load(getClass().getClassLoader());

    assertThat(registry.find("fake")).get().isInstanceOf(FakeSecretProvider.class);
    assertThat(provider.maintenance()).isEqualTo(Maintenance.NOT_MAINTAINED);
    assertThat(provider.capabilities()).isEqualTo(Capabilities.READ_WRITE);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
