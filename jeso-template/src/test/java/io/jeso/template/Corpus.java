package io.jeso.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads handwritten cases from test resources. Format: a header line {@code === name
 * [mk=error|zero] [eso] [delims=L,R]}, then the template lines, then optionally {@code --- <data as
 * JSON>} (default {@code {}}; {@code --- nil} for no data). Lines starting with {@code #} before a
 * header are comments.
 */
final class Corpus {
  private Corpus() {}

  static List<Case> load(String resource) throws IOException {
    String text;
    try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing resource " + resource);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Case> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    int i = 0;
    String defaultData = "{}";
    while (i < lines.length) {
      if (lines[i].startsWith("%%%% data ")) {
        defaultData = lines[i].substring("%%%% data ".length()).trim();
      }
      if (!lines[i].startsWith("=== ")) {
        i++;
        continue;
      }
      String header = lines[i++];
      List<String> body = new ArrayList<>();
      String data = defaultData;
      while (i < lines.length && !lines[i].startsWith("=== ")) {
        if (lines[i].startsWith("--- ") || lines[i].equals("---")) {
          data = lines[i].length() > 4 ? lines[i].substring(4).trim() : "{}";
          i++;
          while (i < lines.length && !lines[i].startsWith("=== ")) {
            i++;
          }
          break;
        }
        body.add(lines[i++]);
      }
      out.add(fromHeader(header, String.join("\n", body), data.equals("nil") ? null : data));
    }
    return out;
  }

  private static Case fromHeader(String header, String template, String data) {
    String[] parts = header.substring(4).trim().split(" +");
    String name = parts[0];
    String mk = "";
    String left = null;
    String right = null;
    boolean eso = false;
    for (int k = 1; k < parts.length; k++) {
      String p = parts[k];
      if (p.startsWith("mk=")) {
        mk = p.substring(3);
      } else if (p.equals("eso")) {
        eso = true;
        if (mk.isEmpty()) {
          mk = "error";
        }
      } else if (p.startsWith("delims=")) {
        String[] d = p.substring(7).split(",", 2);
        left = d[0];
        right = d[1];
      }
    }
    return new Case(name, template, data, mk, left, right, eso);
  }
}
