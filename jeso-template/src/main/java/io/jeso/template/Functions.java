package io.jeso.template;

import io.jeso.template.exec.GoFunc;
import io.jeso.template.funcs.EsoFunctions;
import io.jeso.template.funcs.SprigFunctions;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * An immutable registry of template functions (in addition to Go's builtins, which a function may
 * override).
 */
public final class Functions {
  private static final Functions ESO = build();

  private final Map<String, GoFunc> funcs;

  private Functions(Map<String, GoFunc> funcs) {
    this.funcs = Map.copyOf(funcs);
  }

  /** Only Go's builtins. */
  public static Functions none() {
    return new Functions(Map.of());
  }

  /**
   * ESO's function set: sprig v3 without env, expandenv and getHostByName, plus ESO's own
   * functions.
   */
  public static Functions eso() {
    return ESO;
  }

  private static Functions build() {
    Map<String, GoFunc> m = new HashMap<>();
    SprigFunctions.register(m);
    EsoFunctions.register(m);
    return new Functions(m);
  }

  /** A copy with one more function (replacing one of the same name). */
  public Functions with(GoFunc f) {
    Map<String, GoFunc> m = new HashMap<>(funcs);
    m.put(f.name(), f);
    return new Functions(m);
  }

  /** A copy without the named functions. */
  public Functions without(String... names) {
    Map<String, GoFunc> m = new HashMap<>(funcs);
    for (String n : names) {
      m.remove(n);
    }
    return new Functions(m);
  }

  public Set<String> names() {
    return funcs.keySet();
  }

  Map<String, GoFunc> map() {
    return funcs;
  }
}
