package io.jeso.template.funcs;

import io.jeso.template.exec.FuncException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ESO's toYaml and fromYaml with sigs.k8s.io/yaml's semantics: toYaml goes through JSON (a value
 * JSON cannot hold gives ""), fromYaml reads YAML, converts it to JSON-compatible values (numbers
 * become float64) and returns a map[string]interface {}; on a parse error the map holds the message
 * under "Error" (as Helm's fromYaml does).
 */
final class Yaml {
  private Yaml() {}

  static Object toYaml(Object v) {
    try {
      String json = Json.encode(v, true, "");
      if (!readableAsYaml(json)) {
        return "";
      }
      return YamlEmitter.emit(YamlValues.fromJson(Json.decode(foldNel(json), false, true)));
    } catch (Json.JsonException e) {
      return "";
    }
  }

  /** go-yaml's reader rejects DEL, C1 controls other than NEL, U+FFFE and U+FFFF in its input. */
  private static boolean readableAsYaml(String json) {
    int i = 0;
    while (i < json.length()) {
      long rw = io.jeso.template.parse.BStr.decodeRune(json, i);
      int r = io.jeso.template.parse.BStr.rune(rw);
      if (r == 0x7F || (r >= 0x80 && r <= 0x9F && r != 0x85) || r == 0xFFFE || r == 0xFFFF) {
        return false;
      }
      i += io.jeso.template.parse.BStr.width(rw);
    }
    return true;
  }

  /**
   * A raw NEL (U+0085, which JSON leaves unescaped) is a line break to YAML's reader: inside the
   * double-quoted JSON string it folds like any line break (surrounding blanks dropped, one break
   * becomes a space).
   */
  private static String foldNel(String json) {
    String nel = "\u00c2\u0085";
    if (!json.contains(nel)) {
      return json;
    }
    String[] parts = json.split(nel, -1);
    StringBuilder sb = new StringBuilder(parts[0].replaceAll("[ \t]+$", ""));
    int breaks = 0;
    for (int k = 1; k < parts.length; k++) {
      String p = parts[k].replaceAll("^[ \t]+", "");
      if (k < parts.length - 1) {
        p = p.replaceAll("[ \t]+$", "");
      }
      breaks++;
      if (p.isEmpty() && k < parts.length - 1) {
        continue;
      }
      sb.append(breaks == 1 ? " " : "\\n".repeat(breaks - 1));
      sb.append(p);
      breaks = 0;
    }
    return sb.toString();
  }

  static Object fromYaml(String s) {
    Map<String, Object> out = new HashMap<>();
    try {
      Object doc = YamlParser.parse(s);
      if (doc == null) {
        return out;
      }
      Object json = toJsonValue(doc);
      if (!(json instanceof Map<?, ?> m)) {
        throw new YamlParser.YamlException(
            "error unmarshaling JSON: json: cannot unmarshal non-object into Go value of type"
                + " map[string]interface {}");
      }
      m.forEach((k, x) -> out.put((String) k, x));
    } catch (YamlParser.YamlException | FuncException e) {
      out.clear();
      out.put("Error", "error converting YAML to JSON: " + e.getMessage());
    }
    return out;
  }

  /** Resolves scalars and converts to what json.Unmarshal into interface{} would give. */
  private static Object toJsonValue(Object v) throws FuncException, YamlParser.YamlException {
    if (v instanceof YamlParser.Quoted q) {
      return q.text();
    }
    if (v instanceof String s) {
      Object r = YamlValues.resolve(s);
      if (r == YamlValues.NULL) {
        return null;
      }
      if (r instanceof YamlValues.Timestamp ts) {
        return ts.text();
      }
      if (r instanceof Long l) {
        return (double) l;
      }
      if (r instanceof BigInteger bi) {
        return bi.doubleValue();
      }
      if (r instanceof Double d && (d.isNaN() || d.isInfinite())) {
        throw new FuncException(
            "json: unsupported value: " + io.jeso.template.exec.GoFloat.format(d, 'g', -1));
      }
      return r;
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new HashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Object k = e.getKey();
        String key =
            k instanceof String ks
                ? keyOf(ks)
                : k instanceof YamlParser.Quoted q ? q.text() : String.valueOf(k);
        out.put(key, toJsonValue(e.getValue()));
      }
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (Object x : l) {
        out.add(toJsonValue(x));
      }
      return out;
    }
    return v;
  }

  private static String keyOf(String plain) throws YamlParser.YamlException {
    Object r = YamlValues.resolve(plain);
    if (r == YamlValues.NULL) {
      throw new YamlParser.YamlException("unsupported map key of type: <nil>");
    }
    if (r instanceof Double d) {
      return d.isNaN()
          ? ".nan"
          : d.isInfinite()
              ? (d > 0 ? ".inf" : "-.inf")
              : io.jeso.template.exec.GoFloat.formatFloat32((float) (double) d);
    }
    return r instanceof YamlValues.Timestamp ts ? ts.text() : r.toString();
  }
}
