package io.jeso.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.jeso.template.funcs.Json;
import io.jeso.template.parse.BStr;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** encryptAES output (random IV) decrypts across Go and jeso in both directions. */
class AesInteropTest {
  private static String line(String template, Map<String, String> data) {
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

  private static String goOutput(String result) throws Exception {
    @SuppressWarnings("unchecked")
    Map<String, Object> r = (Map<String, Object>) Json.decode(BStr.of(result), true);
    assertThat(r.get("ok")).as(result).isEqualTo(Boolean.TRUE);
    return new String(Base64.getDecoder().decode((String) r.get("out")), StandardCharsets.UTF_8);
  }

  @Test
  void jesoAndGoDecryptEachOther() throws Exception {
    String secret = "plain text ✓ with 32+ bytes of content";
    String javaCipher =
        Template.parse("e", "{{ encryptAES \"pw\" .s }}", Options.eso())
            .execute(Map.of("s", secret));
    List<String> results =
        GoReference.run(
            List.of(
                line("{{ decryptAES \"pw\" .c }}", Map.of("c", javaCipher)),
                line("{{ encryptAES \"pw\" .s }}", Map.of("s", secret))));
    assertThat(goOutput(results.get(0))).isEqualTo(secret);
    String goCipher = goOutput(results.get(1));
    assertThat(
            Template.parse("d", "{{ decryptAES \"pw\" .c }}", Options.eso())
                .execute(Map.of("c", goCipher)))
        .isEqualTo(secret);
  }
}
