package io.jeso.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeso.template.exec.Limits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateTest {
  private static String render(String text, Object data) throws TemplateException {
    return Template.parse("t", text, Options.eso()).execute(data);
  }

  @Test
  void rendersEsoDockerConfig() throws Exception {
    Object data =
        Template.esoData(
            Map.of(
                "user", "bot".getBytes(StandardCharsets.UTF_8),
                "pass", "pw".getBytes(StandardCharsets.UTF_8)));
    String out =
        Template.parse(
                "dockerconfig",
                "{\"auths\":{\"r\":{\"auth\":\"{{ printf \"%s:%s\" .user .pass | b64enc }}\"}}}",
                Options.eso())
            .execute(data);
    assertThat(out).isEqualTo("{\"auths\":{\"r\":{\"auth\":\"Ym90OnB3\"}}}");
  }

  @Test
  void binarySecretBytesSurviveUnchanged() throws Exception {
    byte[] binary = {0, (byte) 0xff, (byte) 0xc3, 0x28, 10};
    Template t = Template.parse("b", "{{ .bin }}", Options.eso());
    assertThat(t.executeBytes(Template.esoData(Map.of("bin", binary)))).isEqualTo(binary);
    Template b64 = Template.parse("b", "{{ .bin | b64enc }}", Options.eso());
    assertThat(b64.execute(Template.esoData(Map.of("bin", binary)))).isEqualTo("AP/DKAo=");
  }

  @Test
  void missingKeyIsAnErrorWithEsoOptions() {
    assertThatThrownBy(() -> render("{{ .nope }}", Map.of("a", "1")))
        .isInstanceOf(TemplateException.class)
        .hasMessage(
            "template: t:1:3: executing \"t\" at <.nope>: map has no entry for key \"nope\"")
        .extracting(e -> ((TemplateException) e).kind())
        .isEqualTo(TemplateException.Kind.EXEC);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "{{ .a |template: t:1: unclosed action",
        "{{ end }}|template: t:1: unexpected {{end}}",
        "{{ if 1 }}|template: t:1: unexpected EOF",
        "{{ nope }}|template: t:1: function \"nope\" not defined",
        "{{ $x }}|template: t:1: undefined variable \"$x\"",
        "{{ 1 }}{{ else }}|template: t:1: unexpected {{else}}",
        "{{ break }}|template: t:1: {{break}} outside {{range}}",
        "{{ \"x }}|template: t:1: unterminated quoted string",
        "{{ 3x }}|template: t:1: bad number syntax: \"3x\"",
        "{{ .a.b.c \u00a7 }}|template: t:1: unrecognized character in action: U+00A7 '\u00a7'",
      })
  void parseErrorsUseGoWording(String text, String message) {
    assertThatThrownBy(() -> Template.parse("t", text, Options.eso()))
        .isInstanceOf(TemplateException.class)
        .hasMessage(message)
        .extracting(e -> ((TemplateException) e).kind())
        .isEqualTo(TemplateException.Kind.PARSE);
  }

  @Test
  void stepLimitStopsRunawayLoops() {
    Options o = Options.eso().withLimits(new Limits(10_000, 1 << 20, 100));
    assertThatThrownBy(
            () ->
                Template.parse(
                        "t",
                        "{{ range until 1000 }}{{ range until 1000 }}{{ . }}{{ end }}{{ end }}",
                        o)
                    .execute(Map.of()))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("steps")
        .extracting(e -> ((TemplateException) e).kind())
        .isEqualTo(TemplateException.Kind.LIMIT);
  }

  @Test
  void outputLimitStopsHugeOutput() {
    Options o = Options.eso().withLimits(new Limits(1_000_000, 1000, 100));
    assertThatThrownBy(() -> Template.parse("t", "{{ repeat 2000 \"x\" }}", o).execute(Map.of()))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("output exceeded 1000 bytes");
  }

  @Test
  void recursionLimitStopsEndlessTemplateCalls() {
    assertThatThrownBy(
            () ->
                render(
                    "{{ define \"r\" }}{{ template \"r\" . }}{{ end }}{{ template \"r\" . }}",
                    Map.of()))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("exceeded maximum template depth (1000)");
  }

  @Test
  void pathologicalRegexIsBounded() {
    String evil = "a".repeat(24) + "b".repeat(40);
    long start = System.nanoTime();
    assertThatThrownBy(() -> render("{{ mustRegexMatch \"(.*a){25}$\" .s }}", Map.of("s", evil)))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("exceeded its budget");
    assertThat(System.nanoTime() - start).isLessThan(30_000_000_000L);
  }

  @Test
  void errorsNeverEchoSecretValues() {
    Map<String, Object> data = Map.of("pw", "hunter2-secret", "n", "12");
    List<String> templates =
        List.of(
            "{{ range .pw }}{{ end }}",
            "{{ .pw.field }}",
            "{{ index .pw 99 }}",
            "{{ eq .pw 1 }}",
            "{{ lt .pw (list) }}",
            "{{ mustFromJson .pw }}",
            "{{ add .pw | upper }}",
            "{{ .pw | int | printf \"%s\" | len | upper }}",
            "{{ template \"x\" .pw }}",
            "{{ mustRegexMatch .pw \"x\" }}");
    for (String t : templates) {
      try {
        render(t, data);
      } catch (TemplateException e) {
        assertThat(e.getMessage()).as(t).doesNotContain("hunter2");
      }
    }
  }

  @Test
  void functionsRegistryIsEsosSet() {
    assertThat(Functions.eso().names())
        .contains(
            "b64enc",
            "toJson",
            "fromJson",
            "htpasswd",
            "pkcs12key",
            "filterPEM",
            "toYaml",
            "hexdec")
        .doesNotContain("env", "expandenv", "getHostByName");
  }

  @Test
  void customDelimitersAndDefaults() throws Exception {
    Template t =
        Template.parse("d", "[[ .a ]] {{ .a }}", Options.defaults().withDelims("[[", "]]"));
    assertThat(t.execute(Map.of("a", 1))).isEqualTo("1 {{ .a }}");
    assertThat(Template.parse("m", "{{ .x }}", Options.defaults()).execute(Map.of()))
        .isEqualTo("<no value>");
  }

  @Test
  void templatesAreReusableAcrossThreads() throws Exception {
    Template t = Template.parse("p", "{{ range . }}{{ . }}{{ end }}", Options.eso());
    List<Thread> threads = new java.util.ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger ok = new java.util.concurrent.atomic.AtomicInteger();
    for (int i = 0; i < 8; i++) {
      threads.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    try {
                      if (t.execute(List.of(1, 2, 3)).equals("123")) {
                        ok.incrementAndGet();
                      }
                    } catch (TemplateException e) {
                      throw new IllegalStateException(e);
                    }
                  }));
    }
    for (Thread th : threads) {
      th.join();
    }
    assertThat(ok.get()).isEqualTo(8);
  }

  @Test
  void deeplyNestedTemplatesFailCleanly() {
    String parens = "{{ " + "(".repeat(5000) + "1" + ")".repeat(5000) + " }}";
    assertThatThrownBy(() -> Template.parse("p", parens, Options.eso()))
        .isInstanceOf(TemplateException.class)
        .hasMessage("template: p:1: max expression depth exceeded");
    String ifs = "{{ if 1 }}".repeat(20000) + "x" + "{{ end }}".repeat(20000);
    try {
      String out = Template.parse("i", ifs, Options.eso()).execute(Map.of());
      assertThat(out).isEqualTo("x");
    } catch (TemplateException e) {
      assertThat(e.getMessage()).contains("nesting too deep");
    }
  }
}
