package io.jeso.core.sync;

import static io.jeso.core.sync.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.jeso.api.externalsecret.ConversionStrategy;
import io.jeso.api.externalsecret.CreationPolicy;
import io.jeso.api.externalsecret.DecodingStrategy;
import io.jeso.api.externalsecret.DeletionPolicy;
import io.jeso.api.externalsecret.ExternalSecretDataFrom;
import io.jeso.api.externalsecret.GeneratorKind;
import io.jeso.api.externalsecret.GeneratorRef;
import io.jeso.api.externalsecret.NullBytePolicy;
import io.jeso.api.externalsecret.RemoteRef;
import io.jeso.api.externalsecret.Rewrite;
import io.jeso.api.externalsecret.RewriteRegexp;
import io.jeso.api.externalsecret.SecretStoreRef;
import io.jeso.api.externalsecret.StoreGeneratorSourceRef;
import io.jeso.api.externalsecret.StoreKind;
import io.jeso.api.externalsecret.StoreSourceRef;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.core.store.StoreRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which calls are planned, and how their answers become the Secret's data. */
class FetchAndAssemblyTest {

  @Test
  void dataFromComesFirstThenDataWithEachEntrysStore() {
    ExternalSecret es = Fixtures.es();
    es.getSpec()
        .setDataFrom(
            List.of(
                Fixtures.extract("a"),
                Fixtures.find("^app/")
                    .withSourceRef(
                        new StoreGeneratorSourceRef()
                            .withStoreRef(
                                new SecretStoreRef()
                                    .withName("css")
                                    .withKind(StoreKind.CLUSTER_SECRET_STORE))),
                new ExternalSecretDataFrom()
                    .withSourceRef(
                        new StoreGeneratorSourceRef()
                            .withGeneratorRef(
                                new GeneratorRef()
                                    .withKind(GeneratorKind.PASSWORD)
                                    .withName("pw")))));
    es.getSpec()
        .getData()
        .add(
            Fixtures.data("other", "o")
                .withSourceRef(
                    new StoreSourceRef().withStoreRef(new SecretStoreRef().withName("ss2"))));

    FetchPlan plan = ((Decision.Fetch) Sync.PLANNER.decide(es, null, NOW)).plan();

    assertThat(plan.items())
        .extracting(FetchItem::path)
        .containsExactly(
            "spec.dataFrom[0]",
            "spec.dataFrom[1]",
            "spec.dataFrom[2]",
            "spec.data[0]",
            "spec.data[1]");
    assertThat(plan.items())
        .extracting(FetchItem::store)
        .containsExactly(
            StoreRef.secretStore("team-a", "store"),
            StoreRef.clusterSecretStore("css"),
            null,
            StoreRef.secretStore("team-a", "store"),
            StoreRef.secretStore("team-a", "ss2"));
    assertThat(plan.items().get(0).request()).isInstanceOf(FetchRequest.GetSecretMap.class);
    assertThat(plan.items().get(1).request()).isInstanceOf(FetchRequest.FindSecrets.class);
    assertThat(plan.items().get(2).request()).isInstanceOf(FetchRequest.Generate.class);
    assertThat(plan.stores()).hasSize(3);
  }

  @Test
  void laterDataFromWinsAndDataWinsOverDataFrom() {
    ExternalSecret es = Fixtures.es();
    es.getSpec().setDataFrom(List.of(Fixtures.extract("first"), Fixtures.extract("second")));
    Remote remote =
        Remote.of(
            "first", "{\"k\":\"from-first\",\"a\":\"1\",\"b\":\"1\"}",
            "second", "{\"k\":\"from-second\",\"b\":\"2\"}",
            "remote/k", "from-data");

    assertThat(PolicyTableTest.data(Sync.run(es, null, remote)))
        .isEqualTo(Map.of("k", "from-data", "a", "1", "b", "2"));
  }

  @Test
  void extractConvertsKeysDecodesAndChecksNullBytes() {
    ExternalSecret es = Fixtures.es();
    es.getSpec().setData(null);
    es.getSpec()
        .setDataFrom(
            List.of(
                new ExternalSecretDataFrom()
                    .withExtract(
                        new RemoteRef()
                            .withKey("json")
                            .withConversionStrategy(ConversionStrategy.UNICODE)
                            .withDecodingStrategy(DecodingStrategy.BASE64))));

    SyncPlan plan = Sync.run(es, null, Remote.of("json", "{\"a/b\":\"aGk=\"}"));
    assertThat(PolicyTableTest.data(plan)).isEqualTo(Map.of("a_U002f_b", "hi"));

    es.getSpec().getDataFrom().get(0).getExtract().setNullBytePolicy(NullBytePolicy.FAIL);
    SyncPlan nul = Sync.run(es, null, Remote.of("json", "{\"bin\":\"AAE=\"}"));
    assertThat(nul.events().get(0).message())
        .startsWith(
            "error processing spec.dataFrom[0].extract, err: fetched secret value for key \"bin\" contains null bytes");
  }

