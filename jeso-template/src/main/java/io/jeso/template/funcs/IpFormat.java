package io.jeso.template.funcs;

/**
 * Formats an IP address as Go's net.IP.String does (IPv4 dotted, IPv6 with the longest zero run as
 * ::).
 */
final class IpFormat {
  private IpFormat() {}

  /** Converts Java's textual form (dotted IPv4, or eight hex groups) to Go's. */
  static String goString(String javaForm) {
    if (javaForm.indexOf(':') < 0) {
      return javaForm;
    }
    String[] parts = javaForm.split(":");
    int[] g = new int[8];
    for (int i = 0; i < 8 && i < parts.length; i++) {
      g[i] = Integer.parseInt(parts[i], 16);
    }
    boolean mapped =
        g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xFFFF;
    if (mapped) {
      return (g[6] >> 8) + "." + (g[6] & 0xFF) + "." + (g[7] >> 8) + "." + (g[7] & 0xFF);
    }
    int bestStart = -1;
    int bestLen = 0;
    for (int i = 0; i < 8; ) {
      if (g[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && g[j] == 0) {
        j++;
      }
      if (j - i > bestLen && j - i >= 2) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLen - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(g[i]));
    }
    return sb.toString();
  }
}
