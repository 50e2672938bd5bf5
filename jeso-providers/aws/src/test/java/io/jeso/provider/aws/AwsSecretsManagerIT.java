package io.jeso.provider.aws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jeso.api.store.aws.AwsProvider;
import io.jeso.api.store.aws.AwsService;
import io.jeso.core.provider.FindRequest;
import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.RemoteRef;
import io.jeso.core.provider.SecretsClient;
import io.jeso.core.provider.StoreValidation;
import io.jeso.core.store.StoreRef;
import io.jeso.testkit.KubeTest;
import io.jeso.testkit.TestEnv;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.secretsmanager.model.Tag;

/** Secrets Manager features beyond the shared contract, against moto. */
@KubeTest(peers = "aws")
class AwsSecretsManagerIT {
  private static final String SM = "AWS/SecretsManager ";

  private final Moto moto;
  private final Calls calls = new Calls();
  private SecretsClient client;

  AwsSecretsManagerIT(TestEnv env) {
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
            .withService(AwsService.SECRETS_MANAGER)
            .withRegion(moto.region)
            .withPrefix(prefix);
    client =
        moto.provider()
            .newClient(
                new RecordingContext<>(StoreRef.secretStore("ns", "aws"), spec, "ns", calls));
    return client;
  }

  private static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  @Test
  void readsByNameAndByArnAndCountsEachCall() throws Exception {
    String name = Moto.unique("jeso-it/sm/arn");
    String arn = moto.sm.createSecret(r -> r.name(name).secretString("{\"a\":\"1\"}")).arn();
    SecretsClient c = client(null);
    assertEquals("1", utf8(c.getSecret(RemoteRef.of(name).withProperty("a"))));
    assertEquals("1", utf8(c.getSecret(RemoteRef.of(arn).withProperty("a"))));
    assertEquals(
        List.of(SM + "GetSecretValue success", SM + "GetSecretValue success"), calls.all());
    assertEquals(StoreValidation.Result.READY, c.validate().result());
  }

  @Test
  void prefixIsAddedToNamesButNotToArns() throws Exception {
    String prefix = Moto.unique("jeso-it/sm/prefix") + "/";
    String arn = moto.sm.createSecret(r -> r.name(prefix + "db").secretString("pw")).arn();
    SecretsClient c = client(prefix);
    assertEquals("pw", utf8(c.getSecret(RemoteRef.of("db"))));
    assertEquals("pw", utf8(c.getSecret(RemoteRef.of(arn))));
  }

  @Test
  void binarySecretsAreReturnedByteForByte() throws Exception {
    String name = Moto.unique("jeso-it/sm/binary");
    byte[] bytes = {0, 1, 2, (byte) 0xff, (byte) 0xfe, 10, 13};
    moto.sm.createSecret(r -> r.name(name).secretBinary(SdkBytes.fromByteArray(bytes)));
    assertArrayEquals(bytes, client(null).getSecret(RemoteRef.of(name)));
  }

  @Test
  void versionStagesAndVersionIds() throws Exception {
    String name = Moto.unique("jeso-it/sm/versions");
    String first = moto.sm.createSecret(r -> r.name(name).secretString("one")).versionId();
    moto.sm.putSecretValue(r -> r.secretId(name).secretString("two"));
    SecretsClient c = client(null);
    assertEquals("two", utf8(c.getSecret(RemoteRef.of(name))));
    assertEquals("two", utf8(c.getSecret(RemoteRef.of(name).withVersion("AWSCURRENT"))));
    assertEquals("one", utf8(c.getSecret(RemoteRef.of(name).withVersion("AWSPREVIOUS"))));
    assertEquals("one", utf8(c.getSecret(RemoteRef.of(name).withVersion("uuid/" + first))));
    assertThrows(
        NoSecretException.class,
        () -> c.getSecret(RemoteRef.of(name).withVersion("NO-SUCH-STAGE")));
  }

  @Test
  void metadataPolicyFetchReturnsTheTags() throws Exception {
    String name = Moto.unique("jeso-it/sm/tags");
    moto.sm.createSecret(
        r ->
            r.name(name)
                .secretString("not returned")
                .tags(tag("team", "payments"), tag("env", "prod")));
    SecretsClient c = client(null);
    RemoteRef tags = new RemoteRef(name, null, null, RemoteRef.MetadataPolicy.FETCH);
    assertEquals("{\"env\":\"prod\",\"team\":\"payments\"}", utf8(c.getSecret(tags)));
    assertEquals("payments", utf8(c.getSecret(tags.withProperty("team"))));
    assertEquals(Map.of("env", "prod", "team", "payments"), strings(c.getSecretMap(tags)));
    assertEquals(3, calls.count(SM + "DescribeSecret success"));
  }

  @Test
  void aSecretScheduledForDeletionIsNotFound() throws Exception {
    String name = Moto.unique("jeso-it/sm/deleting");
    moto.sm.createSecret(r -> r.name(name).secretString("x"));
    moto.sm.deleteSecret(r -> r.secretId(name).recoveryWindowInDays(7L));
    assertThrows(NoSecretException.class, () -> client(null).getSecret(RemoteRef.of(name)));
  }

  @Test
  void findListsOnceAndReadsTwentyAtATime() throws Exception {
    String run = Moto.unique("jeso-it/sm/find");
    Map<String, String> expected = new TreeMap<>();
    for (int i = 0; i < 25; i++) {
      String name = String.format("%s/app-%02d", run, i);
      String value = "{\"n\":" + i + "}";
      moto.sm.createSecret(r -> r.name(name).secretString(value).tags(tag("run", run)));
      expected.put(name, value);
    }
    moto.sm.createSecret(r -> r.name(run + "/other").secretString("{}").tags(tag("run", run)));
    SecretsClient c = client(null);

    Map<String, byte[]> found =
        c.getAllSecrets(new FindRequest(null, "/app-[0-9]+$", Map.of("run", run)));

    assertEquals(expected, strings(found));
    assertEquals(1, calls.count(SM + "ListSecrets success"), calls.all().toString());
    assertEquals(2, calls.count(SM + "BatchGetSecretValue success"), calls.all().toString());
    assertEquals(0, calls.count(SM + "GetSecretValue success"), calls.all().toString());
  }

  @Test
  void findByPathAndTagsAreExact() throws Exception {
    String run = Moto.unique("jeso-it/sm/exact");
    moto.sm.createSecret(r -> r.name(run + "/a").secretString("a").tags(tag("tier", "gold")));
    // tag values are prefix-matched by ListSecrets; jeso must still compare exactly.
    moto.sm.createSecret(r -> r.name(run + "/b").secretString("b").tags(tag("tier", "golden")));
    moto.sm.createSecret(r -> r.name(run + "x/c").secretString("c").tags(tag("tier", "gold")));
    SecretsClient c = client(null);

    assertEquals(
        Map.of(run + "/a", "a"),
        strings(c.getAllSecrets(new FindRequest(run + "/", null, Map.of("tier", "gold")))));
    assertEquals(
        Map.of(run + "/a", "a", run + "/b", "b"),
        strings(c.getAllSecrets(new FindRequest(run + "/", null, Map.of()))));
  }

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }

  static Map<String, String> strings(Map<String, byte[]> map) {
    Map<String, String> out = new TreeMap<>();
    map.forEach((k, v) -> out.put(k, utf8(v)));
    return out;
  }
}
