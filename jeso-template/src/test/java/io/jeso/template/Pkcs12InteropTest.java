package io.jeso.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PKCS#12 archives made by jeso (pemToPkcs12, fullPemToPkcs12, pemTruststoreToPKCS12) open in Go's
 * go-pkcs12 with the same certificates and keys jeso reads back: the archive bytes differ run to
 * run (random salts), so the test goes through Go rather than comparing bytes.
 */
class Pkcs12InteropTest {
  @Test
  void archivesMadeByJesoOpenInGo() throws Exception {
    Map<String, String> fixtures = fixtures();
    Object data = esoData(fixtures);
    String[][] producers = {
      {
        "{{ pemToPkcs12 .leaf .key }}",
        "{{ .p12 | b64dec | pkcs12cert }}{{ .p12 | b64dec | pkcs12key }}"
      },
      {
        "{{ pemToPkcs12Pass .leaf .key1 \"pw\" }}",
        "{{ .p12 | b64dec | pkcs12certPass \"pw\" }}{{ .p12 | b64dec | pkcs12keyPass \"pw\" }}"
      },
      {
        "{{ fullPemToPkcs12 .chain .key }}",
        "{{ .p12 | b64dec | pkcs12cert }}{{ .p12 | b64dec | pkcs12key }}"
      },
      {
        "{{ pemToPkcs12 .eccert .eckey }}",
        "{{ .p12 | b64dec | pkcs12cert }}{{ .p12 | b64dec | pkcs12key }}"
      },
      {"{{ pemTruststoreToPKCS12 .chain }}", "{{ .p12 | b64dec | pkcs12cert }}"},
      {
        "{{ pemTruststoreToPKCS12Pass .chain \"pw\" }}",
        "{{ .p12 | b64dec | pkcs12certPass \"pw\" }}"
      },
    };
    List<Case> cases = new ArrayList<>();
    for (String[] p : producers) {
      String p12 = Template.parse("p", p[0], Options.eso()).execute(data);
      Map<String, String> d = new HashMap<>(fixtures);
      d.put("p12", p12);
      cases.add(new Case(p[0], p[1], Json.of(d), "error", null, null, true));
    }
    Differential.Report r = Differential.run(cases);
    assertThat(r.goErrors()).as("Go could not open an archive made by jeso").isZero();
    assertThat(r.divergences()).isEmpty();
  }

  static Map<String, String> fixtures() throws Exception {
    for (Case c : Corpus.load("/corpus/eso-crypto.txt")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> m =
          (Map<String, Object>)
              io.jeso.template.funcs.Json.decode(io.jeso.template.parse.BStr.of(c.data()), false);
      Map<String, String> out = new HashMap<>();
      m.forEach((k, v) -> out.put(k, io.jeso.template.parse.BStr.toJava((String) v)));
      return out;
    }
    throw new IllegalStateException("no fixtures");
  }

  private static Object esoData(Map<String, String> m) {
    Map<String, byte[]> b = new HashMap<>();
    m.forEach((k, v) -> b.put(k, v.getBytes(StandardCharsets.UTF_8)));
    return Template.esoData(b);
  }

  /** Minimal JSON object writer for string maps. */
  static final class Json {
    private Json() {}

    static String of(Map<String, String> m) {
      StringBuilder sb = new StringBuilder("{");
      for (Map.Entry<String, String> e : m.entrySet()) {
        if (sb.length() > 1) {
          sb.append(',');
        }
        io.jeso.template.funcs.Json.appendString(sb, e.getKey(), false);
        sb.append(':');
        io.jeso.template.funcs.Json.appendString(sb, e.getValue(), false);
      }
      return sb.append('}').toString();
    }
  }
}
