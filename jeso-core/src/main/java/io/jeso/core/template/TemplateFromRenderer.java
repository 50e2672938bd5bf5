package io.jeso.core.template;

import io.jeso.api.externalsecret.TemplateFrom;
import io.jeso.api.externalsecret.TemplateRef;
import io.jeso.api.externalsecret.TemplateRefItem;
import io.jeso.api.externalsecret.TemplateScope;
import io.jeso.core.data.DecodingStrategy;
import io.jeso.core.sync.FetchPlan.TemplateObjectRef;
import io.jeso.core.sync.TemplateRenderer.TemplateException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@code template.templateFrom[]}, in order; within one entry the ConfigMap items, then the Secret
 * items, then the literal, as ESO's parser does. A missing object or key fails the sync with ESO's
 * wording, prefixed by the entry's place in the spec.
 */
final class TemplateFromRenderer {
  static final String PREFIX = "spec.target.template.templateFrom";

  private TemplateFromRenderer() {}

  static void renderAll(
      List<TemplateFrom> entries,
      Map<TemplateObjectRef, Map<String, byte[]>> objects,
      Scopes scopes)
      throws TemplateException {
    if (entries == null) {
      return;
    }
    for (int i = 0; i < entries.size(); i++) {
      TemplateFrom tf = entries.get(i);
      String part = PREFIX + "[" + i + "]";
      DecodingStrategy decoding = decoding(part, tf);
      if (tf.getConfigMap() != null) {
        items(
            part + ".configMap",
            tf,
            tf.getConfigMap(),
            source(objects, tf, true),
            scopes,
            decoding);
      }
      if (tf.getSecret() != null) {
        items(part + ".secret", tf, tf.getSecret(), source(objects, tf, false), scopes, decoding);
      }
      if (tf.getLiteral() != null) {
        scopes.keysAndValues(
            part + ".literal",
            "literal",
            tf.getLiteral().getBytes(StandardCharsets.UTF_8),
            tf.getTarget(),
            decoding);
      }
    }
  }

  private static Source source(
      Map<TemplateObjectRef, Map<String, byte[]>> objects, TemplateFrom tf, boolean configMap) {
    String name = configMap ? tf.getConfigMap().getName() : tf.getSecret().getName();
    TemplateObjectRef.Kind kind =
        configMap ? TemplateObjectRef.Kind.CONFIG_MAP : TemplateObjectRef.Kind.SECRET;
    return new Source(
        configMap ? "configmap" : "secret", name, objects.get(new TemplateObjectRef(kind, name)));
  }

  private static void items(
      String part,
      TemplateFrom tf,
      TemplateRef ref,
      Source source,
      Scopes scopes,
      DecodingStrategy decoding)
      throws TemplateException {
    String where = part + " \"" + source.name + "\"";
    if (source.data == null) {
      // The Kubernetes API's own wording, as ESO shows it.
      throw new TemplateException(
          where + ": " + source.kind + "s \"" + source.name + "\" not found");
    }
    List<TemplateRefItem> items = ref.getItems() == null ? List.of() : ref.getItems();
    for (TemplateRefItem item : items) {
      String key = item.getKey();
      byte[] text = source.data.get(key);
      String itemPart = where + " key \"" + key + "\"";
      if (text == null) {
        throw new TemplateException(
            itemPart + ": error in " + source.kind + " " + source.name + ": missing key " + key);
      }
      if (item.getTemplateAs() == TemplateScope.KEYS_AND_VALUES) {
        scopes.keysAndValues(itemPart, key, text, tf.getTarget(), decoding);
      } else {
        scopes.value(itemPart, key, text, tf.getTarget(), decoding);
      }
    }
  }

  private static DecodingStrategy decoding(String part, TemplateFrom tf) throws TemplateException {
    if (tf.getValuesDecodingStrategy() == null) {
      return DecodingStrategy.NONE;
    }
    try {
      return DecodingStrategy.parse(tf.getValuesDecodingStrategy().value());
    } catch (IllegalArgumentException e) {
      throw new TemplateException(part + ".valuesDecodingStrategy: " + e.getMessage());
    }
  }

  /** A ConfigMap's or Secret's data; null when the object does not exist. */
  private record Source(String kind, String name, Map<String, byte[]> data) {}
}
