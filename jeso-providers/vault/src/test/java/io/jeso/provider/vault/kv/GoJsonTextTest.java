package io.jeso.provider.vault.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jeso.provider.vault.http.VaultJson;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bytes ESO's {@code json.Marshal} produces for the same Vault data. */
class GoJsonTextTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"b\":1,\"a\":2}|{\"a\":2,\"b\":1}",
        "{\"k\":\"<a&b>\"}|{\"k\":\"\\u003ca\\u0026b\\u003e\"}",
        "{\"k\":\"line\\nnext\\ttab\\u0001\"}|{\"k\":\"line\\nnext\\ttab\\u0001\"}",
        "{\"k\":\"\\u2028\"}|{\"k\":\"\\u2028\"}",
        "{\"n\":1.25,\"i\":12345678901234567890}|{\"i\":12345678901234567890,\"n\":1.25}",
        "{\"a\":[true,null,{\"z\":1,\"y\":\"\"}]}|{\"a\":[true,null,{\"y\":\"\",\"z\":1}]}",
        "{\"é\":1,\"z\":2,\"Z\":3}|{\"Z\":3,\"z\":2,\"é\":1}",
        "{\"k\":\"\\b\\f\"}|{\"k\":\"\\b\\f\"}",
      })
  void writesLikeGo(String input, String expected) {
    assertEquals(
        expected, GoJsonText.write(VaultJson.parse(input.getBytes(StandardCharsets.UTF_8))));
  }
}
