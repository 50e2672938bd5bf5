package io.jeso.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The handwritten corpus (src/test/resources/corpus/*.txt) renders byte-identically in Go and jeso.
 */
class CorpusDifferentialTest {
  private static final String[] FILES = {
    "/corpus/language.txt",
    "/corpus/functions.txt",
    "/corpus/eso-crypto.txt",
    "/corpus/yaml.txt",
    "/corpus/dates.txt",
    "/corpus/semver-url.txt",
  };

  @Test
  void corpusMatchesGo() throws Exception {
    List<Case> cases = new java.util.ArrayList<>();
    for (String f : FILES) {
      cases.addAll(Corpus.load(f));
    }
    Differential.Report r = Differential.run(cases);
    System.out.printf(
        "template corpus: %d cases, %d errors in Go, %d divergences, %d error texts differ%n",
        r.cases(), r.goErrors(), r.divergences().size(), r.errorTextMismatches());
    assertThat(r.divergences()).as("divergences from Go").isEmpty();
  }
}
