package io.jeso.e2e.harness;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CanariesTest {
  @Test
  void findsAValueEvenWhenJsonEscapedOrCutShort() {
    Canaries canaries = new Canaries();
    String value = canaries.value("postgresql://u:");
    String marker = value.substring("postgresql://u:".length());
    String escaped = "{\"message\":\"" + value.replace("/", "\\/") + "\"}";
    String cut = "password starts with " + marker + " and then the line ends";

    assertThatThrownBy(() -> canaries.assertAbsentFrom(escaped, "log"))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> canaries.assertAbsentFrom(cut, "log"))
        .isInstanceOf(AssertionError.class);
    assertThatCode(() -> canaries.assertAbsentFrom("nothing here", "log"))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesToPassWithoutAnyValueToLookFor() {
    assertThatThrownBy(() -> new Canaries().assertAbsentFrom("", "log"))
        .isInstanceOf(AssertionError.class);
  }
}
