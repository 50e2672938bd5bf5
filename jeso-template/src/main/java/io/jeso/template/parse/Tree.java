package io.jeso.template.parse;

/**
 * One parsed template: its name, the name of the top-level template parsed, the root and the source
 * text.
 */
public final class Tree {
  public String name;
  public final String parseName;
  public final String text;
  public Node.ListNode root;

  Tree(String name, String parseName, String text) {
    this.name = name;
    this.parseName = parseName;
    this.text = text;
  }

  /** Go's ErrorContext: "NAME:LINE:COL" for a node (byte column, as Go). */
  public String location(Node n) {
    String before = text.substring(0, Math.min(n.pos, text.length()));
    int nl = before.lastIndexOf('\n');
    int col = nl < 0 ? n.pos : n.pos - (nl + 1);
    int line = 1;
    for (int i = 0; i < before.length(); i++) {
      if (before.charAt(i) == '\n') {
        line++;
      }
    }
    return parseName + ":" + line + ":" + col;
  }

  /** parse.IsEmptyTree. */
  static boolean isEmpty(Node n) {
    if (n == null) {
      return true;
    }
    if (n instanceof Node.ListNode l) {
      for (Node c : l.nodes) {
        if (!isEmpty(c)) {
          return false;
        }
      }
      return true;
    }
    if (n instanceof Node.TextNode t) {
      return isAllSpace(t.text);
    }
    return false;
  }

  /** Whether a byte string holds only Unicode white space (Go's unicode.IsSpace). */
  static boolean isAllSpace(String s) {
    int i = 0;
    while (i < s.length()) {
      long rw = BStr.decodeRune(s, i);
      if (!isGoSpace(BStr.rune(rw))) {
        return false;
      }
      i += BStr.width(rw);
    }
    return true;
  }

  /** unicode.IsSpace. */
  public static boolean isGoSpace(int r) {
    switch (r) {
      case '\t', '\n', 11, '\f', '\r', ' ', 0x85, 0xA0 -> {
        return true;
      }
      default -> {
        return r > 0xFF && Character.isSpaceChar(r)
            || r == 0x2028
            || r == 0x2029
            || r == 0x1680
            || r == 0x3000;
      }
    }
  }
}
