package io.jeso.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeso.core.provider.FindRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FindMatcherTest {
  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({
    "db-, app/db-password, true",
    "^db-, app/db-password, false",
    "^app/.*$, app/db-password, true",
    "password$, app/db-password, true",
  })
  void nameRegexpIsUnanchoredLikeGo(String regexp, String name, boolean expected) {
    assertThat(FindMatcher.of(FindRequest.byName(regexp)).matchesName(name)).isEqualTo(expected);
  }

  @Test
  void tagsMustAllMatchExactly() {
    FindMatcher m = FindMatcher.of(FindRequest.byTags(Map.of("env", "prod", "team", "a")));
    assertThat(m.matchesTags(Map.of("env", "prod", "team", "a", "extra", "x"))).isTrue();
    assertThat(m.matchesTags(Map.of("env", "prod"))).isFalse();
    assertThat(m.matchesTags(Map.of("env", "dev", "team", "a"))).isFalse();
    assertThat(m.matchesTags(null)).isFalse();
  }

  @Test
  void emptyFindMatchesEverything() {
    FindMatcher m = FindMatcher.of(new FindRequest(null, "", null));
    assertThat(m.matches("anything", Map.of())).isTrue();
  }

  @Test
  void badRegexpUsesEsoWording() {
    assertThatThrownBy(() -> FindMatcher.of(FindRequest.byName("(")))
        .isInstanceOf(InvalidRegexException.class)
        .hasMessageStartingWith("could not compile find.name.regexp [(]: ");
  }
}
