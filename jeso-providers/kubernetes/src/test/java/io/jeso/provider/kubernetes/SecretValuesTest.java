package io.jeso.provider.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.RemoteRef;
import io.jeso.core.provider.RemoteRef.MetadataPolicy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretValuesTest {
  private static final RemoteSecret SECRET =
      new RemoteSecret(
          "remote",
          "app",
          Map.of(
              "user", bytes("admin"),
              "tls.crt", bytes("PEM"),
              "config", bytes("{\"db\":{\"host\":\"h\",\"port\":5432}}"),
              "plain", bytes("not json")),
          Map.of("team", "payments", "app.kubernetes.io/name", "shop"),
          Map.of("note", "{\"level\":\"high\"}"));

  @Test
  void noPropertyGivesAllKeysAsSortedJsonStrings() throws Exception {
    assertThat(text(SecretValues.get(SECRET, RemoteRef.of("app"))))
        .isEqualTo(
            "{\"config\":\"{\\\"db\\\":{\\\"host\\\":\\\"h\\\",\\\"port\\\":5432}}\","
                + "\"plain\":\"not json\",\"tls.crt\":\"PEM\",\"user\":\"admin\"}");
  }

  @ParameterizedTest
  @CsvSource({
    "user, admin",
    "tls.crt, PEM", // a key with a dot is found before any path
    "config.db.host, h",
    "config.db.port, 5432",
  })
  void propertySelectsAKeyOrAPathIntoOne(String property, String expected) throws Exception {
    assertThat(text(SecretValues.get(SECRET, RemoteRef.of("app").withProperty(property))))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"missing", "config.db.user", "missing.path", ".user", "user."})
  void aMissingPropertyIsNoSecret(String property) {
    assertThatThrownBy(() -> SecretValues.get(SECRET, RemoteRef.of("app").withProperty(property)))
        .isInstanceOf(NoSecretException.class)
        .hasMessage("property " + property + " does not exist in data of Secret remote/app");
  }

  @Test
  void aPathIntoANonJsonValueIsAProviderError() {
    assertThatThrownBy(() -> SecretValues.get(SECRET, RemoteRef.of("app").withProperty("plain.x")))
        .isInstanceOf(ProviderException.class)
        .hasMessageStartingWith("cannot read path x in key plain of Secret remote/app");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "labels | {\"app.kubernetes.io/name\":\"shop\",\"team\":\"payments\"}",
        "labels.team | payments",
        "labels.app.kubernetes.io/name | shop",
        "annotations.note.level | high",
      })
  void fetchSelectsInsideLabelsAndAnnotations(String property, String expected) throws Exception {
    RemoteRef ref = new RemoteRef("app", property, null, MetadataPolicy.FETCH);
    assertThat(text(SecretValues.get(SECRET, ref))).isEqualTo(expected);
  }

  @Test
  void fetchWithAnUnknownSectionIsNoSecret() {
    RemoteRef ref = new RemoteRef("app", "data.user", null, MetadataPolicy.FETCH);
    assertThatThrownBy(() -> SecretValues.get(SECRET, ref)).isInstanceOf(NoSecretException.class);
  }

  @Test
  void extractGivesRawDataOrTheSelectedObject() throws Exception {
    Map<String, byte[]> all = SecretValues.map(SECRET, RemoteRef.of("app"));
    assertThat(all).containsOnlyKeys("user", "tls.crt", "config", "plain");

    Map<String, byte[]> db =
        SecretValues.map(SECRET, RemoteRef.of("app").withProperty("config.db"));
    assertThat(db).containsOnlyKeys("host", "port");
    assertThat(text(db.get("host"))).isEqualTo("h");

    RemoteRef fetch = new RemoteRef("app", null, null, MetadataPolicy.FETCH);
    assertThat(text(SecretValues.map(SECRET, fetch).get("labels")))
        .isEqualTo("{\"app.kubernetes.io/name\":\"shop\",\"team\":\"payments\"}");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
