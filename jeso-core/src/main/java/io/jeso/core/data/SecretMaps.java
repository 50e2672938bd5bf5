package io.jeso.core.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a JSON secret value into a secret map, the way {@code dataFrom.extract} expects it. */
public final class SecretMaps {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private SecretMaps() {}

  /**
   * Parses a JSON object into key → bytes: string values unquoted, {@code null} as empty, numbers,
   * booleans, objects and arrays as their exact source text (ESO keeps {@code json.RawMessage} for
   * them). Duplicate keys: the last one wins, as with Go's decoder.
   *
   * @throws MalformedJsonException when the value is not a JSON object; the message never quotes
   *     the value
   */
  public static Map<String, byte[]> fromJson(byte[] json) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new MalformedJsonException(
            "secret value is not a JSON object, so it cannot be extracted");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken token = p.nextToken();
        out.put(key, rawValue(p, token, json));
      }
      if (p.nextToken() != null) {
        throw new MalformedJsonException("secret value has content after its JSON object");
      }
    } catch (JsonProcessingException e) {
      throw MalformedJsonException.at(e, null);
    } catch (IOException e) {
      throw new MalformedJsonException(
          "could not read secret value as JSON: " + e.getClass().getSimpleName());
    }
    return out;
  }

  private static byte[] rawValue(JsonParser p, JsonToken token, byte[] json) throws IOException {
    if (token == JsonToken.VALUE_STRING) {
      return p.getText().getBytes(StandardCharsets.UTF_8);
    }
    if (token == JsonToken.VALUE_NULL) {
      return new byte[0];
    }
    int start = (int) p.currentTokenLocation().getByteOffset();
    p.skipChildren();
    int end = (int) p.currentLocation().getByteOffset();
    return Arrays.copyOfRange(json, start, end);
  }
}
