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
import software.amazon.awssdk.services.ssm.model.ParameterType;
import software.amazon.awssdk.services.ssm.model.Tag;

/**
 * The provider contract on Parameter Store, against moto. Every value is a SecureString, so every
 * read also checks decryption.
 */
@KubeTest(peers = "aws")
class AwsParameterStoreContractIT extends ProviderContractTest {
  private final Moto moto;

  AwsParameterStoreContractIT(TestEnv env) {
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
      return "/jeso-contract/" + name;
    }

    @Override
    public void putJson(String key, Map<String, ?> json) {
      put(key, Json.write(json));
    }

    @Override
    public void put(String key, String value) {
      write(key, value);
    }

    @Override
    public String putVersion(String key, Map<String, ?> json) {
      return Long.toString(write(key, Json.write(json)));
    }

    private long write(String key, String value) {
      return moto.ssm
          .putParameter(
              r -> r.name(key).value(value).type(ParameterType.SECURE_STRING).overwrite(true))
          .version();
    }

    @Override
    public String missingVersion() {
      return "9999";
    }

    @Override
    public void putTagged(String key, Map<String, ?> json, Map<String, String> tags) {
      var list =
          tags.entrySet().stream()
              .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
              .toList();
      // AWS refuses tags together with overwrite, so tagged parameters are always new ones.
      moto.ssm.putParameter(
          r -> r.name(key).value(Json.write(json)).type(ParameterType.SECURE_STRING).tags(list));
    }

    @Override
    public void delete(String key) {
      moto.ssm.deleteParameter(r -> r.name(key));
    }

    @Override
    public SecretsClient client() throws Exception {
      if (client == null) {
        AwsProvider spec =
            new AwsProvider().withService(AwsService.PARAMETER_STORE).withRegion(moto.region);
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
