package io.jeso.provider.vault.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;

/**
 * The one JSON mapper of the Vault provider. Numbers are read exactly (big decimals) so that the
 * text Vault returns is the text jeso hands on, as ESO's Go client does with {@code json.Number}; a
 * double would turn {@code 0.1} into artefacts and large integers into exponents.
 */
public final class VaultJson {
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .build();

  private VaultJson() {}

  /**
   * Parses a response body; anything that is not JSON becomes a missing node. Parser messages can
   * quote the input, so they are never kept.
   */
  public static JsonNode parse(byte[] body) {
    if (body == null || body.length == 0) {
      return MissingNode.getInstance();
    }
    try {
      JsonNode node = MAPPER.readTree(body);
      return node == null ? MissingNode.getInstance() : node;
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }

  /** Serializes a request body built from maps, lists, strings and JSON nodes. */
  public static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      // Only jeso's own request bodies get here; the type is enough to find the bug.
      throw new IllegalArgumentException("cannot serialize a Vault request body: " + e.getClass());
    }
  }
}
