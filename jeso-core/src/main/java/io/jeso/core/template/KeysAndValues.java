package io.jeso.core.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jeso.template.Options;
import io.jeso.template.Template;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the output of a KeysAndValues template as ESO does: {@code yaml.Unmarshal} into a {@code
 * map[string]string} (sigs.k8s.io/yaml: YAML to JSON, then Go's JSON decoder). So an unquoted
 * number or boolean is an error, {@code null} is the empty string and nested maps are refused.
 *
 * <p>The YAML reading itself is the engine's {@code fromYaml}, which has sigs.k8s.io/yaml's
 * semantics (scalar resolution, key conversion); its result is handed over as JSON. jeso-template
 * has no public YAML API yet, hence the round trip through a two-function template.
 */
final class KeysAndValues {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ERROR_KEY = "Error";
  private static final String FROM_YAML_ERROR = "error converting YAML to JSON: ";
  private static final Template READER = reader();

  private KeysAndValues() {}

  /** A rendering that is not a YAML map of strings. The message quotes no value. */
  static final class NotAStringMap extends Exception {
    private static final long serialVersionUID = 1L;

    NotAStringMap(String message) {
      super(message, null, false, false);
    }
  }

  /** The key/value pairs of {@code yaml}. */
  static Map<String, String> parse(byte[] yaml) throws NotAStringMap {
    JsonNode doc;
    try {
      doc = JSON.readTree(READER.executeBytes(yaml));
    } catch (io.jeso.template.TemplateException | java.io.IOException e) {
      throw new NotAStringMap("could not unmarshal template to 'map[string][]byte'");
    }
    if (doc.size() == 1
        && doc.has(ERROR_KEY)
        && doc.get(ERROR_KEY).asText().startsWith(FROM_YAML_ERROR)) {
      throw new NotAStringMap(
          "could not unmarshal template to 'map[string][]byte': " + doc.get(ERROR_KEY).asText());
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), stringValue(e.getKey(), e.getValue()));
    }
    return out;
  }

  private static String stringValue(String key, JsonNode v) throws NotAStringMap {
    if (v.isTextual()) {
      return v.asText();
    }
    if (v.isNull()) {
      return "";
    }
    String kind =
        v.isNumber() ? "number" : v.isBoolean() ? "bool" : v.isArray() ? "array" : "object";
    // Go says only "cannot unmarshal number into Go value of type string"; naming the key (never
    // the value) tells the user which line to quote.
    throw new NotAStringMap(
        "could not unmarshal template to 'map[string][]byte': json: cannot unmarshal "
            + kind
            + " into Go value of type string (key \""
            + key
            + "\"; quote the value or use toString/quote in the template)");
  }

  private static Template reader() {
    try {
      return Template.parse("keysAndValues", "{{ fromYaml . | toJson }}", Options.defaults());
    } catch (io.jeso.template.TemplateException e) {
      throw new IllegalStateException("the YAML reader template does not parse", e);
    }
  }
}
