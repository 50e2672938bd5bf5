package io.jeso.template.exec;

import io.jeso.template.parse.BStr;

/** Go fmt's per-verb state: the buffer, flags, width and precision, and padding. */
abstract class FmtState {
  static final String LDIGITS = "0123456789abcdefx";
  static final String UDIGITS = "0123456789ABCDEFX";

  final StringBuilder buf = new StringBuilder();
  boolean widPresent;
  boolean precPresent;
  boolean minus;
  boolean plus;
  boolean sharp;
  boolean space;
  boolean zero;
  boolean plusV;
  boolean sharpV;
  int wid;
  int prec;

  void clearFlags() {
    widPresent = false;
    precPresent = false;
    minus = false;
    plus = false;
    sharp = false;
    space = false;
    zero = false;
    plusV = false;
    sharpV = false;
    wid = 0;
    prec = 0;
  }

  // ---- padding

  void writePadding(int n) {
    if (n <= 0) {
      return;
    }
    ValueLimits.bytes(buf.length() + (long) n);
    char pad = zero && !minus ? '0' : ' ';
    for (int i = 0; i < n; i++) {
      buf.append(pad);
    }
  }

  void padString(String s) {
    if (!widPresent || wid == 0) {
      buf.append(s);
      return;
    }
    int width = wid - BStr.runeCount(s);
    if (!minus) {
      writePadding(width);
      buf.append(s);
    } else {
      buf.append(s);
      writePadding(width);
    }
  }

  /** Go's badVerb: %!v(type=value). */
  abstract void badVerb(int verb, Object arg);
}
