package io.jeso.core.template;

import io.jeso.api.externalsecret.DecodingStrategy;
import io.jeso.api.externalsecret.ExternalSecretTemplate;
import io.jeso.api.externalsecret.TemplateFrom;
import io.jeso.api.externalsecret.TemplateRef;
import io.jeso.api.externalsecret.TemplateRefItem;
import io.jeso.api.externalsecret.TemplateScope;
import io.jeso.core.sync.FetchPlan.TemplateObjectRef;
import io.jeso.core.sync.TemplateRenderer.Rendered;
import io.jeso.core.sync.TemplateRenderer.Request;
import io.jeso.core.sync.TemplateRenderer.TemplateException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builders for renderer tests: templates, data and templateFrom sources in one line each. */
final class T {
  static final GoTemplateRenderer RENDERER = new GoTemplateRenderer();
  static final Rendered EMPTY = new Rendered(Map.of(), "Opaque", Map.of(), Map.of());

  private T() {}

  static Map<String, byte[]> bytes(String... kv) {
    Map<String, byte[]> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return m;
  }

  static Map<String, String> strings(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  static Map<String, String> text(Map<String, byte[]> data) {
    Map<String, String> m = new TreeMap<>();
    data.forEach((k, v) -> m.put(k, new String(v, StandardCharsets.UTF_8)));
    return m;
  }

  static ExternalSecretTemplate data(String... kv) {
    return new ExternalSecretTemplate().withData(strings(kv));
  }

  static TemplateFrom configMap(String name, TemplateScope scope, String... keys) {
    return new TemplateFrom().withConfigMap(ref(name, scope, keys));
  }

  static TemplateFrom secret(String name, TemplateScope scope, String... keys) {
    return new TemplateFrom().withSecret(ref(name, scope, keys));
  }

  static TemplateFrom literal(String text) {
    return new TemplateFrom().withLiteral(text);
  }

  static TemplateFrom decoded(TemplateFrom tf, DecodingStrategy strategy) {
    return tf.withValuesDecodingStrategy(strategy);
  }

  private static TemplateRef ref(String name, TemplateScope scope, String... keys) {
    List<TemplateRefItem> items =
        java.util.Arrays.stream(keys)
            .map(k -> new TemplateRefItem().withKey(k).withTemplateAs(scope))
            .toList();
    return new TemplateRef().withName(name).withItems(items);
  }

  /** Template sources: {@code cm:name} / {@code secret:name} → key/value pairs. */
  static final class Objects {
    final Map<TemplateObjectRef, Map<String, byte[]>> map = new HashMap<>();

    Objects configMap(String name, String... kv) {
      map.put(new TemplateObjectRef(TemplateObjectRef.Kind.CONFIG_MAP, name), bytes(kv));
      return this;
    }

    Objects secret(String name, String... kv) {
      map.put(new TemplateObjectRef(TemplateObjectRef.Kind.SECRET, name), bytes(kv));
      return this;
    }
  }

  static Rendered render(ExternalSecretTemplate t, Map<String, byte[]> fetched)
      throws TemplateException {
    return render(t, fetched, EMPTY, new Objects());
  }

  static Rendered render(
      ExternalSecretTemplate t, Map<String, byte[]> fetched, Rendered base, Objects objects)
      throws TemplateException {
    return RENDERER.render(new Request(t, fetched, base, objects.map));
  }
}
