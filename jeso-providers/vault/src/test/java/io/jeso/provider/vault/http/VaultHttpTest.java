package io.jeso.provider.vault.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VaultHttpTest {
  @ParameterizedTest
  @CsvSource({
    "secret/data/app, secret/data/app",
    "/secret/data/app, secret/data/app",
    "secret/data/with space, secret/data/with%20space",
    "secret/data/a?b#c, secret/data/a%3Fb%23c",
    "secret/data/ünï, secret/data/%C3%BCn%C3%AF",
    "secret/metadata/, secret/metadata/",
  })
  void encodesEachSegment(String path, String expected) {
    assertEquals(expected, VaultHttp.encodePath(path));
  }
}
