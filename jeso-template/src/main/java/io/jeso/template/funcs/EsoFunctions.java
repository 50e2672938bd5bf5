package io.jeso.template.funcs;

import io.jeso.template.exec.GoFunc;
import java.util.Map;

/** ESO's own template functions (PKCS#12, PEM, JWK, YAML, RSA). */
public final class EsoFunctions {
  private EsoFunctions() {}

  public static void register(Map<String, GoFunc> m) {}
}
