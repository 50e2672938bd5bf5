package io.jeso.testkit.provider;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Recognizable secret values, and the check that none of them shows up in error text. Every value
 * the contract test stores is a canary, so any message that quotes a value is caught.
 */
public final class Canaries {
  private final List<String> issued = new ArrayList<>();

  /** A new unique value, remembered for {@link #assertAbsentFrom(Throwable)}. */
  public String next() {
    String canary = "CANARY-" + UUID.randomUUID();
    issued.add(canary);
    return canary;
  }

  /**
   * Fails if any canary appears in the message or {@code toString()} of {@code thrown}, its causes
   * or its suppressed exceptions.
   */
  public void assertAbsentFrom(Throwable thrown) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    check(thrown, seen);
  }

  /** Fails if any canary appears in {@code text}; {@code what} names the text in the failure. */
  public void assertAbsentFrom(String what, String text) {
    if (text == null) {
      return;
    }
    for (String canary : issued) {
      if (text.contains(canary)) {
        // Do not print the text: it is exactly what must not be shown.
        throw new AssertionError(what + " contains a secret value (a canary)");
      }
    }
  }

  private void check(Throwable t, Set<Throwable> seen) {
    if (t == null || !seen.add(t)) {
      return;
    }
    String type = t.getClass().getName();
    assertAbsentFrom("getMessage() of " + type, t.getMessage());
    assertAbsentFrom("getLocalizedMessage() of " + type, t.getLocalizedMessage());
    assertAbsentFrom("toString() of " + type, t.toString());
    check(t.getCause(), seen);
    for (Throwable suppressed : t.getSuppressed()) {
      check(suppressed, seen);
    }
  }
}
