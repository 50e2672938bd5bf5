package io.jeso.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Functions with randomness are checked by their properties (they cannot be compared with Go byte
 * for byte).
 */
class RandomFunctionsTest {
  private static String render(String text) throws TemplateException {
    return Template.parse("r", text, Options.eso()).execute(Map.of());
  }

  @Test
  void randomStringsHaveTheRightAlphabetAndLength() throws Exception {
    assertThat(render("{{ randAlphaNum 32 }}")).matches("[A-Za-z0-9]{32}");
    assertThat(render("{{ randAlpha 20 }}")).matches("[A-Za-z]{20}");
    assertThat(render("{{ randNumeric 12 }}")).matches("[0-9]{12}");
    assertThat(render("{{ randAscii 50 }}")).matches("[ -~]{50}");
    assertThat(render("{{ randAlphaNum 0 }}")).isEmpty();
  }

  @Test
  void randomValuesDiffer() throws Exception {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      seen.add(render("{{ randAlphaNum 16 }}"));
    }
    assertThat(seen).hasSize(20);
  }

  @Test
  void uuidv4IsVersion4() throws Exception {
    assertThat(render("{{ uuidv4 }}"))
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  }

  @Test
  void randBytesIsBase64OfTheRightLength() throws Exception {
    String s = render("{{ randBytes 24 }}");
    assertThat(java.util.Base64.getDecoder().decode(s)).hasSize(24);
  }

  @Test
  void randIntStaysInRange() throws Exception {
    for (int i = 0; i < 50; i++) {
      int v = Integer.parseInt(render("{{ randInt 5 10 }}"));
      assertThat(v).isBetween(5, 9);
    }
  }

  @Test
  void shuffleKeepsTheRunes() throws Exception {
    String s = render("{{ shuffle \"héllo wörld\" }}");
    assertThat(s.codePoints().sorted().toArray())
        .isEqualTo("héllo wörld".codePoints().sorted().toArray());
  }
}
