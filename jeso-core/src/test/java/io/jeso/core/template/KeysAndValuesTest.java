package io.jeso.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A KeysAndValues rendering read as ESO reads it: YAML into map[string]string. */
class KeysAndValuesTest {

  static Stream<Arguments> maps() {
    return Stream.of(
        Arguments.of("", Map.of()),
        Arguments.of("# only a comment\n", Map.of()),
        Arguments.of("a: b\nc: 'd e'\n", Map.of("a", "b", "c", "d e")),
        Arguments.of("{a: b, c: \"1\"}", Map.of("a", "b", "c", "1")),
        Arguments.of("a: null\nb: ~\nc:", Map.of("a", "", "b", "", "c", "")),
        Arguments.of("k: |\n  line1\n  line2\n", Map.of("k", "line1\nline2\n")),
        Arguments.of("1: one\ntrue: yes-string", Map.of("1", "one", "true", "yes-string")),
        Arguments.of("---\na: b\n", Map.of("a", "b")),
        Arguments.of("a: first\na: second\n", Map.of("a", "second")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("maps")
  void readsAStringMap(String yaml, Map<String, String> expected) throws Exception {
    assertThat(KeysAndValues.parse(yaml.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of(
            "port: 5432", "cannot unmarshal number into Go value of type string (key \"port\""),
        Arguments.of(
            "tls: true", "cannot unmarshal bool into Go value of type string (key \"tls\""),
        Arguments.of(
            "m: {a: b}", "cannot unmarshal object into Go value of type string (key \"m\""),
        Arguments.of("l: [a]", "cannot unmarshal array into Go value of type string (key \"l\""),
        Arguments.of("- a\n- b", "could not unmarshal template to 'map[string][]byte': error"),
        Arguments.of("just text", "could not unmarshal template to 'map[string][]byte': error"),
        Arguments.of(
            "a: b\n c: d: e", "could not unmarshal template to 'map[string][]byte': error"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void refusesWhatIsNotAStringMap(String yaml, String message) {
    assertThatThrownBy(() -> KeysAndValues.parse(yaml.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(KeysAndValues.NotAStringMap.class)
        .hasMessageContaining(message);
  }
}
