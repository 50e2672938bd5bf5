package io.jeso.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretMapsTest {
  @Test
  void stringsUnquotedOthersRaw() {
    String json =
        "{\"user\":\"admin\", \"port\": 5432, \"ratio\":1e3, \"on\":true, \"none\":null,"
            + " \"obj\": {\"a\": [1, 2]}, \"esc\":\"line\\nbreak\", \"user\":\"last\"}";
    Map<String, String> out = strings(SecretMaps.fromJson(json.getBytes(StandardCharsets.UTF_8)));

    assertThat(out)
        .containsExactly(
            Map.entry("user", "last"),
            Map.entry("port", "5432"),
            Map.entry("ratio", "1e3"),
            Map.entry("on", "true"),
            Map.entry("none", ""),
            Map.entry("obj", "{\"a\": [1, 2]}"),
            Map.entry("esc", "line\nbreak"));
  }

  @Test
  void nonObjectsAreRejectedWithoutQuotingTheValue() {
    assertThatThrownBy(() -> SecretMaps.fromJson("[1,2]".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedJsonException.class)
        .hasMessage("secret value is not a JSON object, so it cannot be extracted");
    assertThatThrownBy(
            () -> SecretMaps.fromJson("{\"a\": hunter2}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedJsonException.class)
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> SecretMaps.fromJson("{} {}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedJsonException.class);
  }

  static Map<String, String> strings(Map<String, byte[]> in) {
    Map<String, String> out = new LinkedHashMap<>();
    in.forEach((k, v) -> out.put(k, new String(v, StandardCharsets.UTF_8)));
    return out;
  }
}