  @Test
  void rewritesReplaceConversionAndInvalidKeysFailWithEsosTip() {
    ExternalSecret es = Fixtures.es();
    es.getSpec().setData(null);
    ExternalSecretDataFrom find = Fixtures.find("^app/");
    es.getSpec().setDataFrom(List.of(find));

    SyncPlan noRewrite = Sync.run(es, null, Remote.of("app/user", "u"));
    assertThat(PolicyTableTest.data(noRewrite)).isEqualTo(Map.of("app_user", "u"));

    find.setRewrite(
        new ArrayList<>(
            List.of(
                new Rewrite().withRegexp(new RewriteRegexp().withSource("^app/").withTarget("")))));
    assertThat(PolicyTableTest.data(Sync.run(es, null, Remote.of("app/user", "u"))))
        .isEqualTo(Map.of("user", "u"));

    find.setRewrite(
        List.of(new Rewrite().withRegexp(new RewriteRegexp().withSource("^app").withTarget("x"))));
    SyncPlan bad = Sync.run(es, null, Remote.of("app/user", "u"));
    assertThat(bad.ready().getMessage()).isEqualTo("could not get secret data from provider");
    assertThat(bad.events().get(0).message())
        .isEqualTo(
            "error processing spec.dataFrom[0].find, err: invalid secret keys (TIP: use rewrite or conversionStrategy"
                + " to change keys): key has invalid character /, only alphanumeric, '-', '.' and '_' are allowed: x/user");
  }

  @Test
  void dataValuesAreDecoded() {
    ExternalSecret es = Fixtures.es();
    es.getSpec().getData().get(0).getRemoteRef().setDecodingStrategy(DecodingStrategy.AUTO);
    assertThat(PolicyTableTest.data(Sync.run(es, null, Remote.of("remote/k", "aGk="))))
        .isEqualTo(Map.of("k", "hi"));
    es.getSpec().getData().get(0).getRemoteRef().setDecodingStrategy(DecodingStrategy.BASE64);
    assertThat(Sync.run(es, null, Remote.of("remote/k", "not base64!")).events().get(0).message())
        .isEqualTo(
            "error processing spec.data[0] (key: remote/k), err: error applying decoding strategy Base64 to data:"
                + " illegal base64 data: length is not a multiple of 4");
  }

  @Test
  void missingDataFromIsSkippedWithItsEventUnlessRetain() {
    ExternalSecret es = Fixtures.es(CreationPolicy.OWNER, DeletionPolicy.DELETE);
    es.getSpec().setDataFrom(List.of(Fixtures.extract("gone")));
    SyncPlan plan = Sync.run(es, null, Remote.of("remote/k", "v1"));
    assertThat(plan.events())
        .first()
        .isEqualTo(
            PlannedEvent.normal(
                "MissingProviderSecret",
                "secret does not exist at provider using spec.dataFrom[0]"));
    assertThat(PolicyTableTest.data(plan)).isEqualTo(Map.of("k", "v1"));

    SyncPlan retained = Sync.run(Fixtures.es(), null, Remote.of());
    assertThat(retained.events().get(0).message())
        .isEqualTo("error processing spec.data[0] (key: remote/k), err: secret remote/k not found");
    assertThat(retained.requeue()).isInstanceOf(Requeue.Backoff.class);
  }

  @Test
  void aResultTheOperatorForgotIsAFailureNotEmptyData() {
    ExternalSecret es = Fixtures.es(CreationPolicy.OWNER, DeletionPolicy.DELETE);
    FetchPlan plan = ((Decision.Fetch) Sync.PLANNER.decide(es, null, NOW)).plan();
    SyncPlan result = Sync.PLANNER.plan(es, plan, new FetchResults(), null, NOW);
    assertThat(result.write()).isInstanceOf(SecretWrite.None.class);
    assertThat(result.events().get(0).message()).endsWith("spec.data[0] was not fetched");
  }
}
