package io.jeso.core.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code remoteRef.property} out of a JSON secret value, with the subset of gjson path syntax
 * that ESO users write. Shared by providers so that every provider answers the same way.
 *
 * <p>Lookup order, as ESO's providers do it: first the whole property as one top-level key (so
 * {@code "tls.crt"} finds a key literally named {@code tls.crt}), then the property as a path.
 *
 * <p>Path syntax:
 *
 * <ul>
 *   <li>{@code a.b.c}: nested object keys; {@code \} escapes the next character ({@code a\.b} is
 *       the key {@code a.b}).
 *   <li>{@code list.0}: a number selects an array element (on an object it is an ordinary key).
 *   <li>{@code *} and {@code ?} in a key are wildcards (any run / any one character); the first
 *       matching key wins.
 *   <li>{@code list.#} as the last component: the array's length.
 *   <li>Not supported, and reported as such rather than answered differently: {@code #} before
 *       other components, queries {@code #(...)}, modifiers {@code @...}, pipes {@code |} and
 *       multipaths {@code [...]}/{@code {...}}.
 * </ul>
 *
 * <p>Result text follows gjson's {@code String()}: a string is unquoted, an integer keeps its text,
 * any other number is printed in plain decimal ({@code 1e3} gives {@code 1000}), booleans are
 * {@code true}/{@code false}, {@code null} is empty, and an object or array is its exact source
 * text (whitespace included).
 */
public final class JsonProperty {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private JsonProperty() {}

  /**
   * Returns the value at {@code property} in {@code json}, or empty when it does not exist.
   *
   * @throws MalformedJsonException when {@code json} is not JSON; the message never quotes the
   *     value
   * @throws UnsupportedPathException when the path uses gjson syntax jeso does not implement
   */
  public static Optional<byte[]> get(byte[] json, String property) {
    List<String> path = JsonPath.parse(property);
    if (path.size() > 1) {
      Optional<byte[]> literal = lookup(json, List.of(property), property);
      if (literal.isPresent()) {
        return literal;
      }
    }
    return lookup(json, path, property);
  }

  private static Optional<byte[]> lookup(byte[] json, List<String> path, String property) {
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() == null) {
        throw new MalformedJsonException(
            "secret value is empty, expected JSON to read property " + property);
      }
      for (int i = 0; i < path.size(); i++) {
        String component = path.get(i);
        boolean last = i == path.size() - 1;
        if (component.equals("#") && p.currentToken() == JsonToken.START_ARRAY) {
          if (!last) {
            throw new UnsupportedPathException(property, "'#' followed by more path components");
          }
          return Optional.of(Integer.toString(countElements(p)).getBytes(StandardCharsets.UTF_8));
        }
        if (!step(p, component)) {
          return Optional.empty();
        }
      }
      return Optional.of(valueText(p, json));
    } catch (JsonProcessingException e) {
      throw MalformedJsonException.at(e, property);
    } catch (IOException e) {
      throw new MalformedJsonException(
          "could not read secret value as JSON: " + e.getClass().getSimpleName());
    }
  }

  /**
   * Moves {@code p} from a container's start token to the value of {@code component}; false if
   * absent.
   */
  private static boolean step(JsonParser p, String component) throws IOException {
    if (p.currentToken() == JsonToken.START_OBJECT) {
      KeyPattern key = KeyPattern.of(component);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (key.matches(name)) {
          return true;
        }
        p.skipChildren();
      }
      return false;
    }
    if (p.currentToken() == JsonToken.START_ARRAY && isIndex(component)) {
      int wanted = Integer.parseInt(component);
      int index = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (index++ == wanted) {
          return true;
        }
        p.skipChildren();
      }
    }
    return false;
  }

  private static boolean isIndex(String component) {
    return !component.isEmpty()
        && component.length() < 10
        && component.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static int countElements(JsonParser p) throws IOException {
    int count = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      p.skipChildren();
      count++;
    }
    return count;
  }

  private static byte[] valueText(JsonParser p, byte[] json) throws IOException {
    JsonToken token = p.currentToken();
    return switch (token) {
      case START_OBJECT, START_ARRAY -> {
        int start = (int) p.currentTokenLocation().getByteOffset();
        p.skipChildren();
        int end = (int) p.currentLocation().getByteOffset();
        yield Arrays.copyOfRange(json, start, end);
      }
      case VALUE_STRING -> p.getText().getBytes(StandardCharsets.UTF_8);
      case VALUE_NUMBER_INT -> p.getText().getBytes(StandardCharsets.UTF_8);
      case VALUE_NUMBER_FLOAT -> plainDecimal(p.getText()).getBytes(StandardCharsets.UTF_8);
      case VALUE_TRUE -> "true".getBytes(StandardCharsets.UTF_8);
      case VALUE_FALSE -> "false".getBytes(StandardCharsets.UTF_8);
      default -> new byte[0];
    };
  }

  /** gjson prints non-integer numbers like Go's {@code strconv.FormatFloat(f, 'f', -1, 64)}. */
  static String plainDecimal(String numberText) {
    double d = Double.parseDouble(numberText);
    if (Double.isInfinite(d) || Double.isNaN(d)) {
      return numberText;
    }
    String plain = new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    return plain.equals("-0") ? "-0" : plain;
  }

  /** A path component, with gjson's {@code *} and {@code ?} wildcards. */
  private record KeyPattern(String text, boolean wildcard) {
    static KeyPattern of(String component) {
      return new KeyPattern(
          component, component.indexOf('\u0000') >= 0 || component.indexOf('\u0001') >= 0);
    }

    boolean matches(String name) {
      if (!wildcard) {
        return name.equals(text);
      }
      return wildcardMatch(text, 0, name, 0);
    }

    /** {@code \u0000} marks '*' and {@code \u0001} marks '?' that were not escaped in the path. */
    private static boolean wildcardMatch(String pattern, int pi, String name, int ni) {
      while (pi < pattern.length()) {
        char c = pattern.charAt(pi);
        if (c == '\u0000') {
          for (int k = ni; k <= name.length(); k++) {
            if (wildcardMatch(pattern, pi + 1, name, k)) {
              return true;
            }
          }
          return false;
        }
        if (ni >= name.length() || (c != '\u0001' && c != name.charAt(ni))) {
          return false;
        }
        pi++;
        ni++;
      }
      return ni == name.length();
    }
  }
}
