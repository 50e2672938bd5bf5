package io.jeso.provider.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jeso.core.provider.InvalidStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretsManagerVersionTest {
  @ParameterizedTest(name = "[{0}] -> id={1} stage={2}")
  @CsvSource(
      nullValues = "null",
      value = {
        "null, null, AWSCURRENT",
        "'', null, AWSCURRENT",
        "AWSPREVIOUS, null, AWSPREVIOUS",
        "my-label, null, my-label",
        "uuid/123e4567-e89b-12d3-a456-426614174000, 123e4567-e89b-12d3-a456-426614174000, null",
        "uuid/anything, anything, null",
        // Only the exact prefix selects an id; ESO treats other spellings as labels.
        "UUID/abc, null, UUID/abc",
        "uuid, null, uuid",
      })
  void parses(String version, String id, String stage) throws Exception {
    assertEquals(new SecretsManagerVersion(id, stage), SecretsManagerVersion.parse(version));
  }

  @Test
  void uuidWithoutIdIsRejected() {
    assertThrows(InvalidStoreException.class, () -> SecretsManagerVersion.parse("uuid/"));
  }

  @Test
  void describesNamesOnly() throws Exception {
    assertEquals("version=AWSCURRENT", SecretsManagerVersion.parse(null).describe());
    assertEquals("version=uuid/x", SecretsManagerVersion.parse("uuid/x").describe());
  }

  @Test
  void parameterNamesCarryTheVersion() {
    assertEquals("/p/db", ParameterNames.withVersion("/p/", "db", null));
    assertEquals("/p/db:3", ParameterNames.withVersion("/p/", "db", "3"));
    assertEquals("db:prod", ParameterNames.withVersion("", "db", "prod"));
  }
}
