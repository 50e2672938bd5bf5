package io.jeso.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.jeso.api.externalsecret.DecodingStrategy;
import io.jeso.api.externalsecret.ExternalSecretDataFrom;
import io.jeso.api.externalsecret.NullBytePolicy;
import io.jeso.api.externalsecret.RemoteRef;
import io.jeso.api.externalsecret.Rewrite;
import io.jeso.api.externalsecret.RewriteMerge;
import io.jeso.api.v1.ExternalSecret;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Security rule: a secret value never appears in a status condition, an event or a plan summary,
 * whatever goes wrong while it is processed. Each scenario fetches a canary value and makes
 * processing fail on it.
 */
class NoValueLeakTest {
  private static final String CANARY = "CANARY-9f3b-not-for-logs";

  static Stream<Arguments> failures() {
    return Stream.of(
        scenario(
            "base64 decoding of a data value",
            "x" + CANARY,
            es -> decoding(es, DecodingStrategy.BASE64)),
        scenario(
            "null bytes in a data value",
            CANARY + "\u0000",
            es ->
                es.getSpec()
                    .getData()
                    .get(0)
                    .getRemoteRef()
                    .setNullBytePolicy(NullBytePolicy.FAIL)),
        scenario("extract of a value that is not JSON", CANARY, NoValueLeakTest::extract),
        scenario(
            "merge of a value that is not JSON",
            "{\"a\":\"" + CANARY + "\"}",
            es -> {
              extract(es);
              es.getSpec()
                  .getDataFrom()
                  .get(0)
                  .setRewrite(List.of(new Rewrite().withMerge(new RewriteMerge())));
            }),
        scenario(
            "extract with base64 decoding",
            "{\"a\":\"" + CANARY + "!\"}",
            es -> {
              extract(es);
              es.getSpec()
                  .getDataFrom()
                  .get(0)
                  .getExtract()
                  .setDecodingStrategy(DecodingStrategy.BASE64);
            }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void noCanaryInStatusEventsOrSummary(
      String why, String remoteValue, Consumer<ExternalSecret> setup) {
    ExternalSecret es = Fixtures.es();
    setup.accept(es);
    SyncPlan plan = Sync.run(es, null, Remote.of("remote/k", remoteValue, "json", remoteValue));

    assertThat(plan.ready().getStatus()).as("the scenario must fail").isEqualTo("False");
    assertThat(plan.status().toString()).doesNotContain(CANARY);
    assertThat(plan.events()).allSatisfy(e -> assertThat(e.message()).doesNotContain(CANARY));
    assertThat(plan.outcome()).doesNotContain(CANARY);
    assertThat(plan.toString()).doesNotContain(CANARY);
  }

  private static void decoding(ExternalSecret es, DecodingStrategy strategy) {
    es.getSpec().getData().get(0).getRemoteRef().setDecodingStrategy(strategy);
  }

  private static void extract(ExternalSecret es) {
    es.getSpec().setData(null);
    es.getSpec()
        .setDataFrom(
            List.of(new ExternalSecretDataFrom().withExtract(new RemoteRef().withKey("json"))));
  }

  private static Arguments scenario(String why, String value, Consumer<ExternalSecret> setup) {
    return Arguments.of(why, value, setup);
  }
}
