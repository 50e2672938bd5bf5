package io.jeso.core.template;

import static io.jeso.core.template.T.bytes;
import static io.jeso.core.template.T.data;
import static io.jeso.core.template.T.literal;
import static io.jeso.core.template.T.render;
import static io.jeso.core.template.T.strings;
import static io.jeso.core.template.T.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.jeso.api.externalsecret.ExternalSecretTemplate;
import io.jeso.api.externalsecret.TemplateMergePolicy;
import io.jeso.api.externalsecret.TemplateMetadata;
import io.jeso.api.externalsecret.TemplateScope;
import io.jeso.core.sync.TemplateRenderer.Rendered;
import io.jeso.core.sync.TemplateRenderer.TemplateException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ESO's ApplyTemplate steps, one by one and combined. */
class GoTemplateRendererTest {
  private static final Map<String, byte[]> FETCHED = bytes("user", "admin", "pass", "s3cr3t");

  @Test
  void setsTheTypeAndKeepsTheBaseTypeWhenTheTemplateHasNone() throws Exception {
    Rendered typed =
        render(new ExternalSecretTemplate().withType("kubernetes.io/basic-auth"), FETCHED);
    Rendered untyped =
        render(
            new ExternalSecretTemplate(),
            FETCHED,
            new Rendered(Map.of(), "kubernetes.io/tls", Map.of(), Map.of()),
            new T.Objects());

    assertThat(typed.type()).isEqualTo("kubernetes.io/basic-auth");
    assertThat(untyped.type()).isEqualTo("kubernetes.io/tls");
  }

