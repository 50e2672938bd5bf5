package io.jeso.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.jeso.template.funcs.Json;
import io.jeso.template.parse.BStr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * bcrypt and htpasswd hashes made by jeso verify with Go's golang.org/x/crypto/bcrypt (salts are
 * random).
 */
class BcryptTest {
  @Test
  void hashesVerifyInGo() throws Exception {
    String[] passwords = {"", "password1", "p@ss w0rd ✓", "x".repeat(72)};
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < passwords.length; i++) {
      String pw = passwords[i];
      Map<String, Object> data = Map.of("p", pw);
      String hash = Template.parse("b", "{{ bcrypt .p }}", Options.eso()).execute(data);
      assertThat(hash).matches("\\$2a\\$10\\$[./A-Za-z0-9]{53}");
      String ht = Template.parse("h", "{{ htpasswd \"user1\" .p }}", Options.eso()).execute(data);
      assertThat(ht).startsWith("user1:$2a$10$");
      StringBuilder sb = new StringBuilder("{\"id\":" + i + ",\"t\":");
      Json.appendString(
          sb,
          BStr.of(
              "{{ jesoTestBcryptCompare .h .p }}{{ jesoTestBcryptCompare (trimPrefix \"user1:\" .ht) .p }}"),
          false);
      sb.append(",\"d\":{\"h\":");
      Json.appendString(sb, BStr.of(hash), false);
      sb.append(",\"ht\":");
      Json.appendString(sb, BStr.of(ht), false);
      sb.append(",\"p\":");
      Json.appendString(sb, BStr.of(pw), false);
      sb.append("}}");
      lines.add(BStr.toJava(sb.toString()));
    }
    for (String r : GoReference.run(lines)) {
      assertThat(r).contains("\"ok\":true").contains("\"out\":\"dHJ1ZXRydWU=\"");
    }
  }

  @Test
  void rejectsLongPasswordsAndColonUsers() throws Exception {
    Map<String, Object> data = Map.of("p", "y".repeat(73));
    assertThat(Template.parse("b", "{{ bcrypt .p }}", Options.eso()).execute(data))
        .isEqualTo(
            "failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes");
    assertThat(Template.parse("h", "{{ htpasswd \"a:b\" \"pw\" }}", Options.eso()).execute(data))
        .isEqualTo("invalid username: a:b");
  }
}
