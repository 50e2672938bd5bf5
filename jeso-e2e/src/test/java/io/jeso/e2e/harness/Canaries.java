package io.jeso.e2e.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Secret values for a test class, each carrying a unique marker, so that "no secret value in jeso's
 * log" is checked by searching for the markers: they are plain letters and digits, which no JSON or
 * URL escaping changes, and a partial leak (a value cut short) still contains one.
 */
public final class Canaries {
  private final List<String> markers = new CopyOnWriteArrayList<>();

  /** A realistic-looking value around a fresh marker, e.g. {@code sk-ant-c4n4ry...}. */
  public String value(String prefix) {
    String marker =
        "c4n4ry" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    markers.add(marker);
    return prefix + marker;
  }

  /** Fails when any value handed out so far appears in {@code text} (jeso's captured output). */
  public void assertAbsentFrom(String text, String where) {
    assertThat(markers).as("secret values handed out").isNotEmpty();
    for (String marker : markers) {
      // The marker alone in the failure message: it is test data, and it is what to grep for.
      assertThat(text.contains(marker))
          .as("a secret value (marker %s) in %s", marker, where)
          .isFalse();
    }
  }
}
