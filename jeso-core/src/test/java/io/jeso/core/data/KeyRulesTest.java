package io.jeso.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Conversion strategies, key validation and the null-byte policy. */
class KeyRulesTest {

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      textBlock =
          """
          # strategy | remote key          | Secret key
          Default    | path/to/db-pass     | path_to_db-pass
          ~~         | path/to/db-pass     | path_to_db-pass
          Unicode    | path/to/db-pass     | path_U002f_to_U002f_db-pass
          Default    | a b:c               | a_b_c
          Unicode    | a b                 | a_U0020_b
          Default    | café                | caf_
          Unicode    | café                | caf_U00e9_
          Unicode    | k😀                 | k_U1f600_
          Default    | Already_Valid-1.0   | Already_Valid-1.0
          """)
  void conversion(String strategy, String key, String expected) {
    assertThat(ConversionStrategy.parse(strategy).convert(key)).isEqualTo(expected);
  }

  @Test
  void conversionCollisionsFail() {
    Map<String, byte[]> in = new LinkedHashMap<>();
    in.put("a/b", new byte[] {1});
    in.put("a:b", new byte[] {2});
    assertThatThrownBy(() -> ConversionStrategy.DEFAULT.convertKeys(in))
        .isInstanceOf(KeyCollisionException.class)
        .hasMessage("secret name collision during conversion: a_b");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      textBlock =
          """
          a/b    | key has invalid character /, only alphanumeric, '-', '.' and '_' are allowed: a/b
          café   | key has invalid character é, only alphanumeric, '-', '.' and '_' are allowed: café
          a b    | key has invalid character  , only alphanumeric, '-', '.' and '_' are allowed: a b
          """)
  void invalidKeysUseEsoText(String key, String problem) {
    assertThatThrownBy(() -> SecretKeys.validate(Map.of(key, new byte[0])))
        .isInstanceOf(InvalidKeyException.class)
        .hasMessage(SecretKeys.INVALID_KEYS_PREFIX + problem);
  }

  @Test
  void tooLongKeysAreTruncatedInTheMessage() {
    String key = "k".repeat(260);
    assertThatThrownBy(() -> SecretKeys.validate(Map.of(key, new byte[0])))
        .hasMessage(
            SecretKeys.INVALID_KEYS_PREFIX
                + "key has length 260 but max is 253: (following is truncated): "
                + "k".repeat(253));
    assertThat(SecretKeys.problem("k".repeat(253))).isNull();
  }

  @Test
  void emptyKeysAreDroppedSilently() {
    Map<String, byte[]> in = new LinkedHashMap<>();
    in.put("", new byte[] {1});
    in.put("ok", new byte[] {2});
    assertThat(SecretKeys.validate(in)).containsOnlyKeys("ok");
  }

  @Test
  void nullBytePolicy() {
    byte[] binary = {'a', 0, 'b'};
    NullBytePolicy.IGNORE.check("k", binary);
    NullBytePolicy.FAIL.check("k", "text".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> NullBytePolicy.FAIL.checkAll(Map.of("z", binary, "a", binary)))
        .isInstanceOf(NullBytePolicy.NullByteException.class)
        .hasMessage(
            "fetched secret value for key \"a\" contains null bytes; use a text-safe format such as"
                + " PEM/base64 or leave nullBytePolicy unset for intentional binary data");
    assertThat(NullBytePolicy.parse(null)).isEqualTo(NullBytePolicy.IGNORE);
    assertThat(NullBytePolicy.parse("Fail")).isEqualTo(NullBytePolicy.FAIL);
    assertThatThrownBy(() -> NullBytePolicy.parse("Maybe")).hasMessageContaining("Ignore or Fail");
  }
}
