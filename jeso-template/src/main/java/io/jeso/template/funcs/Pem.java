package io.jeso.template.funcs;

import io.jeso.template.parse.BStr;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** PEM blocks, decoded and encoded as Go's encoding/pem does (on byte strings). */
final class Pem {
  /** A PEM block. */
  record Block(String type, Map<String, String> headers, byte[] bytes) {}

  private Pem() {}

  /**
   * All blocks that decode, in order (blocks with a broken body are skipped, as pem.Decode does).
   */
  static List<Block> decodeAll(String s) {
    List<Block> out = new ArrayList<>();
    int pos = 0;
    while (true) {
      int begin = findBegin(s, pos);
      if (begin < 0) {
        return out;
      }
      int typeStart = begin + "-----BEGIN ".length();
      int lineEnd = s.indexOf('\n', typeStart);
      String firstLine = lineEnd < 0 ? s.substring(typeStart) : s.substring(typeStart, lineEnd);
      firstLine = stripRight(firstLine);
      if (!firstLine.endsWith("-----") || lineEnd < 0) {
        pos = typeStart;
        continue;
      }
      String type = firstLine.substring(0, firstLine.length() - 5);
      String endMarker = "-----END " + type + "-----";
      int end = s.indexOf(endMarker, lineEnd);
      if (end < 0) {
        pos = typeStart;
        continue;
      }
      Block b = parseBody(type, s.substring(lineEnd + 1, end));
      pos = end + endMarker.length();
      if (b != null) {
        out.add(b);
      }
    }
  }

  private static int findBegin(String s, int from) {
    int i = s.indexOf("-----BEGIN ", from);
    while (i > 0 && s.charAt(i - 1) != '\n') {
      i = s.indexOf("-----BEGIN ", i + 1);
    }
    return i;
  }

  private static String stripRight(String s) {
    int e = s.length();
    while (e > 0
        && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '\t' || s.charAt(e - 1) == '\r')) {
      e--;
    }
    return s.substring(0, e);
  }

  private static Block parseBody(String type, String body) {
    Map<String, String> headers = new TreeMap<>();
    String[] lines = body.split("\n", -1);
    int i = 0;
    if (lines.length > 0 && lines[0].contains(":")) {
      for (; i < lines.length && lines[i].contains(":"); i++) {
        String l = lines[i];
        int c = l.indexOf(':');
        headers.put(l.substring(0, c).strip(), l.substring(c + 1).strip());
      }
      if (i < lines.length && lines[i].strip().isEmpty()) {
        i++;
      }
    }
    StringBuilder b64 = new StringBuilder();
    for (; i < lines.length; i++) {
      for (char c : lines[i].toCharArray()) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
          b64.append(c);
        }
      }
    }
    try {
      return new Block(type, headers, Base64.getDecoder().decode(b64.toString()));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** pem.EncodeToMemory. */
  static String encode(Block b) {
    StringBuilder sb = new StringBuilder();
    sb.append("-----BEGIN ").append(b.type()).append("-----\n");
    if (!b.headers().isEmpty()) {
      String proc = b.headers().get("Proc-Type");
      if (proc != null) {
        sb.append("Proc-Type: ").append(proc).append('\n');
      }
      b.headers()
          .forEach(
              (k, v) -> {
                if (!k.equals("Proc-Type")) {
                  sb.append(k).append(": ").append(v).append('\n');
                }
              });
      sb.append('\n');
    }
    String enc = Base64.getEncoder().encodeToString(b.bytes());
    for (int i = 0; i < enc.length(); i += 64) {
      sb.append(enc, i, Math.min(enc.length(), i + 64)).append('\n');
    }
    sb.append("-----END ").append(b.type()).append("-----\n");
    return BStr.of(sb.toString());
  }

  static String encode(String type, byte[] der) {
    return encode(new Block(type, Map.of(), der));
  }
}
