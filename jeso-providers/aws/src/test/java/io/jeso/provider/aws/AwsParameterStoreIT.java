package io.jeso.provider.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jeso.api.store.aws.AwsProvider;
import io.jeso.api.store.aws.AwsService;
import io.jeso.core.provider.FindRequest;
import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.RemoteRef;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.store.StoreRef;
import io.jeso.testkit.KubeTest;
import io.jeso.testkit.TestEnv;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssm.model.ParameterType;
import software.amazon.awssdk.services.ssm.model.Tag;

/** Parameter Store features beyond the shared contract, against moto. */
@KubeTest(peers = "aws")
class AwsParameterStoreIT {
  private static final String PS = "AWS/ParameterStore ";

  private final Moto moto;
  private final Calls calls = new Calls();
  private SecretsClient client;

  AwsParameterStoreIT(TestEnv env) {
    this.moto = new Moto(env);
  }

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
    moto.close();
  }

  private SecretsClient client(String prefix) throws Exception {
    AwsProvider spec =
        new AwsProvider()
            .withService(AwsService.PARAMETER_STORE)
            .withRegion(moto.region)
            .withPrefix(prefix);
    client =
        moto.provider()
            .newClient(
                new RecordingContext<>(StoreRef.secretStore("ns", "aws"), spec, "ns", calls));
    return client;
  }

  private void put(String name, String value, ParameterType type, Tag... tags) {
    moto.ssm.putParameter(r -> r.name(name).value(value).type(type).tags(tags));
  }

  private static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  @Test
  void secureStringsAreDecryptedAndPlainStringsReadAsIs() throws Exception {
    String run = "/" + Moto.unique("jeso-it/ps/types");
    put(run + "/secure", "{\"password\":\"s3cr3t\"}", ParameterType.SECURE_STRING);
    put(run + "/plain", "hello", ParameterType.STRING);
    SecretsClient c = client(run + "/");
    assertEquals("s3cr3t", utf8(c.getSecret(RemoteRef.of("secure").withProperty("password"))));
    assertEquals("hello", utf8(c.getSecret(RemoteRef.of("plain"))));
    assertEquals(2, calls.count(PS + "GetParameter success"));
  }

  @Test
  void versionsAreSelectedByNumber() throws Exception {
    String name = "/" + Moto.unique("jeso-it/ps/versions");
    put(name, "one", ParameterType.SECURE_STRING);
    moto.ssm.putParameter(
        r -> r.name(name).value("two").type(ParameterType.SECURE_STRING).overwrite(true));
    SecretsClient c = client(null);
    assertEquals("one", utf8(c.getSecret(RemoteRef.of(name).withVersion("1"))));
    assertEquals("two", utf8(c.getSecret(RemoteRef.of(name).withVersion("2"))));
    assertEquals("two", utf8(c.getSecret(RemoteRef.of(name))));
    assertThrows(NoSecretException.class, () -> c.getSecret(RemoteRef.of(name).withVersion("3")));
  }

  @Test
  void findByPathIsRecursiveAndFiltersByName() throws Exception {
    String run = "/" + Moto.unique("jeso-it/ps/path");
    Map<String, String> expected = new TreeMap<>();
    for (int i = 0; i < 12; i++) {
      String name = run + (i % 2 == 0 ? "/db/" : "/api/nested/") + "key-" + i;
      put(name, "v" + i, ParameterType.SECURE_STRING);
      expected.put(name, "v" + i);
    }
    SecretsClient c = client(null);

    assertEquals(expected, strings(c.getAllSecrets(new FindRequest(run, null, Map.of()))));
    Map<String, String> api = new TreeMap<>(expected);
    api.keySet().removeIf(k -> !k.contains("/api/"));
    assertEquals(api, strings(c.getAllSecrets(new FindRequest(run, "/api/", Map.of()))));
    assertEquals(0, calls.count(PS + "DescribeParameter success"), calls.all().toString());
    assertEquals(0, calls.count(PS + "GetParameter success"), calls.all().toString());
  }

  @Test
  void findByTagsDescribesThenReadsTenAtATime() throws Exception {
    String run = "/" + Moto.unique("jeso-it/ps/tags");
    Tag mine = Tag.builder().key("run").value(run).build();
    Map<String, String> expected = new TreeMap<>();
    for (int i = 0; i < 12; i++) {
      String name = run + "/key-" + i;
      put(name, "v" + i, ParameterType.SECURE_STRING, mine);
      expected.put(name, "v" + i);
    }
    put(run + "/untagged", "x", ParameterType.SECURE_STRING);
    SecretsClient c = client(null);

    assertEquals(
        expected, strings(c.getAllSecrets(new FindRequest(null, null, Map.of("run", run)))));
    assertEquals(2, calls.count(PS + "GetParameters success"), calls.all().toString());
  }

  @Test
  void metadataPolicyFetchReturnsTheTags() throws Exception {
    String name = "/" + Moto.unique("jeso-it/ps/meta");
    put(name, "v", ParameterType.STRING, Tag.builder().key("owner").value("team-a").build());
    SecretsClient c = client(null);
    RemoteRef tags = new RemoteRef(name, null, null, RemoteRef.MetadataPolicy.FETCH);
    assertEquals("{\"owner\":\"team-a\"}", utf8(c.getSecret(tags)));
    assertEquals("team-a", utf8(c.getSecret(tags.withProperty("owner"))));
    assertEquals(2, calls.count(PS + "ListTagsForResource success"));
  }

  private static Map<String, String> strings(Map<String, byte[]> map) {
    return AwsSecretsManagerIT.strings(map);
  }
}
