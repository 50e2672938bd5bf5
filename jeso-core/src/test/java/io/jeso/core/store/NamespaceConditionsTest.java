package io.jeso.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamespaceConditionsTest {
  private static final LabelSelector TEAM_A =
      new LabelSelectorBuilder().addToMatchLabels("team", "a").build();
  private static final LabelSelector NOT_SANDBOX =
      new LabelSelectorBuilder()
          .addNewMatchExpression()
          .withKey("env")
          .withOperator("NotIn")
          .withValues("sandbox")
          .endMatchExpression()
          .build();

  private static final Map<String, List<NamespaceCondition>> CONDITIONS =
      Map.of(
          "none", List.of(),
          "names", List.of(new NamespaceCondition(null, List.of("team-a", "team-b"), null)),
          "selector", List.of(new NamespaceCondition(TEAM_A, null, null)),
          "notIn", List.of(new NamespaceCondition(NOT_SANDBOX, null, null)),
          "regex", List.of(new NamespaceCondition(null, null, List.of("prod"))),
          "prefix", List.of(new NamespaceCondition(null, null, List.of("team-.*"))),
          "or",
              List.of(
                  new NamespaceCondition(null, List.of("x"), null),
                  new NamespaceCondition(TEAM_A, null, null)),
          "badRegex", List.of(new NamespaceCondition(null, null, List.of("("))));

  @ParameterizedTest(name = "{0} / ns {1} labels {2} / {3} -> {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # conditions | namespace   | labels      | regex match | allowed?
          none         | anything    | -           | FULL        | true
          names        | team-a      | -           | FULL        | true
          names        | team-c      | -           | FULL        | false
          selector     | ns1         | team=a      | FULL        | true
          selector     | ns1         | team=b      | FULL        | false
          notIn        | ns1         | -           | FULL        | true
          notIn        | ns1         | env=sandbox | FULL        | false
          regex        | prod        | -           | FULL        | true
          regex        | evil-prod-x | -           | FULL        | false
          regex        | evil-prod-x | -           | FIND        | true
          prefix       | team-a      | -           | FULL        | true
          prefix       | my-team-a   | -           | FULL        | false
          or           | x           | -           | FULL        | true
          or           | y           | team=a      | FULL        | true
          or           | y           | -           | FULL        | false
          badRegex     | anything    | -           | FIND        | false
          """)
  void evaluate(
      String conditions, String namespace, String labels, RegexMatch mode, boolean allowed) {
    Map<String, String> nsLabels =
        labels.equals("-") ? Map.of() : Map.of(labels.split("=")[0], labels.split("=")[1]);
    NamespaceConditions.Decision d =
        NamespaceConditions.evaluate("css", CONDITIONS.get(conditions), namespace, nsLabels, mode);
    assertThat(d.allowed()).isEqualTo(allowed);
    if (!allowed && !conditions.equals("badRegex")) {
      assertThat(d.message())
          .isEqualTo(
              "using cluster store \"css\" is not allowed from namespace \""
                  + namespace
                  + "\": denied by spec.condition");
    }
  }

  @Test
  void invalidConditionsDenyWithTheReason() {
    NamespaceConditions.Decision d =
        NamespaceConditions.evaluate(
            "css", CONDITIONS.get("badRegex"), "ns", Map.of(), RegexMatch.FULL);
    assertThat(d.message())
        .contains("spec.conditions are invalid")
        .contains("invalid regular expression (");
    assertThat(NamespaceConditions.validate(CONDITIONS.get("badRegex")))
        .singleElement()
        .asString()
        .startsWith("failed to compile 0th namespace regex in 0th condition: ");
    assertThat(NamespaceConditions.validate(CONDITIONS.get("or"))).isEmpty();
  }

  @Test
  void regexMatchFlag() {
    assertThat(RegexMatch.parse(null)).isEqualTo(RegexMatch.FULL);
    assertThat(RegexMatch.parse("find")).isEqualTo(RegexMatch.FIND);
  }
}
