package io.jeso.template.funcs;

import io.jeso.template.exec.GoFunc;
import java.util.Map;

/** sprig v3's TxtFuncMap minus env, expandenv and getHostByName. */
public final class SprigFunctions {
  private SprigFunctions() {}

  public static void register(Map<String, GoFunc> m) {
    SprigStrings.register(m);
    SprigCollections.register(m);
    SprigData.register(m);
    SprigRegex.register(m);
    SprigMisc.register(m);
    SprigDate.register(m);
    SprigCerts.register(m);
  }
}
