package io.jeso.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.jeso.template.funcs.Json;
import io.jeso.template.parse.BStr;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keys and certificates from sprig's gen* functions in jeso parse and verify with Go's crypto/x509.
 */
class CertGenerationTest {
  private static String render(String t) throws TemplateException {
    return Template.parse("g", t, Options.eso()).execute(Map.of());
  }

  private static String goLine(String template, Map<String, String> data) {
    StringBuilder sb = new StringBuilder("{\"id\":0,\"t\":");
    Json.appendString(sb, BStr.of(template), false);
    sb.append(",\"d\":{");
    boolean first = true;
    for (Map.Entry<String, String> e : data.entrySet()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      Json.appendString(sb, BStr.of(e.getKey()), false);
      sb.append(':');
      Json.appendString(sb, BStr.of(e.getValue()), false);
    }
    return BStr.toJava(sb.append("}}").toString());
  }

  @Test
  void generatedChainsVerifyInGo() throws Exception {
    String[] templates = {
      "{{ $ca := genCA \"jeso-ca\" 365 }}{{ $c := genSignedCert \"svc.example.com\" (list \"10.0.0.1\" \"::1\")"
          + " (list \"svc.example.com\" \"svc\") 30 $ca }}{{ $ca.Cert }}|{{ $c.Cert }}|{{ $c.Key }}|svc.example.com",
      "{{ $c := genSelfSignedCert \"self.example.com\" nil (list \"self.example.com\") 10 }}"
          + "{{ $c.Cert }}|{{ $c.Cert }}|{{ $c.Key }}|self.example.com",
      "{{ $k := genPrivateKey \"ecdsa\" }}{{ $ca := genCAWithKey \"ec-ca\" 5 $k }}{{ $c := genSignedCertWithKey"
          + " \"ec.example.com\" nil (list \"ec.example.com\") 5 $ca (genPrivateKey \"ecdsa\") }}"
          + "{{ $ca.Cert }}|{{ $c.Cert }}|{{ $c.Key }}|ec.example.com",
      "{{ $ca := genCA \"ca2\" 1 }}{{ $c := genSelfSignedCertWithKey \"k\" (list \"192.168.1.1\") nil 1"
          + " $ca.Key }}{{ $c.Cert }}|{{ $c.Cert }}|{{ $c.Key }}|",
    };
    List<String> lines = new ArrayList<>();
    for (String t : templates) {
      String[] p = render(t).split("\\|", -1);
      X509Certificate cert =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(
                      new ByteArrayInputStream(p[1].getBytes(StandardCharsets.US_ASCII)));
      assertThat(cert.getSubjectX500Principal().getName()).startsWith("CN=");
      lines.add(
          goLine(
              "{{ jesoTestVerifyCert .ca .cert .dns }} {{ jesoTestKeyMatches .cert .key }}",
              Map.of("ca", p[0], "cert", p[1], "key", p[2], "dns", p[3])));
    }
    for (String r : GoReference.run(lines)) {
      assertThat(r).as(r).contains("\"ok\":true").contains("\"out\":\"b2sgb2s=\"");
    }
  }

  @Test
  void privateKeysHaveSprigsPemTypes() throws Exception {
    assertThat(render("{{ genPrivateKey \"ecdsa\" }}"))
        .startsWith("-----BEGIN EC PRIVATE KEY-----\n");
    assertThat(render("{{ genPrivateKey \"ed25519\" }}"))
        .startsWith("-----BEGIN PRIVATE KEY-----\n");
    assertThat(render("{{ genPrivateKey \"rsa\" }}"))
        .startsWith("-----BEGIN RSA PRIVATE KEY-----\n");
    assertThat(render("{{ genPrivateKey \"nope\" }}")).isEqualTo("Unknown type nope");
  }

  @Test
  void buildCustomCertRoundTrips() throws Exception {
    String out =
        render(
            "{{ $ca := genCA \"x\" 1 }}{{ $c := buildCustomCert ($ca.Cert | b64enc) ($ca.Key | b64enc) }}"
                + "{{ eq $c.Cert $ca.Cert }} {{ eq $c.Key $ca.Key }} {{ typeOf $c }}");
    assertThat(out).isEqualTo("true true sprig.certificate");
  }
}
