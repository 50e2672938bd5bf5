package io.jeso.template;

import io.jeso.template.funcs.Json;
import io.jeso.template.parse.BStr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One differential case: a template, its data (JSON) and options. */
record Case(
    String name, String template, String data, String mk, String left, String right, boolean eso) {

  /** The JSON line for the Go reference. */
  String toJsonLine(int id) {
    StringBuilder sb = new StringBuilder("{\"id\":").append(id).append(",\"t\":");
    Json.appendString(sb, BStr.of(template), false);
    if (data != null) {
      sb.append(",\"d\":").append(BStr.of(data));
    }
    if (!mk.isEmpty()) {
      sb.append(",\"mk\":\"").append(mk).append('"');
    }
    if (left != null) {
      sb.append(",\"l\":");
      Json.appendString(sb, BStr.of(left), false);
      sb.append(",\"r\":");
      Json.appendString(sb, BStr.of(right), false);
    }
    if (eso) {
      sb.append(",\"eso\":true");
    }
    return BStr.toJava(sb.append('}').toString());
  }

  Options options() {
    Options o = Options.defaults();
    o =
        switch (mk) {
          case "error" -> o.withMissingKey(Options.MissingKey.ERROR);
          case "zero" -> o.withMissingKey(Options.MissingKey.ZERO);
          default -> o;
        };
    if (left != null) {
      o = o.withDelims(left, right);
    }
    return o;
  }

  /** Renders with jeso: the output bytes, or null with the error in err[0]. */
  byte[] renderJava(String[] err) {
    try {
      Template t = Template.parse("tpl", template, options());
      return t.executeBytes(javaData());
    } catch (TemplateException e) {
      err[0] = e.getMessage();
      return null;
    } catch (RuntimeException | StackOverflowError e) {
      err[0] = "JAVA BUG: " + e;
      return null;
    }
  }

  Object javaData() {
    if (data == null) {
      return null;
    }
    try {
      Object model = Json.decode(BStr.of(data), true);
      if (eso) {
        Map<String, byte[]> m = new HashMap<>();
        ((Map<?, ?>) model)
            .forEach((k, v) -> m.put(BStr.toJava((String) k), BStr.bytes((String) v)));
        return Template.esoData(m);
      }
      return toJava(model);
    } catch (Json.JsonException e) {
      throw new IllegalArgumentException("bad data in case " + name + ": " + data, e);
    }
  }

  private static Object toJava(Object v) {
    if (v instanceof String s) {
      return BStr.toJava(s);
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new HashMap<>();
      m.forEach((k, x) -> out.put(BStr.toJava((String) k), toJava(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(toJava(x)));
      return out;
    }
    return v;
  }
}
