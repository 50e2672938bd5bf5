package io.jeso.template.parse;

/** A lexical item: type, byte position, value (byte string) and line. */
record Item(ItemType typ, int pos, String val, int line) {
  @Override
  public String toString() {
    if (typ == ItemType.EOF) {
      return "EOF";
    }
    if (typ == ItemType.ERROR) {
      return val;
    }
    if (typ.isKeyword()) {
      return "<" + val + ">";
    }
    if (val.length() > 10) {
      // %.10q: the first 10 runes, quoted.
      int i = 0;
      int runes = 0;
      while (i < val.length() && runes < 10) {
        i += Math.max(1, BStr.width(BStr.decodeRune(val, i)));
        runes++;
      }
      return Strconv.quote(val.substring(0, i)) + "...";
    }
    return Strconv.quote(val);
  }
}
