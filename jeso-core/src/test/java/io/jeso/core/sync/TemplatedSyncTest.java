package io.jeso.core.sync;

import static io.jeso.core.sync.Fixtures.bytes;
import static io.jeso.core.sync.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.jeso.api.Labels;
import io.jeso.api.externalsecret.CreationPolicy;
import io.jeso.api.externalsecret.DeletionPolicy;
import io.jeso.api.externalsecret.ExternalSecretDataFrom;
import io.jeso.api.externalsecret.ExternalSecretTemplate;
import io.jeso.api.externalsecret.RemoteRef;
import io.jeso.api.externalsecret.Rewrite;
import io.jeso.api.externalsecret.RewriteTransform;
import io.jeso.api.externalsecret.TemplateFrom;
import io.jeso.api.externalsecret.TemplateMetadata;
import io.jeso.api.externalsecret.TemplateRef;
import io.jeso.api.externalsecret.TemplateRefItem;
import io.jeso.api.v1.ExternalSecret;
import io.jeso.core.template.GoKeyTemplates;
import io.jeso.core.template.GoTemplateRenderer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The planner with the real template engine: base preparation, rendering, then ownership. */
class TemplatedSyncTest {
  private static final SyncPlanner PLANNER =
      new SyncPlanner(new GoTemplateRenderer(), new GoKeyTemplates());
  private static final Remote REMOTE = Remote.of("remote/k", "v1");

  private static DesiredSecret written(SyncPlan plan) {
    return switch (plan.write()) {
      case SecretWrite.Create c -> c.secret();
      case SecretWrite.Update u -> u.secret();
      default -> throw new AssertionError("no write in " + plan);
    };
  }

  private static ExternalSecret templated(CreationPolicy policy, ExternalSecretTemplate t) {
    ExternalSecret es = Fixtures.es(policy, DeletionPolicy.RETAIN);
    es.getSpec().getTarget().setTemplate(t);
    return es;
  }

  @Test
  void ownerReplacesEverythingWithTheRenderedTemplate() {
    ExternalSecret es =
        templated(
            CreationPolicy.OWNER,
            new ExternalSecretTemplate()
                .withType("kubernetes.io/basic-auth")
                .withData(Map.of("username", "{{ .k | upper }}"))
                .withMetadata(
                    new TemplateMetadata()
                        .withLabels(Map.of("app", "{{ .k }}"))
                        .withFinalizers(List.of("example.com/keep"))));
    SecretSnapshot existing =
        Fixtures.managedSecret(Fixtures.Owner.SELF, bytes("old", "x"), bytes("foreign", "f"));

    DesiredSecret s = written(Sync.run(PLANNER, es, existing, REMOTE, Fixtures.NOW));

    assertThat(s.type()).isEqualTo("kubernetes.io/basic-auth");
    assertThat(text(s.data())).isEqualTo(Map.of("username", "V1"));
    assertThat(s.labels()).containsEntry("app", "v1").containsEntry(Labels.MANAGED, "true");
    assertThat(s.finalizers()).containsExactly("example.com/keep");
  }

  @Test
  void createOrMergeKeepsForeignKeysAndDropsItsOldOnes() {
    ExternalSecret es =
        templated(
            CreationPolicy.CREATE_OR_MERGE,
            new ExternalSecretTemplate().withData(Map.of("new", "{{ .k }}")));
    SecretSnapshot existing =
        Fixtures.managedSecret(Fixtures.Owner.NONE, bytes("old", "x"), bytes("foreign", "f"));

    DesiredSecret s = written(Sync.run(PLANNER, es, existing, REMOTE, Fixtures.NOW));

    assertThat(text(s.data())).isEqualTo(Map.of("foreign", "f", "new", "v1"));
  }

  @Test
  void templateFromReadsTheObjectsTheOperatorFetched() {
    ExternalSecret es =
        templated(
            CreationPolicy.OWNER,
            new ExternalSecretTemplate()
                .withTemplateFrom(
                    List.of(
                        new TemplateFrom()
                            .withConfigMap(
                                new TemplateRef()
                                    .withName("tpl")
                                    .withItems(List.of(new TemplateRefItem().withKey("dsn")))))));
    Decision.Fetch d = (Decision.Fetch) PLANNER.decide(es, null, Fixtures.NOW);
    FetchResults results = REMOTE.execute(d.plan());
    results.templateObject(
        new FetchPlan.TemplateObjectRef(FetchPlan.TemplateObjectRef.Kind.CONFIG_MAP, "tpl"),
        bytes("dsn", "db://{{ .k }}"));

    SyncPlan plan = PLANNER.plan(es, d.plan(), results, null, Fixtures.NOW);

    assertThat(text(written(plan).data())).isEqualTo(Map.of("dsn", "db://v1"));
  }

  @Test
  void aFailingTemplateWritesNothingAndReportsThePartWithoutValues() {
    String canary = "CANARY-31d-template";
    ExternalSecret es =
        templated(
            CreationPolicy.OWNER,
            new ExternalSecretTemplate().withData(Map.of("bad", "{{ fail .k }}")));

    SyncPlan plan = Sync.run(PLANNER, es, null, Remote.of("remote/k", canary), Fixtures.NOW);

    assertThat(plan.write()).isInstanceOf(SecretWrite.None.class);
    assertThat(plan.ready().getStatus()).isEqualTo("False");
    assertThat(plan.ready().getMessage()).isEqualTo("could not update secret");
    assertThat(plan.events())
        .anySatisfy(
            e ->
                assertThat(e.message())
                    .contains("could not apply template: spec.target.template.data.bad: template:")
                    .contains("error calling fail: [redacted]"));
    assertThat(plan.toString()).doesNotContain(canary);
    assertThat(plan.events()).allSatisfy(e -> assertThat(e.message()).doesNotContain(canary));
  }

  @Test
  void rewriteTransformRenamesKeys() {
    ExternalSecret es = Fixtures.es();
    es.getSpec().setData(null);
    es.getSpec()
        .setDataFrom(
            List.of(
                new ExternalSecretDataFrom()
                    .withExtract(new RemoteRef().withKey("json"))
                    .withRewrite(
                        List.of(
                            new Rewrite()
                                .withTransform(
                                    new RewriteTransform()
                                        .withTemplate(
                                            "{{ .value | replace \"-\" \"_\" | upper }}"))))));

    SyncPlan plan =
        Sync.run(
            PLANNER,
            es,
            null,
            Remote.of("json", "{\"db-user\":\"u\",\"db-pass\":\"p\"}"),
            Fixtures.NOW);

    assertThat(text(written(plan).data())).isEqualTo(Map.of("DB_USER", "u", "DB_PASS", "p"));
  }
}
