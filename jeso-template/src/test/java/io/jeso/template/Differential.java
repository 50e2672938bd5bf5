package io.jeso.template;

import io.jeso.template.funcs.Json;
import io.jeso.template.parse.BStr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Runs cases through Go and jeso and collects divergences. */
final class Differential {
  /** Outcome of a batch. */
  record Report(int cases, int goErrors, List<String> divergences, int errorTextMismatches) {}

  private Differential() {}

  static Report run(List<Case> cases) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      lines.add(cases.get(i).toJsonLine(i));
    }
    List<String> results = GoReference.run(lines);
    if (results.size() != cases.size()) {
      throw new IllegalStateException(
          "Go returned " + results.size() + " results for " + cases.size());
    }
    List<String> div = new ArrayList<>();
    Map<String, Integer> histogram = new java.util.HashMap<>();
    int goErrors = 0;
    int textMismatch = 0;
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      @SuppressWarnings("unchecked")
      Map<String, Object> r = (Map<String, Object>) Json.decode(BStr.of(results.get(i)), true);
      boolean goOk = Boolean.TRUE.equals(r.get("ok"));
      String goErr = r.get("err") == null ? null : BStr.toJava((String) r.get("err"));
      byte[] goOut = goOk ? Base64.getDecoder().decode((String) r.get("out")) : null;
      String[] err = new String[1];
      byte[] out = c.renderJava(err);
      if (!goOk) {
        goErrors++;
        String key = goErr.replaceAll("^template: [^ ]*:( executing \"[^\"]*\" at <.*?>:)? ", "");
        key = key.replaceAll("\"[^\"]*\"", "Q").replaceAll("[0-9]+", "N");
        histogram.merge(key.length() > 70 ? key.substring(0, 70) : key, 1, Integer::sum);
      }
      if (goOk && out != null && Arrays.equals(goOut, out)) {
        continue;
      }
      if (!goOk && out == null && !err[0].startsWith("JAVA BUG")) {
        if (!err[0].equals(goErr)) {
          textMismatch++;
          if (Boolean.getBoolean("jeso.template.showErrors")) {
            System.out.println(
                "error text differs: " + c.name() + "\n  go:   " + goErr + "\n  jeso: " + err[0]);
          }
        }
        continue;
      }
      div.add(
          describe(
              c,
              goOk ? show(goOut) : "ERROR " + goErr,
              out != null ? show(out) : "ERROR " + err[0]));
    }
    if (Boolean.getBoolean("jeso.template.histogram")) {
      histogram.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .limit(25)
          .forEach(e -> System.out.println(e.getValue() + "\t" + e.getKey()));
    }
    return new Report(cases.size(), goErrors, div, textMismatch);
  }

  private static String show(byte[] b) {
    return "«" + new String(b, java.nio.charset.StandardCharsets.UTF_8) + "»";
  }

  private static String describe(Case c, String go, String java) {
    return "case "
        + c.name()
        + "\n  template: "
        + c.template()
        + "\n  data: "
        + c.data()
        + (c.mk().isEmpty() ? "" : " mk=" + c.mk())
        + (c.eso() ? " eso" : "")
        + "\n  go:   "
        + go
        + "\n  jeso: "
        + java;
  }
}
