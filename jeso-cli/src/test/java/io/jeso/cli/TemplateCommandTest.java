package io.jeso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code jeso template}: offline rendering, its output formats and its errors. */
class TemplateCommandTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new TemplateCommand(out));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void rendersOneTemplateToItsExactBytes() throws IOException {
    Path tpl =
        file(
            "auth.tpl",
            "{\"auths\":{\"r.io\":{\"auth\":\"{{ printf \"%s:%s\" .user .pass | b64enc }}\"}}}");
    Path data = file("data.json", "{\"user\": \"bot\", \"pass\": \"tok\"}");

    int code = run("--template", tpl.toString(), "--data", data.toString());

    assertThat(code).isZero();
    assertThat(out()).isEqualTo("{\"auths\":{\"r.io\":{\"auth\":\"" + b64("bot:tok") + "\"}}}");
  }

  @Test
  void readsYamlDataWithNonStringValuesAsJsonText() throws IOException {
    Path tpl =
        file("cfg.tpl", "{{ range $k, $v := .config | fromJson }}{{ $k }}={{ $v }};{{ end }}");
    Path data = file("data.yaml", "config:\n  port: 5432\n  host: db\n");

    assertThat(run("--template", tpl.toString(), "--data", data.toString())).isZero();
    assertThat(out()).isEqualTo("host=db;port=5432;");
  }

  @Test
  void decodesBase64DataLikeASecret() throws IOException {
    Path tpl = file("t.tpl", "{{ .token | upper }}");
    Path data = file("data.yaml", "token: " + b64("abc") + "\n");

    assertThat(run("--template", tpl.toString(), "--data", data.toString(), "--data-base64"))
        .isZero();
    assertThat(out()).isEqualTo("ABC");
  }

  @Test
  void rendersAKeysAndValuesTemplateAsSecretData() throws IOException {
    Path tpl =
        file(
            "env.tpl",
            "{{- range $k, $v := .config | fromJson }}\n{{ $k | upper }}: {{ $v | quote }}\n{{- end }}");
    Path data =
        file("data.json", "{\"config\": \"{\\\"host\\\":\\\"db\\\",\\\"user\\\":\\\"app\\\"}\"}");

    int code =
        run(
            "--template",
            tpl.toString(),
            "--data",
            data.toString(),
            "--keys-and-values",
            "--plain");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out())
        .isEqualTo(
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: env.tpl\nstringData:\n  HOST: db\n"
                + "  USER: app\ntype: Opaque\n");
  }

  @Test
  void rendersAnExternalSecretsWholeTarget() throws IOException {
    Path es =
        file(
            "es.yaml",
            """
            apiVersion: external-secrets.io/v1
            kind: SecretStore
            metadata: {name: ignored}
            ---
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata: {name: app}
            spec:
              secretStoreRef: {name: vault}
              target:
                name: app-secret
                template:
                  type: kubernetes.io/basic-auth
                  metadata:
                    labels: {team: "{{ .user }}"}
                  data:
                    username: "{{ .user }}"
                  templateFrom:
                  - configMap: {name: tpl, items: [{key: dsn}]}
                  - secret: {name: tpl-secret, items: [{key: kv, templateAs: KeysAndValues}]}
                  - literal: "password: '{{ .pass }}'"
              data:
              - {secretKey: user, remoteRef: {key: db, property: user}}
            """);
    Path cm =
        file(
            "cm.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: tpl}\ndata:\n  dsn: 'db://{{ .user }}'\n");
    Path secret =
        file(
            "s.yaml",
            "apiVersion: v1\nkind: Secret\nmetadata: {name: tpl-secret}\ndata:\n  kv: "
                + b64("extra: '{{ .user | upper }}'")
                + "\n");
    Path data = file("data.json", "{\"user\": \"app\", \"pass\": \"pw\"}");

    int code =
        run(
            "--external-secret", es.toString(),
            "--data", data.toString(),
            "--configmap", cm.toString(),
            "--secret", secret.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out())
        .contains(
            "kind: Secret",
            "name: app-secret",
            "team: app",
            "type: kubernetes.io/basic-auth",
            "username: " + b64("app"),
            "dsn: " + b64("db://app"),
            "extra: " + b64("APP"),
            "password: " + b64("pw"));
  }

  @Test
  void anExternalSecretWithoutTemplateGetsTheDataAsFetched() throws IOException {
    Path es =
        file(
            "es.yaml",
            "apiVersion: external-secrets.io/v1\nkind: ExternalSecret\nmetadata:\n  name: app\n"
                + "  labels: {copied: 'yes'}\nspec:\n  secretStoreRef: {name: s}\n");
    Path data = file("data.json", "{\"k\": \"v\"}");

    assertThat(run("--external-secret", es.toString(), "--data", data.toString(), "--plain"))
        .isZero();
    assertThat(out()).contains("name: app", "copied: \"yes\"", "k: v", "type: Opaque");
  }

  @Test
  void writesToAFile() throws IOException {
    Path tpl = file("t.tpl", "x{{ .a }}");
    Path data = file("d.json", "{\"a\": \"1\"}");
    Path result = dir.resolve("out.txt");

    assertThat(
            run(
                "--template",
                tpl.toString(),
                "--data",
                data.toString(),
                "--output",
                result.toString()))
        .isZero();
    assertThat(Files.readString(result)).isEqualTo("x1");
    assertThat(out()).isEmpty();
  }

  @Test
  void aFailingTemplateNamesThePartAndNeverTheValue() throws IOException {
    Path es =
        file(
            "es.yaml",
            """
            apiVersion: external-secrets.io/v1
            kind: ExternalSecret
            metadata: {name: app}
            spec:
              target:
                template:
                  data:
                    bad: '{{ fail (printf "rejected %s" .pass) }}'
            """);
    Path data = file("data.json", "{\"pass\": \"CANARY-cli-9x\"}");

    int code = run("--external-secret", es.toString(), "--data", data.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("jeso template: spec.target.template.data.bad: template: bad:1:3:")
        .contains("error calling fail: rejected [redacted]")
        .doesNotContain("CANARY");
    assertThat(out()).isEmpty();
  }

  @Test
  void aMissingTemplateSourceIsReported() throws IOException {
    Path es =
        file(
            "es.yaml",
            "kind: ExternalSecret\nmetadata: {name: app}\nspec:\n  target:\n    template:\n"
                + "      templateFrom:\n      - configMap: {name: tpl, items: [{key: k}]}\n");

    assertThat(run("--external-secret", es.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains(
            "spec.target.template.templateFrom[0].configMap \"tpl\": configmaps \"tpl\" not found");
  }

  @Test
  void badInputsAreNamed() throws IOException {
    Path tpl = file("t.tpl", "{{ .a }}");
    Path list = file("list.json", "[\"a\"]");
    Path broken = file("broken.yaml", "a: [unclosed\n");
    Path note = file("note.txt", "just text\n");

    assertThat(run("--template", dir.resolve("nope.tpl").toString())).isEqualTo(1);
    assertThat(run("--template", tpl.toString(), "--data", list.toString())).isEqualTo(1);
    assertThat(run("--template", tpl.toString(), "--data", broken.toString())).isEqualTo(1);
    assertThat(run("--external-secret", note.toString())).isEqualTo(1);

    assertThat(err.toString())
        .contains("nope.tpl: no such file")
        .contains("list.json: must be an object of key: value pairs")
        .contains("broken.yaml: not valid JSON or YAML at line")
        .contains("note.txt: holds no ExternalSecret");
  }

  @Test
  void needsExactlyOneSource() throws IOException {
    Path tpl = file("t.tpl", "x");

    assertThat(run()).isEqualTo(2);
    assertThat(run("--template", tpl.toString(), "--external-secret", tpl.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required argument").contains("mutually exclusive");
  }

  @Test
  void isListedByJesoWithHelpfulHelp() {
    StringWriter help = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(help));

    assertThat(cli.execute("template", "--help")).isZero();
    assertThat(help.toString())
        .contains(
            "--template=FILE",
            "--external-secret=FILE",
            "--data=FILE",
            "--configmap=FILE",
            "--secret=FILE",
            "--keys-and-values",
            "jeso template --template dsn.tpl --data data.json",
            "--template-left-delimiter=DELIM");

    StringWriter usage = new StringWriter();
    Main.commandLine().setOut(new PrintWriter(usage)).execute("--help");
    assertThat(usage.toString()).contains("template");
  }
}
