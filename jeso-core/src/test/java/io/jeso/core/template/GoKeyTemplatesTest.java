package io.jeso.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeso.core.data.RewriteException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** rewrite.transform: a template over {@code .value}, the key name. */
class GoKeyTemplatesTest {
  private static final GoKeyTemplates KEYS = new GoKeyTemplates();

  static Stream<Arguments> transforms() {
    return Stream.of(
        Arguments.of("{{ .value | upper }}", "db-password", "DB-PASSWORD"),
        Arguments.of("{{ .value | replace \"-\" \"_\" | upper }}", "db-password", "DB_PASSWORD"),
        Arguments.of("app_{{ .value }}", "key", "app_key"),
        Arguments.of("{{ .value | trimPrefix \"prod/\" }}", "prod/token", "token"),
        Arguments.of("{{ regexReplaceAll \"^(.*)/(.*)$\" .value \"${2}\" }}", "a/b", "b"),
        // ESO does not set missingkey=error for transforms: a missing field prints <no value>.
        Arguments.of("{{ .other }}", "k", "<no value>"),
        Arguments.of(
            "{{ if hasPrefix \"tmp\" .value }}{{ else }}{{ .value }}{{ end }}", "tmpx", ""));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("transforms")
  void rendersTheKey(String template, String key, String expected) {
    assertThat(KEYS.render(template, key)).isEqualTo(expected);
  }

  @Test
  void aTemplateThatDoesNotParseFailsWithGosText() {
    assertThatThrownBy(() -> KEYS.render("{{ .value ", "k"))
        .isInstanceOf(RewriteException.class)
        .hasMessage(
            "transform failed with failed to parse template: template: transform:1: unclosed"
                + " action");
  }

  @Test
  void aFailingTemplateNamesTheKey() {
    assertThatThrownBy(() -> KEYS.render("{{ .value | atoi | fail }}", "k1"))
        .isInstanceOf(RewriteException.class)
        .hasMessageStartingWith(
            "transform failed with failed to execute template for key \"k1\": template:"
                + " transform:1:");
  }

  @Test
  void keepsTheOperatorsDelimitersOutOfTransforms() {
    // ESO's --template-*-delimiter flags only reach target templates.
    assertThat(KEYS.render("<< .value >>{{ .value }}", "k")).isEqualTo("<< .value >>k");
  }

  @Test
  void runawayTransformsAreBounded() {
    assertThatThrownBy(
            () -> KEYS.render("{{ $v := .value }}{{ range until 1000000 }}{{ $v }}{{ end }}", "k"))
        .isInstanceOf(RewriteException.class)
        .hasMessageContaining("exceeded");
  }
}
