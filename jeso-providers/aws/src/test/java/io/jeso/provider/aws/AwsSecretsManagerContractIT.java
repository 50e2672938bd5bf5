package io.jeso.provider.aws;

import io.jeso.api.store.aws.AwsProvider;
import io.jeso.api.store.aws.AwsService;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.store.StoreRef;
import io.jeso.testkit.KubeTest;
import io.jeso.testkit.TestEnv;
import io.jeso.testkit.provider.Json;
import io.jeso.testkit.provider.ProviderContractTest;
import io.jeso.testkit.provider.ProviderFixture;
import io.jeso.testkit.provider.TestStoreContext;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.Tag;

/** The provider contract on Secrets Manager, against moto, with the SDK default credentials. */
@KubeTest(peers = "aws")
class AwsSecretsManagerContractIT extends ProviderContractTest {
  private final Moto moto;

  AwsSecretsManagerContractIT(TestEnv env) {
    this.moto = new Moto(env);
  }

  @Override
  protected ProviderFixture newFixture() {
    return new Fixture();
  }

  private final class Fixture extends ProviderFixture {
    private SecretsClient client;

    @Override
    public Set<Feature> features() {
      return EnumSet.of(
          Feature.PLAIN_VALUES, Feature.VERSIONS, Feature.FIND_BY_NAME, Feature.FIND_BY_TAGS);
    }

    @Override
    public String key(String name) {
      return "jeso-contract/" + name;
    }

    @Override
    public void putJson(String key, Map<String, ?> json) {
      put(key, Json.write(json));
    }

    @Override
    public void put(String key, String value) {
      putVersion(key, value);
    }

    @Override
    public String putVersion(String key, Map<String, ?> json) {
      return "uuid/" + putVersion(key, Json.write(json));
    }

    private String putVersion(String key, String value) {
      try {
        return moto.sm.putSecretValue(r -> r.secretId(key).secretString(value)).versionId();
      } catch (ResourceNotFoundException absent) {
        return moto.sm.createSecret(r -> r.name(key).secretString(value)).versionId();
      }
    }

    @Override
    public String missingVersion() {
      return "uuid/" + UUID.randomUUID();
    }

    @Override
    public void putTagged(String key, Map<String, ?> json, Map<String, String> tags) {
      var list =
          tags.entrySet().stream()
              .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
              .toList();
      moto.sm.createSecret(r -> r.name(key).secretString(Json.write(json)).tags(list));
    }

    @Override
    public void delete(String key) {
      moto.sm.deleteSecret(r -> r.secretId(key).forceDeleteWithoutRecovery(true));
    }

    @Override
    public SecretsClient client() throws Exception {
      if (client == null) {
        AwsProvider spec =
            new AwsProvider().withService(AwsService.SECRETS_MANAGER).withRegion(moto.region);
        client =
            moto.provider()
                .newClient(TestStoreContext.of(StoreRef.secretStore("contract", "aws"), spec));
      }
      return client;
    }

    @Override
    public void close() {
      if (client != null) {
        client.close();
      }
    }
  }
}
