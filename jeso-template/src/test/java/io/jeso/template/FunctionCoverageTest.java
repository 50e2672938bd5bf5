package io.jeso.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * jeso's function set is sprig v3.3.0's TxtFuncMap without env, expandenv and getHostByName, plus
 * ESO's.
 */
class FunctionCoverageTest {
  @Test
  void everySprigAndEsoFunctionIsThere() throws Exception {
    List<String> expected = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("/sprig-v3.3.0-functions.txt")) {
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!l.isBlank()) {
          expected.add(l.strip());
        }
      }
    }
    expected.addAll(
        List.of(
            "pkcs12key",
            "pkcs12keyPass",
            "pkcs12cert",
            "pkcs12certPass",
            "pemToPkcs12",
            "pemToPkcs12Pass",
            "fullPemToPkcs12",
            "fullPemToPkcs12Pass",
            "pemTruststoreToPKCS12",
            "pemTruststoreToPKCS12Pass",
            "filterPEM",
            "filterCertChain",
            "certSANs",
            "jwkPublicKeyPem",
            "jwkPrivateKeyPem",
            "toYaml",
            "fromYaml",
            "rsaDecrypt",
            "hexdec"));
    assertThat(Functions.eso().names()).containsAll(expected);
    assertThat(Functions.eso().names()).doesNotContain("env", "expandenv", "getHostByName");
  }
}
