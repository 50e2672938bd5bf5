package io.jeso.api.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.jeso.api.crd.Documents;
import io.jeso.api.crd.Documents.Document;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every user document (seeds/) and every example (examples/, which together set every modelled
 * field) survives YAML → model → JSON unchanged: nothing lost, nothing added.
 */
class RoundTripTest {

  static List<Document> documents() {
    return Documents.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void modelKeepsEveryField(Document doc) throws Exception {
    HasMetadata model = Documents.JSON.treeToValue(doc.tree(), Documents.modelOf(doc));
    JsonNode back = Documents.JSON.valueToTree(model);

    assertThat(back.equals(NUMERICALLY, doc.tree()))
        .as("round trip of %s%n  in:  %s%n  out: %s", doc, doc.tree(), back)
        .isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void seedsAreRead(Document doc) {
    assertThat(doc.tree().path("spec").isObject()).as("%s has a spec", doc).isTrue();
  }

  /** YAML reads 7 as an int, the model writes it back from a Long; both are the same number. */
  private static final Comparator<JsonNode> NUMERICALLY =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText()));
        }
        return a.equals(b) ? 0 : 1;
      };
}
