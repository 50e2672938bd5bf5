package io.jeso.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonPropertyTest {
  private static final String DOC =
      """
      {"user": "admin", "port": 5432, "ratio": 1.50, "big": 1e3, "on": true, "nothing": null,
       "db": {"host": "h", "creds": {"password": "p"}},
       "tls.crt": "literal-dotted", "tls": {"crt": "nested"},
       "a.b": {"c": "escaped"},
       "list": ["zero", {"name": "one"}, [2, 3]],
       "obj": {"x": [1, 2],  "y": {}},
       "0": "key named zero",
       "config-v2": "wild"}
      """;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      textBlock =
          """
          user                 | admin
          port                 | 5432
          ratio                | 1.5
          big                  | 1000
          on                   | true
          db.host              | h
          db.creds.password    | p
          tls.crt              | literal-dotted
          tls\\.crt            | literal-dotted
          a\\.b.c              | escaped
          list.0               | zero
          list.1.name          | one
          list.2               | [2, 3]
          list.#               | 3
          obj                  | {"x": [1, 2],  "y": {}}
          obj.x.1              | 2
          0                    | key named zero
          config-v?            | wild
          conf*                | wild
          db.cr*.password      | p
          """)
  void readsPaths(String property, String expected) {
    assertThat(get(property)).isEqualTo(expected);
  }

  @Test
  void nullIsEmptyAsInGjson() {
    assertThat(get("nothing")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"missing", "db.missing", "list.9", "user.x", "db.host.deeper", "list.x"})
  void missingPathsAreAbsentNotEmpty(String property) {
    assertThat(JsonProperty.get(DOC.getBytes(StandardCharsets.UTF_8), property)).isEmpty();
  }

  @Test
  void malformedJsonIsAClearErrorWithoutTheValue() {
    assertThatThrownBy(() -> JsonProperty.get("hunter2".getBytes(StandardCharsets.UTF_8), "a"))
        .isInstanceOf(MalformedJsonException.class)
        .hasMessageStartingWith("secret value is not valid JSON (line 1")
        .hasMessageEndingWith("to read property a")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> JsonProperty.get(new byte[0], "a"))
        .isInstanceOf(MalformedJsonException.class)
        .hasMessageContaining("empty");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '~',
      textBlock =
          """
          list.#.name   ; '#' followed by more path components
          a|b           ; pipes
          @reverse      ; modifiers
          list.#(x==1)  ; queries
          [a,b]         ; multipaths
          """)
  void unsupportedSyntaxIsReported(String property, String what) {
    assertThatThrownBy(() -> get(property))
        .isInstanceOf(UnsupportedPathException.class)
        .hasMessageContaining(what);
  }

  @Test
  void plainDecimalMatchesGoFormatFloat() {
    assertThat(JsonProperty.plainDecimal("1.0")).isEqualTo("1");
    assertThat(JsonProperty.plainDecimal("1e21")).isEqualTo("1000000000000000000000");
    assertThat(JsonProperty.plainDecimal("1.5e-7")).isEqualTo("0.00000015");
    assertThat(JsonProperty.plainDecimal("123456789012345678.0")).isEqualTo("123456789012345680");
  }

  private static String get(String property) {
    return JsonProperty.get(DOC.getBytes(StandardCharsets.UTF_8), property)
        .map(b -> new String(b, StandardCharsets.UTF_8))
        .orElseThrow(() -> new AssertionError("absent: " + property));
  }
}
