package io.jeso.bench.template;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmarked templates and their data. The Go benchmark (jeso-template/src/test/go/
 * bench_test.go) renders the same texts over the same values; keep the two in step.
 */
final class Templates {
  private Templates() {}

  static final String DOCKER_CONFIG_JSON =
      "{\"auths\":{\"{{ .registry }}\":{\"username\":\"{{ .user }}\",\"password\":\"{{ .pass }}\","
          + "\"auth\":\"{{ printf \"%s:%s\" .user .pass | b64enc }}\"}}}";

  static final String CONNECTION_STRING =
      "postgres://{{ .user }}:{{ .pass | urlquery }}@{{ .host }}:{{ .port }}/{{ .db }}"
          + "?sslmode=require";

  /** A templateFrom literal: KeysAndValues scope, ranging over a JSON document. */
  static final String KEYS_AND_VALUES_LITERAL =
      "{{- range $k, $v := .config | fromJson }}\n"
          + "{{ $k | upper }}: {{ $v | toString | quote }}\n"
          + "{{- end }}\n";

  static final String PEM = "{{ .bundle | filterPEM \"CERTIFICATE\" | b64enc }}";

  /** A self-signed certificate made for this benchmark, plus a block filterPEM must drop. */
  static final String BUNDLE =
      """
      -----BEGIN CERTIFICATE-----
      MIIBhDCCASugAwIBAgIUWESvzGl48M2axyGarU+kDa2FwHowCgYIKoZIzj0EAwIw
      GDEWMBQGA1UEAwwNYmVuY2guZXhhbXBsZTAeFw0yNjExMjIxMjE4MzNaFw0zNjEx
      MTkxMjE4MzNaMBgxFjAUBgNVBAMMDWJlbmNoLmV4YW1wbGUwWTATBgcqhkjOPQIB
      BggqhkjOPQMBBwNCAATEH2yIwPVZNq1TT30EML90CiGgsuI4vxqcpfF4cuR9ptaX
      rEpbW2z41L2uhds2q/8kcKAorUHtvGYlWA3r4KQfo1MwUTAdBgNVHQ4EFgQU+Fit
      jUH64cyIQkhAq8dhJtTFGnIwHwYDVR0jBBgwFoAU+FitjUH64cyIQkhAq8dhJtTF
      GnIwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNHADBEAiAl9XXMf+PPy1hl
      euI0GaL9NYBeSk3YZCfiRZGvnEvXsQIgDxxs9+ltEwhnddE7nwV5YrGoycP23n6u
      wE4ieMSVt2Q=
      -----END CERTIFICATE-----
      -----BEGIN BENCH DATA-----
      AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=
      -----END BENCH DATA-----
      """;

  static final String CONFIG =
      "{\"host\":\"db.internal\",\"port\":5432,\"user\":\"app\",\"password\":\"s3cr3t/p@ss\","
          + "\"database\":\"orders\",\"sslmode\":\"require\",\"pool_min\":2,\"pool_max\":20,"
          + "\"timeout_seconds\":30,\"debug\":false}";

  /** The fetched data every template sees (ESO's context: all keys as strings). */
  static Map<String, byte[]> data() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("registry", "registry.example.com");
    s.put("user", "app");
    s.put("pass", "s3cr3t/p@ss");
    s.put("host", "db.internal");
    s.put("port", "5432");
    s.put("db", "orders");
    s.put("config", CONFIG);
    s.put("bundle", BUNDLE);
    Map<String, byte[]> out = new LinkedHashMap<>();
    s.forEach((k, v) -> out.put(k, v.getBytes(StandardCharsets.UTF_8)));
    return out;
  }
}
