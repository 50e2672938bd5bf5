package io.jeso.core.template;

import io.jeso.core.data.DecodingException;
import io.jeso.core.data.DecodingStrategy;
import io.jeso.core.sync.TemplateRenderer.TemplateException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * ESO's two template scopes over one context, writing into one {@link Output}:
 *
 * <ul>
 *   <li>Values: each template's output is the value of its key.
 *   <li>KeysAndValues: the template renders a YAML map of strings; each pair is written.
 * </ul>
 *
 * Rendered values are then decoded with the templateFrom's valuesDecodingStrategy (None for
 * template.data and metadata).
 */
final class Scopes {
  private final ParsedTemplates templates;
  private final Object context;
  private final Redactor redactor;
  private final Output out;

  Scopes(ParsedTemplates templates, Object context, Redactor redactor, Output out) {
    this.templates = templates;
    this.context = context;
    this.redactor = redactor;
    this.out = out;
  }

  /**
   * Renders every value of {@code templates} (in key order, so the first error is always the same
   * one) into {@code target}.
   *
   * @param part where the map lives in the spec, e.g. {@code spec.target.template.data}
   */
  void values(String part, Map<String, String> templateMap, String target)
      throws TemplateException {
    if (templateMap == null) {
      return;
    }
    for (Map.Entry<String, String> e : new TreeMap<>(templateMap).entrySet()) {
      String key = e.getKey();
      byte[] text =
          e.getValue() == null ? new byte[0] : e.getValue().getBytes(StandardCharsets.UTF_8);
      value(part + "." + key, key, text, target, DecodingStrategy.NONE);
    }
  }

  /** Renders one Values-scope template: its output becomes {@code key}'s value. */
  void value(String part, String key, byte[] text, String target, DecodingStrategy decoding)
      throws TemplateException {
    byte[] rendered = templates.render(part, key, text, context, redactor);
    out.put(target, key, decode(part, key, rendered, decoding));
  }

  /** Renders one KeysAndValues-scope template and writes each pair it yields. */
  void keysAndValues(
      String part, String name, byte[] text, String target, DecodingStrategy decoding)
      throws TemplateException {
    byte[] rendered = templates.render(part, name, text, context, redactor);
    Map<String, String> pairs;
    try {
      pairs = KeysAndValues.parse(rendered);
    } catch (KeysAndValues.NotAStringMap e) {
      throw new TemplateException(part + ": " + redactor.redact(e.getMessage()));
    }
    for (Map.Entry<String, String> e : new TreeMap<>(pairs).entrySet()) {
      byte[] value = e.getValue().getBytes(StandardCharsets.UTF_8);
      out.put(target, e.getKey(), decode(part, e.getKey(), value, decoding));
    }
  }

  private static byte[] decode(String part, String key, byte[] value, DecodingStrategy decoding)
      throws TemplateException {
    try {
      return decoding.decode(value);
    } catch (DecodingException e) {
      throw new TemplateException(
          part
              + ": failed to decode rendered template value for key "
              + key
              + ": "
              + e.getMessage());
    }
  }
}
