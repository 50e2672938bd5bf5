package io.jeso.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Controller class, the flood gate, label selectors, store kinds. */
class StoreRulesTest {

  @ParameterizedTest(name = "controller {0}, store {1}: {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          default | -       | true
          default | ''      | true
          default | default | true
          default | shard-b | false
          shard-b | shard-b | true
          """)
  void controllerClass(String controller, String store, boolean served) {
    assertThat(ControllerClass.serves(controller, store)).isEqualTo(served);
  }

  @Test
  void floodGate() {
    assertThat(StoreReadiness.check(StoreRef.secretStore("ns", "ss"), "True")).isEmpty();
    assertThat(StoreReadiness.check(StoreRef.secretStore("ns", "ss"), "False"))
        .contains("SecretStore \"ss\" is not ready");
    assertThat(StoreReadiness.check(StoreRef.clusterSecretStore("css"), null))
        .contains("ClusterSecretStore \"css\" is not ready");
  }

  @Test
  void labelSelectorOperators() {
    LabelSelector s =
        new LabelSelectorBuilder()
            .addNewMatchExpression()
            .withKey("tier")
            .withOperator("In")
            .withValues("a", "b")
            .endMatchExpression()
            .addNewMatchExpression()
            .withKey("legacy")
            .withOperator("DoesNotExist")
            .endMatchExpression()
            .addNewMatchExpression()
            .withKey("team")
            .withOperator("Exists")
            .endMatchExpression()
            .build();
    assertThat(LabelSelectors.matches(s, Map.of("tier", "a", "team", "x"))).isTrue();
    assertThat(LabelSelectors.matches(s, Map.of("tier", "c", "team", "x"))).isFalse();
    assertThat(LabelSelectors.matches(s, Map.of("tier", "a", "team", "x", "legacy", ""))).isFalse();
    assertThat(LabelSelectors.matches(s, Map.of("tier", "a"))).isFalse();
    assertThat(LabelSelectors.matches(new LabelSelector(), null)).isTrue();
    assertThat(LabelSelectors.matches(null, Map.of())).isFalse();
    LabelSelector bad =
        new LabelSelectorBuilder()
            .addNewMatchExpression()
            .withKey("k")
            .withOperator("In")
            .endMatchExpression()
            .build();
    assertThatThrownBy(() -> LabelSelectors.matches(bad, Map.of("k", "v")))
        .hasMessageContaining("needs values");
  }

  @Test
  void storeKinds() {
    assertThat(StoreKind.parse(null)).isEqualTo(StoreKind.SECRET_STORE);
    assertThat(StoreKind.parse("ClusterSecretStore").clusterScoped()).isTrue();
    assertThatThrownBy(() -> StoreKind.parse("Secret"))
        .hasMessageContaining("unsupported secret store kind");
    assertThat(StoreRef.clusterSecretStore("c").namespace()).isNull();
    assertThat(StoreRef.secretStore("ns", "s")).hasToString("SecretStore ns/s");
  }
}
