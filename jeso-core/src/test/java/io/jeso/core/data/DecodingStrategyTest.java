package io.jeso.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecodingStrategyTest {

  @ParameterizedTest(name = "{0}({1}) = {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      textBlock =
          """
          # strategy | input           | decoded (ERR = error)
          ~~         | aGVsbG8=        | aGVsbG8=
          None       | aGVsbG8=        | aGVsbG8=
          Base64     | aGVsbG8=        | hello
          Base64     | aGVsbG8         | ERR
          Base64     | aGVs\\nbG8=     | hello
          Base64     | Pz8_            | ERR
          Base64URL  | Pz8_            | ???
          Base64URL  | Pz8/            | ERR
          Auto       | aGVsbG8=        | hello
          Auto       | Pz8_            | ???
          Auto       | not base64!     | not base64!
          Auto       | abcd            | i·
          Auto       | hello           | hello
          """)
  void decodes(String strategy, String input, String expected) {
    DecodingStrategy s = DecodingStrategy.parse(strategy);
    byte[] in = input.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);
    if (expected.equals("ERR")) {
      assertThatThrownBy(() -> s.decode(in)).isInstanceOf(DecodingException.class);
    } else if (expected.equals("i·")) {
      assertThat(s.decode(in)).containsExactly(0x69, 0xb7, 0x1d);
    } else {
      assertThat(new String(s.decode(in), StandardCharsets.UTF_8)).isEqualTo(expected.strip());
    }
  }

  @Test
  void mapErrorsNameTheKeyNotTheValue() {
    assertThatThrownBy(
            () ->
                DecodingStrategy.BASE64.decodeAll(
                    Map.of(
                        "b",
                        "aGk=".getBytes(StandardCharsets.UTF_8),
                        "a",
                        "hunter2".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(DecodingException.class)
        .hasMessageStartingWith("failure decoding key a: illegal base64 data")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void unknownStrategyIsRejected() {
    assertThatThrownBy(() -> DecodingStrategy.parse("Hex"))
        .hasMessage(
            "decoding strategy Hex is not supported: must be Auto, Base64, Base64URL or None");
    assertThat(DecodingStrategy.AUTO.apiValue()).isEqualTo("Auto");
  }
}
