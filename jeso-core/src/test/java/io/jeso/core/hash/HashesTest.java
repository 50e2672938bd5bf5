package io.jeso.core.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected values were computed with Go 1.26: SHA3-224 of fmt.Sprintf("%+v", ...), as ESO does. */
class HashesTest {

  @Test
  void dataHashMatchesGo() {
    Map<String, byte[]> data = new HashMap<>();
    data.put("b", "hi".getBytes(StandardCharsets.UTF_8));
    data.put("a", new byte[0]);
    data.put("z", null);
    assertThat(Hashes.goFormatByteMap(data)).isEqualTo("map[a:[] b:[104 105] z:[]]");
    assertThat(Hashes.dataHash(data))
        .isEqualTo("0381c0b1a668db732ddd5c484c874fd899b724a0ca13f0907c7f8d83");

    Map<String, byte[]> binary =
        Map.of(
            "password",
            new byte[] {'s', '3', 'c', 'r', '3', 't', 0, (byte) 0xff},
            "user",
            "admin".getBytes(StandardCharsets.UTF_8));
    assertThat(Hashes.dataHash(binary))
        .isEqualTo("c5669ebc2013d33ac15551cce3876f4b4c32776ab548ef707b818fcc");
  }

  @Test
  void emptyAndMissingDataHashTheSame() {
    assertThat(Hashes.dataHash(Map.of()))
        .isEqualTo(Hashes.dataHash(null))
        .isEqualTo("74a974446e359fb3e6baff9bd0058950e6edd0f040888d9989b0a11b");
  }

  @Test
  void createdByLabelMatchesGo() {
    assertThat(Hashes.createdBy("default", "my-es"))
        .isEqualTo("b8464376b5fe3535e690594280bfe59b60be2603cb6cbb6d6c8bcbb4")
        .hasSizeLessThanOrEqualTo(63);
  }

  @Test
  void syncedResourceVersionMatchesGo() {
    assertThat(Hashes.syncedResourceVersion(3, null, null))
        .isEqualTo("3-f47fe3c0b255b6dd8047cdffa772587bb829efe7a1cb70febeda2eb2");
    assertThat(
            Hashes.metaHash(Map.of("app", "web"), Map.of("force-sync", "1700000000", "a b", "c d")))
        .isEqualTo("02f524bff58630102d679ad03ec0632d63ef77b40a3ae0e6a954e5ca");
    assertThat(Hashes.metaHash(Map.of(), Map.of())).isEqualTo(Hashes.metaHash(null, null));
  }

  @Test
  void fieldManagerIsHashedWhenTooLong() {
    assertThat(Hashes.fieldManager("my-es")).isEqualTo("externalsecrets.external-secrets.io/my-es");
    String longName = "a-very-long-external-secret-name-that-is-longer-than-allowed";
    assertThat(Hashes.fieldManager(longName))
        .isEqualTo(
            "externalsecrets.external-secrets.io/sha3/6719fafa955bfaef0af615475fcc9ba70b972b21a5ea91b54cbbd76b");
    // 36 characters of prefix + 27 of name = 63: still the plain form.
    String edge = "x".repeat(27);
    assertThat(Hashes.fieldManager(edge)).hasSize(63).endsWith(edge);
    assertThat(Hashes.fieldManager(edge + "y")).contains("/sha3/");
  }
}