  static Stream<Arguments> fetchedDataCopy() {
    Supplier<ExternalSecretTemplate> withData = () -> data("dsn", "{{ .user }}@db");
    Supplier<ExternalSecretTemplate> withFrom =
        () -> new ExternalSecretTemplate().withTemplateFrom(List.of(literal("dsn: x")));
    return Stream.of(
        // mergePolicy, template, expected keys
        Arguments.of("Replace with data", withData.get(), Map.of("dsn", "admin@db")),
        Arguments.of("Replace with templateFrom", withFrom.get(), Map.of("dsn", "x")),
        Arguments.of(
            "Replace without data or templateFrom",
            new ExternalSecretTemplate().withType("Opaque"),
            Map.of("user", "admin", "pass", "s3cr3t")),
        Arguments.of(
            "empty data and templateFrom count as none",
            new ExternalSecretTemplate().withData(Map.of()).withTemplateFrom(List.of()),
            Map.of("user", "admin", "pass", "s3cr3t")),
        Arguments.of(
            "Merge with data",
            withData.get().withMergePolicy(TemplateMergePolicy.MERGE),
            Map.of("user", "admin", "pass", "s3cr3t", "dsn", "admin@db")),
        Arguments.of(
            "Merge: a template overrides a fetched key of the same name",
            data("user", "{{ .user | upper }}").withMergePolicy(TemplateMergePolicy.MERGE),
            Map.of("user", "ADMIN", "pass", "s3cr3t")),
        Arguments.of(
            "Merge with templateFrom",
            withFrom.get().withMergePolicy(TemplateMergePolicy.MERGE),
            Map.of("user", "admin", "pass", "s3cr3t", "dsn", "x")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fetchedDataCopy")
  void copiesFetchedDataOnlyForMergeOrWithoutTemplates(
      String name, ExternalSecretTemplate template, Map<String, String> expected) throws Exception {
    assertThat(text(render(template, FETCHED).data())).isEqualTo(expected);
  }

  @Test
  void keepsTheBaseDataThePlannerPrepared() throws Exception {
    // CreateOrMerge/Merge: the planner leaves foreign keys in the base; the template adds to them.
    Rendered base = new Rendered(bytes("foreign", "kept"), "Opaque", Map.of(), Map.of());

    Rendered r = render(data("dsn", "{{ .user }}"), FETCHED, base, new T.Objects());

    assertThat(text(r.data())).isEqualTo(Map.of("foreign", "kept", "dsn", "admin"));
  }

  @Test
  void templateDataOverridesTemplateFromWhichOverridesFetchedData() throws Exception {
    ExternalSecretTemplate t =
        data("k", "from data")
            .withMergePolicy(TemplateMergePolicy.MERGE)
            .withTemplateFrom(
                List.of(
                    literal("k: from literal\nj: from literal"),
                    T.configMap("cm", TemplateScope.VALUES, "j", "user")));
    T.Objects objects = new T.Objects().configMap("cm", "j", "from configmap", "user", "cm user");

    Rendered r = render(t, bytes("user", "fetched", "k", "fetched"), T.EMPTY, objects);

    assertThat(text(r.data()))
        .isEqualTo(Map.of("k", "from data", "j", "from configmap", "user", "cm user"));
  }

  @Test
  void rendersMetadataValuesAsTemplatesOverTheRawCopies() throws Exception {
    // The planner copies template.metadata raw (ESO's setMetadata); rendering replaces the values.
    ExternalSecretTemplate t =
        data("x", "y")
            .withMetadata(
                new TemplateMetadata()
                    .withLabels(strings("owner", "{{ .user }}", "static", "v"))
                    .withAnnotations(strings("note", "{{ .user | upper }}-{{ len .pass }}")));
    Rendered base =
        new Rendered(
            Map.of(),
            "Opaque",
            strings("owner", "{{ .user }}", "static", "v", "foreign", "f"),
            strings("note", "{{ .user | upper }}-{{ len .pass }}"));

    Rendered r = render(t, FETCHED, base, new T.Objects());

    assertThat(r.labels()).isEqualTo(Map.of("owner", "admin", "static", "v", "foreign", "f"));
    assertThat(r.annotations()).isEqualTo(Map.of("note", "ADMIN-6"));
  }

  @Test
  void templateDataSeesOnlyFetchedKeysAsStrings() throws Exception {
    ExternalSecretTemplate t =
        data(
            "kind", "{{ kindOf .user }}",
            "dash", "{{ index . \"with-dash\" }}",
            "absent", "[{{ index . \"absent\" }}]");

    Rendered r = render(t, bytes("user", "u", "with-dash", "d"));

    assertThat(text(r.data())).isEqualTo(Map.of("kind", "string", "dash", "d", "absent", "[]"));
  }

  @Test
  void customDelimitersApplyToEveryTemplatePart() throws Exception {
    GoTemplateRenderer angle = new GoTemplateRenderer("<<", ">>");
    ExternalSecretTemplate t =
        data("dsn", "<< .user >>:{{ not a template }}")
            .withTemplateFrom(List.of(literal("lit: << .pass >>")))
            .withMetadata(new TemplateMetadata().withLabels(strings("u", "<< .user >>")));

    Rendered r =
        angle.render(new io.jeso.core.sync.TemplateRenderer.Request(t, FETCHED, T.EMPTY, Map.of()));

    assertThat(text(r.data()))
        .isEqualTo(Map.of("dsn", "admin:{{ not a template }}", "lit", "s3cr3t"));
    assertThat(r.labels()).containsEntry("u", "admin");
  }

  @Test
  void parsesEachTemplateOnce() throws Exception {
    GoTemplateRenderer r = new GoTemplateRenderer();
    ExternalSecretTemplate t = data("a", "{{ .user }}", "b", "{{ .pass }}");
    for (int i = 0; i < 5; i++) {
      r.render(new io.jeso.core.sync.TemplateRenderer.Request(t, FETCHED, T.EMPTY, Map.of()));
    }

    assertThat(r.templates().size()).isEqualTo(2);
  }

  @Test
  void anEmptyTemplateValueRendersAnEmptyValue() throws Exception {
    assertThat(text(render(data("empty", ""), FETCHED).data())).isEqualTo(Map.of("empty", ""));
  }

  @Test
  void failsWithTheTemplatePartInTheMessage() {
    TemplateException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            TemplateException.class, () -> render(data("dsn", "{{ .nope }}"), FETCHED));

    assertThat(e.getMessage())
        .isEqualTo(
            "spec.target.template.data.dsn: template: dsn:1:3: executing \"dsn\" at <.nope>: map"
                + " has no entry for key \"nope\"");
  }
}
