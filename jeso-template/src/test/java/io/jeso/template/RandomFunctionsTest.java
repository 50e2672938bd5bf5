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

  @Test
  void clockFunctionsFollowTheClock() throws Exception {
    long before = System.currentTimeMillis() / 1000;
    long epoch = Long.parseLong(render("{{ now | unixEpoch }}"));
    long after = System.currentTimeMillis() / 1000;
    assertThat(epoch).isBetween(before, after);
    assertThat(render("{{ now | date \"2006\" }}"))
        .isEqualTo(Integer.toString(java.time.Year.now(java.time.ZoneOffset.UTC).getValue()));
    assertThat(render("{{ now }}"))
        .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d+)? \\+0000 UTC");
    assertThat(render("{{ ago (dateModify \"-90s\" now) }}")).isEqualTo("1m30s");
    assertThat(render("{{ durationRound (dateModify \"-50h\" now) }}")).isEqualTo("2d");
    assertThat(render("{{ now.Year }}")).isEqualTo(render("{{ now | date \"2006\" }}"));
  }
}
