package io.jeso.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected values were produced with Go 1.26's regexp package. */
class GoRegexTest {

  @ParameterizedTest(name = "{0} on {1} with {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      emptyValue = "",
      textBlock =
          """
          # regex                    | input                 | template                     | Go's ReplaceAllString
          a*                         | baaac                 | X                            | XbXcX
          (?P<first>\\w+)-(\\w+)     | foo-bar baz-qux       | ${2}_$first $1x $$ $ {x      | bar_foo  $ $ {x qux_baz  $ $ {x
          ^path/to/                  | path/to/key           | ~~                           | key
          ~~                         | abc                   | -                            | -a-b-c-
          x*                         | xaxx                  | -                            | -a-
          ^(.*)/(.*)$                | team/db-password      | $2.$1                        | db-password.team
          (?P<env_name>[a-z]+)_key   | prod_key              | ${env_name}                  | prod
          [[:upper:]]+               | ABcDE                 | _                            | _c_
          [[:^alpha:]]               | a1b2                  | ~~                           | ab
          a{                         | a{b                   | X                            | Xb
          \\p{Lu}                    | aÄb                   | U                            | aUb
          \\Q[x]\\E                  | a[x]b                 | -                            | a-b
          .                          | a\\nb                 | .                            | ...
          """)
  void replaceAllBehavesLikeGo(String regex, String input, String template, String expected) {
    String in = input.replace("\\n", "\n");
    String out = GoRegex.compile(regex).replaceAll(in, template);
    assertThat(out).isEqualTo(expected.equals("...") ? ".\n." : expected);
  }

  @ParameterizedTest(name = "{0} finds in {1}: {2}, matches fully: {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          prod         | evil-prod-x  | true  | false
          prod         | prod         | true  | true
          ^team-a-     | team-a-web   | true  | false
          team-a-.*    | team-a-web   | true  | true
          a$           | a\\n         | false | false
          """)
  void findIsUnanchoredAndFullMatchIsAnchored(
      String regex, String input, boolean find, boolean full) {
    String in = input.replace("\\n", "\n");
    GoRegex re = GoRegex.compile(regex);
    assertThat(re.find(in)).isEqualTo(find);
    assertThat(re.matchesFully(in)).isEqualTo(full);
  }

  @Test
  void invalidExpressionsNameThemselves() {
    assertThatThrownBy(() -> GoRegex.compile("(unclosed"))
        .isInstanceOf(InvalidRegexException.class)
        .hasMessageStartingWith("invalid regular expression (unclosed: ");
    assertThatThrownBy(() -> GoRegex.compile("[abc"))
        .isInstanceOf(InvalidRegexException.class)
        .hasMessageContaining("missing closing ]");
    assertThatThrownBy(() -> GoRegex.compile("(?U)a+"))
        .isInstanceOf(InvalidRegexException.class)
        .hasMessageContaining("ungreedy flag");
    assertThatThrownBy(() -> GoRegex.compile("[[:nope:]]"))
        .isInstanceOf(InvalidRegexException.class)
        .hasMessageContaining("[:nope:]");
  }

  @Test
  void namedGroupsAreCountedAmongPlainGroups() {
    GoRegex re = GoRegex.compile("(a)(?:b)(?P<third>c)(?<fourth>d)");
    assertThat(re.replaceAll("abcd", "$third$fourth$1$2")).isEqualTo("cdac");
  }
}
