package io.jeso.template.funcs;

import io.jeso.template.exec.FuncException;

/** ESO's toYaml and fromYaml. */
final class Yaml {
  private Yaml() {}

  static Object toYaml(Object v) throws FuncException {
    throw new FuncException("toYaml is not implemented yet");
  }

  static Object fromYaml(String s) throws FuncException {
    throw new FuncException("fromYaml is not implemented yet");
  }
}
