package io.jeso.e2e.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SeedsTest {
  private static final String STORE =
      """
      spec:
        provider:
          vault:
            server: "https://vault.example.com"
            path: "secret"
      """;

  @Test
  void theVaultEditChangesTheServerLineAndNothingElse() {
    String edited = Seeds.pointVaultAt(STORE, "http://127.0.0.1:8200");

    assertThat(edited)
        .isEqualTo(STORE.replace("https://vault.example.com", "http://127.0.0.1:8200"));
  }

  @Test
  void aManifestWithoutServerIsNotSilentlyLeftAlone() {
    assertThatThrownBy(() -> Seeds.pointVaultAt("spec: {}\n", "http://x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void placeholdersMustAllBeFilled() {
    assertThat(
            Seeds.resource(
                "shared-reads-externalsecret.yaml",
                Map.of("NAME", "es-1", "REFRESH", "1h", "PREFIX", "p")))
        .contains("name: es-1")
        .contains("key: \"p/s5\"");
    assertThatThrownBy(() -> Seeds.resource("shared-reads-externalsecret.yaml", Map.of()))
        .hasMessageContaining("NAME");
  }
}
