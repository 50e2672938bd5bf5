package io.jeso.core.template;

import static io.jeso.core.template.T.bytes;
import static io.jeso.core.template.T.literal;
import static io.jeso.core.template.T.render;
import static io.jeso.core.template.T.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.jeso.api.externalsecret.ExternalSecretTemplate;
import io.jeso.api.externalsecret.TemplateFrom;
import io.jeso.api.externalsecret.TemplateRef;
import io.jeso.api.externalsecret.TemplateRefItem;
import io.jeso.api.externalsecret.TemplateScope;
import io.jeso.core.sync.TemplateRenderer.Rendered;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The templates ESO's documentation and its users' manifests use most. */
class EsoPatternsTest {

  @Test
  void dockerConfigJsonWithPrintfAndB64enc() throws Exception {
    ExternalSecretTemplate t =
        new ExternalSecretTemplate()
            .withType("kubernetes.io/dockerconfigjson")
            .withData(
                Map.of(
                    ".dockerconfigjson",
                    "{\"auths\":{\"{{ .registry }}\":{\"username\":\"{{ .user }}\",\"password\":"
                        + "\"{{ .pass }}\",\"auth\":\"{{ printf \"%s:%s\" .user .pass | b64enc"
                        + " }}\"}}}"));

    Rendered r = render(t, bytes("registry", "ghcr.io", "user", "bot", "pass", "tok"));

    String auth = Base64.getEncoder().encodeToString("bot:tok".getBytes(StandardCharsets.UTF_8));
    assertThat(r.type()).isEqualTo("kubernetes.io/dockerconfigjson");
    assertThat(text(r.data()))
        .containsExactly(
            Map.entry(
                ".dockerconfigjson",
                "{\"auths\":{\"ghcr.io\":{\"username\":\"bot\",\"password\":\"tok\",\"auth\":\""
                    + auth
                    + "\"}}}"));
  }

  @Test
  void connectionStringWithUrlQueryEscaping() throws Exception {
    ExternalSecretTemplate t =
        T.data(
            "DATABASE_URL",
            "postgres://{{ .user }}:{{ .pass | urlquery }}@{{ .host }}:5432/app?sslmode=require");

    Rendered r = render(t, bytes("user", "app", "pass", "p@ss/w:rd", "host", "db"));

    assertThat(text(r.data()))
        .containsEntry(
            "DATABASE_URL", "postgres://app:p%40ss%2Fw%3Ard@db:5432/app?sslmode=require");
  }

  @Test
  void literalRangingOverFromJson() throws Exception {
    TemplateFrom literal =
        literal(
            """
            {{- range $k, $v := .config | fromJson }}
            {{ $k | upper }}: {{ $v | toString | quote }}
            {{- end }}
            """);

    Rendered r =
        render(
            new ExternalSecretTemplate().withTemplateFrom(List.of(literal)),
            bytes("config", "{\"host\":\"db\",\"port\":5432,\"tls\":true}"));

    assertThat(text(r.data())).isEqualTo(Map.of("HOST", "db", "PORT", "5432", "TLS", "true"));
  }

  @Test
  void keysAndValuesFromAConfigMap() throws Exception {
    TemplateFrom cm =
        new TemplateFrom()
            .withConfigMap(
                new TemplateRef()
                    .withName("app-config-tpl")
                    .withItems(
                        List.of(
                            new TemplateRefItem()
                                .withKey("application.yaml")
                                .withTemplateAs(TemplateScope.KEYS_AND_VALUES),
                            new TemplateRefItem().withKey("single"))));
    T.Objects objects =
        new T.Objects()
            .configMap(
                "app-config-tpl",
                "application.yaml",
                "spring.datasource.username: {{ .user }}\nspring.datasource.password: '{{ .pass }}'",
                "single",
                "{{ .user }}/{{ .pass }}");

    Rendered r =
        render(
            new ExternalSecretTemplate().withTemplateFrom(List.of(cm)),
            bytes("user", "u", "pass", "p"),
            T.EMPTY,
            objects);

    assertThat(text(r.data()))
        .isEqualTo(
            Map.of(
                "spring.datasource.username", "u",
                "spring.datasource.password", "p",
                "single", "u/p"));
  }

  @Test
  void helmEscapedTemplatesReachJesoAsPlainTemplates() throws Exception {
    // In a Helm chart users write {{ `{{ .password }}` }} or {{ "{{" }} .password {{ "}}" }}; Helm
    // leaves the inner template, which must render as usual. Escapes that survive Helm render as
    // the literal delimiters.
    ExternalSecretTemplate t =
        T.data(
            "plain", "{{ .password }}",
            "raw", "{{ `{{ .password }}` }}",
            "quoted", "{{ \"{{\" }} .password {{ \"}}\" }}",
            "printf", "{{ printf \"%s\" .password }}");

    Rendered r = render(t, bytes("password", "pw"));

    assertThat(text(r.data()))
        .isEqualTo(
            Map.of(
                "plain", "pw",
                "raw", "{{ .password }}",
                "quoted", "{{ .password }}",
                "printf", "pw"));
  }

  @Test
  void configFileWithIndentAndConditionals() throws Exception {
    ExternalSecretTemplate t =
        T.data(
            "config.yaml",
            """
            database:
              user: {{ .user }}
            {{- with index . "pass" }}
              password: {{ . | quote }}
            {{- end }}
              certs: |
            {{ .ca | indent 4 }}
            """);

    Rendered r = render(t, bytes("user", "u", "pass", "p\"q", "ca", "line1\nline2"));

    assertThat(text(r.data()).get("config.yaml"))
        .isEqualTo(
            "database:\n  user: u\n  password: \"p\\\"q\"\n  certs: |\n    line1\n    line2\n");
  }

  @Test
  void basicAuthWithHtpasswdHasItsShape() throws Exception {
    Rendered r =
        render(T.data("auth", "{{ htpasswd .user .pass }}"), bytes("user", "u", "pass", "p"));

    assertThat(text(r.data()).get("auth")).matches("u:\\$2a\\$10\\$.{53}");
  }
}
