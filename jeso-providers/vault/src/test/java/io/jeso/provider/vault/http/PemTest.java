package io.jeso.provider.vault.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PEM keys in the encodings cert-manager, openssl and kubectl produce (test-only keys). */
class PemTest {
  @ParameterizedTest
  @CsvSource({"rsa-pkcs1.key, RSA", "rsa-pkcs8.key, RSA", "ec-sec1.key, EC", "ec-pkcs8.key, EC"})
  void readsPrivateKeys(String file, String algorithm) throws Exception {
    PrivateKey key = Pem.privateKey(resource(file));
    assertEquals(algorithm, key.getAlgorithm());
  }

  @Test
  void readsEveryCertificateOfABundle() throws Exception {
    assertEquals(2, Pem.certificates(resource("bundle.crt")).size());
  }

  @Test
  void buildsTlsContextsFromPem() throws Exception {
    assertFalse(VaultTls.context(resource("bundle.crt"), null, null) == null);
    assertFalse(VaultTls.context(null, resource("ec.crt"), resource("ec-sec1.key")) == null);
    assertEquals(null, VaultTls.context(null, null, null));
  }

  @Test
  void errorsNeverQuoteTheText() {
    String secretish =
        "-----BEGIN RSA PRIVATE KEY-----\nCANARYCANARY\n-----END RSA PRIVATE KEY-----";
    Pem.PemException e =
        assertThrows(
            Pem.PemException.class,
            () -> Pem.privateKey(secretish.getBytes(StandardCharsets.US_ASCII)));
    assertFalse(e.getMessage().contains("CANARY"), e.getMessage());
    assertThrows(Pem.PemException.class, () -> Pem.privateKey("no key".getBytes()));
    assertThrows(Pem.PemException.class, () -> Pem.certificates("CANARY".getBytes()));
    assertThrows(
        Pem.PemException.class,
        () ->
            Pem.privateKey(
                "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----"
                    .getBytes()));
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = PemTest.class.getResourceAsStream("/pem/" + name)) {
      return in.readAllBytes();
    }
  }
}
