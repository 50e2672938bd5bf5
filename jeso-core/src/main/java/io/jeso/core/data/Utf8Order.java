package io.jeso.core.data;

import java.util.Comparator;

/**
 * Orders strings by their UTF-8 bytes, which is how Go compares strings (and so how Go sorts map
 * keys when it prints or encodes them). Java's {@link String#compareTo} uses UTF-16 units and
 * differs for characters beyond the Basic Multilingual Plane.
 */
public final class Utf8Order implements Comparator<String> {
  public static final Utf8Order INSTANCE = new Utf8Order();

  private Utf8Order() {}

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        // Code point order equals UTF-8 byte order.
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
