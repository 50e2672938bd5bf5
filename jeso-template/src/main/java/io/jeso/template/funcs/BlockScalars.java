package io.jeso.template.funcs;

import java.util.List;

/** Literal (|) and folded (>) block scalar content with clip, strip (-) and keep (+) chomping. */
final class BlockScalars {
  private BlockScalars() {}

  static String build(List<String> lines, boolean literal, char chomp, int unusedBase) {
    int last = lines.size();
    while (last > 0 && lines.get(last - 1).isEmpty()) {
      last--;
    }
    int trailingBreaks = lines.size() - last;
    StringBuilder sb = new StringBuilder();
    if (literal) {
      for (int i = 0; i < last; i++) {
        if (i > 0) {
          sb.append('\n');
        }
        sb.append(lines.get(i));
      }
    } else {
      fold(sb, lines.subList(0, last));
    }
    if (last == 0) {
      return chomp == '+' ? "\n".repeat(trailingBreaks) : "";
    }
    switch (chomp) {
      case '-' -> {}
      case '+' -> sb.append("\n".repeat(trailingBreaks + 1));
      default -> sb.append('\n');
    }
    return sb.toString();
  }

  private static void fold(StringBuilder sb, List<String> lines) {
    boolean prevMore = false;
    boolean first = true;
    int pendingBlank = 0;
    for (String l : lines) {
      if (l.isEmpty()) {
        pendingBlank++;
        continue;
      }
      boolean more = l.startsWith(" ") || l.startsWith("\t");
      if (!first) {
        if (pendingBlank > 0) {
          sb.append("\n".repeat(pendingBlank + (more || prevMore ? 1 : 0)));
        } else if (more || prevMore) {
          sb.append('\n');
        } else {
          sb.append(' ');
        }
      } else if (pendingBlank > 0) {
        sb.append("\n".repeat(pendingBlank));
      }
      sb.append(l);
      pendingBlank = 0;
      prevMore = more;
      first = false;
    }
  }
}
