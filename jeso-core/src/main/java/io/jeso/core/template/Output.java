package io.jeso.core.template;

import io.jeso.api.TemplateTargets;
import io.jeso.core.sync.TemplateRenderer.Rendered;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The Secret parts a template writes into: data, labels and annotations. */
final class Output {
  final Map<String, byte[]> data;
  final Map<String, String> labels;
  final Map<String, String> annotations;

  private Output(Rendered base) {
    data = new LinkedHashMap<>(base.data());
    labels = new HashMap<>(base.labels());
    annotations = new HashMap<>(base.annotations());
  }

  static Output from(Rendered base) {
    return new Output(base);
  }

  /**
   * Writes one rendered value to {@code target} (Data, Annotations or Labels, any case, as ESO
   * matches them; unset means Data). Other targets are refused by validation before anything is
   * fetched.
   */
  void put(String target, String key, byte[] value) {
    String t = target == null || target.isEmpty() ? TemplateTargets.DATA : target;
    switch (t.toLowerCase(Locale.ROOT)) {
      case "annotations" -> annotations.put(key, new String(value, StandardCharsets.UTF_8));
      case "labels" -> labels.put(key, new String(value, StandardCharsets.UTF_8));
      case "data" -> data.put(key, value);
      default ->
          throw new IllegalArgumentException(
              "templateFrom target \"" + t + "\" is not one of Data, Annotations or Labels");
    }
  }

  Rendered toRendered(String type) {
    return new Rendered(data, type, labels, annotations);
  }
}
