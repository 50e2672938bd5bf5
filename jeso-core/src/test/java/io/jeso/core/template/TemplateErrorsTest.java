package io.jeso.core.template;

import static io.jeso.core.template.T.bytes;
import static io.jeso.core.template.T.configMap;
import static io.jeso.core.template.T.literal;
import static io.jeso.core.template.T.render;
import static io.jeso.core.template.T.secret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jeso.api.externalsecret.ExternalSecretTemplate;
import io.jeso.api.externalsecret.TemplateFrom;
import io.jeso.api.externalsecret.TemplateMetadata;
import io.jeso.api.externalsecret.TemplateScope;
import io.jeso.core.sync.TemplateRenderer.TemplateException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Error messages: which part failed, Go's text, and never a value. */
class TemplateErrorsTest {
  private static final String CANARY = "CANARY-7c1e-never-shown";
  private static final Map<String, byte[]> FETCHED =
      bytes(
          "password", CANARY, "json", "{\"inner\":\"" + CANARY + "-inner\",\"n\":1}", "user", "u");

  private static ExternalSecretTemplate from(TemplateFrom... entries) {
    return new ExternalSecretTemplate().withTemplateFrom(List.of(entries));
  }

  static Stream<Arguments> failures() {
    T.Objects objects =
        new T.Objects()
            .configMap("cm", "bad", "{{ .missing }}", "kv", "a: {{ .user }}")
            .secret("s", "bad", "{{ .password | atoi | add1 | fail }}");
    return Stream.of(
        Arguments.of(
            T.data("k", "{{ .missing }}"),
            objects,
            "spec.target.template.data.k: template: k:1:3: executing \"k\" at <.missing>: map has"
                + " no entry for key \"missing\""),
        Arguments.of(
            T.data("k", "{{ .user "),
            objects,
            "spec.target.template.data.k: template: k:1: unclosed action"),
        Arguments.of(
            T.data("k", "{{ nosuchfunc .user }}"),
            objects,
            "spec.target.template.data.k: template: k:1: function \"nosuchfunc\" not defined"),
        Arguments.of(
            new ExternalSecretTemplate()
                .withMetadata(new TemplateMetadata().withLabels(Map.of("l", "{{ .missing }}"))),
            objects,
            "spec.target.template.metadata.labels.l: template: l:1:3: executing \"l\" at"
                + " <.missing>: map has no entry for key \"missing\""),
        Arguments.of(
            new ExternalSecretTemplate()
                .withMetadata(new TemplateMetadata().withAnnotations(Map.of("a", "{{ end }}"))),
            objects,
            "spec.target.template.metadata.annotations.a: template: a:1: unexpected {{end}}"),
        Arguments.of(
            from(literal("x: z"), configMap("cm", TemplateScope.VALUES, "bad")),
            objects,
            "spec.target.template.templateFrom[1].configMap \"cm\" key \"bad\": template: bad:1:3:"
                + " executing \"bad\" at <.missing>: map has no entry for key \"missing\""),
        Arguments.of(
            from(configMap("absent", TemplateScope.VALUES, "k")),
            objects,
            "spec.target.template.templateFrom[0].configMap \"absent\": configmaps \"absent\" not"
                + " found"),
        Arguments.of(
            from(secret("absent", TemplateScope.VALUES, "k")),
            objects,
            "spec.target.template.templateFrom[0].secret \"absent\": secrets \"absent\" not found"),
        Arguments.of(
            from(configMap("cm", TemplateScope.VALUES, "nokey")),
            objects,
            "spec.target.template.templateFrom[0].configMap \"cm\" key \"nokey\": error in configmap"
                + " cm: missing key nokey"),
        Arguments.of(
            from(secret("s", TemplateScope.KEYS_AND_VALUES, "nokey")),
            objects,
            "spec.target.template.templateFrom[0].secret \"s\" key \"nokey\": error in secret s:"
                + " missing key nokey"),
        Arguments.of(
            from(literal("{{ range .user }}")),
            objects,
            "spec.target.template.templateFrom[0].literal: template: literal:1: unexpected EOF"),
        Arguments.of(
            from(literal("port: 5432")),
            objects,
            "spec.target.template.templateFrom[0].literal: could not unmarshal template to"
                + " 'map[string][]byte': json: cannot unmarshal number into Go value of type string"
                + " (key \"port\"; quote the value or use toString/quote in the template)"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("failures")
  void namesThePartAndGivesGosText(
      ExternalSecretTemplate template, T.Objects objects, String message) {
    TemplateException e =
        assertThrows(TemplateException.class, () -> render(template, FETCHED, T.EMPTY, objects));

    assertThat(e.getMessage()).isEqualTo(message);
  }

  static Stream<Arguments> leaks() {
    return Stream.of(
        Arguments.of("fail with the value", "{{ fail .password }}"),
        Arguments.of("fail with printf", "{{ fail (printf \"bad value %q\" .password) }}"),
        Arguments.of("fail with a JSON field", "{{ fail (index (.json | fromJson) \"inner\") }}"),
        Arguments.of("atoi of a value", "{{ .password | atoi | div 1 }}"),
        Arguments.of("a value as a map key", "{{ index . .password }}"),
        Arguments.of("a value as a template name", "{{ template .password }}"),
        Arguments.of("semver of a value", "{{ semver .password }}"),
        Arguments.of("b64dec of a value", "{{ .password | b64dec | fail }}"),
        Arguments.of(
            "a value as a regexp",
            "{{ regexMatch .password \"x\" }}{{ regexMatch (print \"(\" .password) \"x\" }}"),
        Arguments.of("fromJson of a value", "{{ (.password | mustFromJson).x }}"),
        Arguments.of("a value as a date", "{{ toDate \"2006\" .password | mustToDate \"2006\" }}"),
        Arguments.of(
            "a value as a number", "{{ .password | int64 | mul 1 | printf \"%d\" | fail }}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("leaks")
  void neverShowsAValue(String name, String template) {
    Throwable e =
        org.assertj.core.api.Assertions.catchThrowable(
            () ->
                render(
                    T.data("k", template)
                        .withTemplateFrom(List.of(literal("x: '{{ fail .password }}'"))),
                    FETCHED));

    // Some of these render fine in Go (e.g. a regexp on a value); then there is nothing to leak.
    if (e != null) {
      assertThat(e).isInstanceOf(TemplateException.class);
      assertThat(e.getMessage()).doesNotContain(CANARY).doesNotContain("CANARY");
    }
  }

  @Test
  void failMessagesKeepTheirWordsButLoseTheValues() {
    assertThatThrownBy(
            () ->
                render(
                    T.data("k", "{{ fail (printf \"token %s is expired\" .password) }}"), FETCHED))
        .hasMessage(
            "spec.target.template.data.k: template: k:1:3: executing \"k\" at <fail (printf \"token"
                + " %s is expired\" .password)>: error calling fail: token [redacted] is expired");
  }

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of(
            "a loop of 10^10 steps",
            "{{ range $i := until 100000 }}{{ range $j := until 100000 }}x{{ end }}{{ end }}",
            "execution exceeded 1000000 steps"),
        Arguments.of(
            "output beyond a Secret's size",
            "{{ range $i := until 100 }}{{ repeat 20000 \"xx\" }}{{ end }}",
            "output exceeded 1048576 bytes"),
        Arguments.of(
            "unbounded recursion",
            "{{ define \"r\" }}{{ template \"r\" . }}{{ end }}{{ template \"r\" . }}",
            "exceeded maximum template depth (1000)"),
        Arguments.of(
            "a string doubled until memory runs out",
            "{{ $s := .password }}{{ range until 64 }}{{ $s = print $s $s }}{{ end }}",
            "value exceeded the limit of 4194304 bytes"),
        Arguments.of(
            "a list of 10^8 numbers", "{{ until 100000000 }}", "exceeded the limit of 100000"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void boundsExecution(String name, String template, String message) {
    assertThatThrownBy(() -> render(T.data("k", template), FETCHED))
        .isInstanceOf(TemplateException.class)
        .hasMessageStartingWith("spec.target.template.data.k: template: k")
        .hasMessageContaining(message);
  }
}
