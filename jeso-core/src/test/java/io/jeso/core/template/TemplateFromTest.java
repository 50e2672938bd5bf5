package io.jeso.core.template;

import static io.jeso.core.template.T.bytes;
import static io.jeso.core.template.T.configMap;
import static io.jeso.core.template.T.decoded;
import static io.jeso.core.template.T.literal;
import static io.jeso.core.template.T.render;
import static io.jeso.core.template.T.secret;
import static io.jeso.core.template.T.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeso.api.externalsecret.DecodingStrategy;
import io.jeso.api.externalsecret.ExternalSecretTemplate;
import io.jeso.api.externalsecret.TemplateFrom;
import io.jeso.api.externalsecret.TemplateScope;
import io.jeso.core.sync.TemplateRenderer.Rendered;
import io.jeso.core.sync.TemplateRenderer.TemplateException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** templateFrom: sources, scopes, targets and valuesDecodingStrategy. */
class TemplateFromTest {
  private static final Map<String, byte[]> FETCHED =
      bytes("user", "admin", "pass", "s3cr3t", "host", "db.example");

  private static Rendered from(T.Objects objects, TemplateFrom... entries) throws Exception {
    return render(
        new ExternalSecretTemplate().withTemplateFrom(List.of(entries)), FETCHED, T.EMPTY, objects);
  }

  @Test
  void configMapValuesScopeRendersEachItemAsItsKey() throws Exception {
    T.Objects cm =
        new T.Objects()
            .configMap("tpl", "dsn", "{{ .user }}@{{ .host }}", "unused", "{{ .x }}", "n", "1");

    Rendered r = from(cm, configMap("tpl", TemplateScope.VALUES, "dsn", "n"));

    assertThat(text(r.data())).isEqualTo(Map.of("dsn", "admin@db.example", "n", "1"));
  }

  @Test
  void anUnsetScopeIsValues() throws Exception {
    T.Objects cm = new T.Objects().configMap("tpl", "dsn", "{{ .user }}");

    Rendered r = from(cm, configMap("tpl", null, "dsn"));

    assertThat(text(r.data())).isEqualTo(Map.of("dsn", "admin"));
  }

  @Test
  void configMapKeysAndValuesScopeRendersKeysToo() throws Exception {
    T.Objects cm =
        new T.Objects()
            .configMap(
                "tpl",
                "env.yaml",
                """
                {{ .user | upper }}_NAME: {{ .user | quote }}
                DB_HOST: "{{ .host }}"
                EMPTY: null
                """);

    Rendered r = from(cm, configMap("tpl", TemplateScope.KEYS_AND_VALUES, "env.yaml"));

    assertThat(text(r.data()))
        .isEqualTo(Map.of("ADMIN_NAME", "admin", "DB_HOST", "db.example", "EMPTY", ""));
  }

  @Test
  void secretItemsAreTemplatesToo() throws Exception {
    T.Objects s =
        new T.Objects()
            .secret("tpl", "config.json", "{\"user\":\"{{ .user }}\"}", "kv", "a: '{{ .pass }}'");

    Rendered r =
        from(
            s,
            secret("tpl", TemplateScope.VALUES, "config.json"),
            secret("tpl", TemplateScope.KEYS_AND_VALUES, "kv"));

    assertThat(text(r.data()))
        .isEqualTo(Map.of("config.json", "{\"user\":\"admin\"}", "a", "s3cr3t"));
  }

  @Test
  void withinOneEntryConfigMapThenSecretThenLiteral() throws Exception {
    TemplateFrom all =
        configMap("cm", TemplateScope.VALUES, "k")
            .withSecret(secret("s", TemplateScope.VALUES, "k").getSecret())
            .withLiteral("k: literal");
    T.Objects objects =
        new T.Objects().configMap("cm", "k", "configmap").secret("s", "k", "secret");

    assertThat(text(from(objects, all).data())).isEqualTo(Map.of("k", "literal"));
    assertThat(
            text(
                from(
                        objects,
                        configMap("cm", TemplateScope.VALUES, "k")
                            .withSecret(secret("s", TemplateScope.VALUES, "k").getSecret()))
                    .data()))
        .isEqualTo(Map.of("k", "secret"));
  }

  @Test
  void laterEntriesOverrideEarlierOnes() throws Exception {
    Rendered r = from(new T.Objects(), literal("a: first\nb: first"), literal("a: second"));

    assertThat(text(r.data())).isEqualTo(Map.of("a", "second", "b", "first"));
  }

  static Stream<Arguments> targets() {
    return Stream.of(
        Arguments.of(null, "data"),
        Arguments.of("", "data"),
        Arguments.of("Data", "data"),
        Arguments.of("Annotations", "annotations"),
        Arguments.of("annotations", "annotations"),
        Arguments.of("Labels", "labels"),
        Arguments.of("LABELS", "labels"));
  }

  @ParameterizedTest(name = "target {0} writes {1}")
  @MethodSource("targets")
  void writesToTheTarget(String target, String where) throws Exception {
    T.Objects cm = new T.Objects().configMap("cm", "team", "{{ .user }}");

    Rendered r =
        from(
            cm,
            literal("owner: '{{ .user }}'").withTarget(target),
            configMap("cm", TemplateScope.VALUES, "team").withTarget(target));

    Map<String, String> written =
        switch (where) {
          case "data" -> text(r.data());
          case "annotations" -> r.annotations();
          default -> r.labels();
        };
    assertThat(written).isEqualTo(Map.of("owner", "admin", "team", "admin"));
  }

  static Stream<Arguments> decodings() {
    return Stream.of(
        Arguments.of(null, "aGVsbG8=", "aGVsbG8="),
        Arguments.of(DecodingStrategy.NONE, "aGVsbG8=", "aGVsbG8="),
        Arguments.of(DecodingStrategy.BASE64, "aGVsbG8=", "hello"),
        Arguments.of(DecodingStrategy.BASE64_URL, "P34_", "?~?"),
        Arguments.of(DecodingStrategy.AUTO, "aGVsbG8=", "hello"),
        Arguments.of(DecodingStrategy.AUTO, "not base64!", "not base64!"));
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @MethodSource("decodings")
  void decodesRenderedValues(DecodingStrategy strategy, String rendered, String stored)
      throws Exception {
    T.Objects cm = new T.Objects().configMap("cm", "v", rendered);

    Rendered r =
        from(
            cm,
            decoded(literal("kv: '" + rendered + "'"), strategy),
            decoded(configMap("cm", TemplateScope.VALUES, "v"), strategy));

    assertThat(text(r.data())).isEqualTo(Map.of("kv", stored, "v", stored));
  }

  @Test
  void templateDataIsNeverDecoded() throws Exception {
    ExternalSecretTemplate t =
        T.data("d", "aGVsbG8=")
            .withTemplateFrom(List.of(decoded(literal("l: aGVsbG8="), DecodingStrategy.BASE64)));

    assertThat(text(render(t, FETCHED).data())).isEqualTo(Map.of("d", "aGVsbG8=", "l", "hello"));
  }

  @Test
  void aValueThatDoesNotDecodeFailsNamingItsKey() {
    assertThatThrownBy(
            () -> from(new T.Objects(), decoded(literal("bad: '%%%'"), DecodingStrategy.BASE64)))
        .isInstanceOf(TemplateException.class)
        .hasMessage(
            "spec.target.template.templateFrom[0].literal: failed to decode rendered template value"
                + " for key bad: illegal base64 data: length is not a multiple of 4");
  }
}
