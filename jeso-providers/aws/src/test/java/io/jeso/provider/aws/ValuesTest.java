package io.jeso.provider.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.RemoteRef;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesTest {
  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void malformedJsonNamesKeyAndPropertyOnly() {
    byte[] value = bytes("{\"password\" = \"CANARY-hunter2\"");
    ProviderException e =
        assertThrows(
            ProviderException.class,
            () -> Values.select(value, RemoteRef.of("app/db").withProperty("password")));
    assertEquals(
        true,
        e.getMessage().startsWith("cannot read property password of key app/db"),
        e.getMessage());
    assertFalse(e.getMessage().contains("CANARY"), e.getMessage());
    AwsErrorsTest.assertValueFree(e);
  }

  @Test
  void anEmptyValueIsAnErrorNotAnEmptyResult() {
    assertThrows(
        ProviderException.class,
        () -> Values.select(new byte[0], RemoteRef.of("k").withProperty("p")));
  }

  @Test
  void missingPropertyIsNotFoundAndUnsupportedSyntaxIsAConfigurationError() {
    byte[] value = bytes("{\"a\":{\"b\":1}}");
    assertThrows(
        NoSecretException.class, () -> Values.select(value, RemoteRef.of("k").withProperty("a.c")));
    assertThrows(
        InvalidStoreException.class,
        () -> Values.select(value, RemoteRef.of("k").withProperty("a|@reverse")));
  }

  @Test
  void tagsAreAJsonObjectWithSortedKeys() {
    assertEquals(
        "{\"a\":\"1\",\"b\":\"x\\\"y\"}",
        new String(Values.tagsJson(Map.of("b", "x\"y", "a", "1")), StandardCharsets.UTF_8));
  }

  @Test
  void mapsAreTopLevelEntries() throws Exception {
    var map = Values.map(bytes("{\"u\":\"x\",\"n\":3,\"o\":{\"k\":true}}"), RemoteRef.of("k"));
    assertEquals("x", new String(map.get("u"), StandardCharsets.UTF_8));
    assertEquals("3", new String(map.get("n"), StandardCharsets.UTF_8));
    assertEquals("{\"k\":true}", new String(map.get("o"), StandardCharsets.UTF_8));
  }
}
