package io.jeso.template;

import io.jeso.template.exec.Limits;

/**
 * How a template is parsed and executed: delimiters, the missingkey option, execution limits and the function set.
 *
 * @param leftDelim left action delimiter (Go's default {@code {{})
 * @param rightDelim right action delimiter
 * @param missingKey what a missing map key yields
 * @param limits execution bounds
 * @param functions the function library
 */
public record Options(
    String leftDelim,
    String rightDelim,
    MissingKey missingKey,
    Limits limits,
    Functions functions) {

  /** Go's missingkey option. */
  public enum MissingKey {
    /** missingkey=default / invalid: prints {@code <no value>}. */
    DEFAULT,
    /** missingkey=zero: the zero value of the map's element type. */
    ZERO,
    /** missingkey=error: execution stops with an error (ESO's setting). */
    ERROR
  }

  /** Go's defaults with the ESO function set. */
  public static Options defaults() {
    return new Options("{{", "}}", MissingKey.DEFAULT, Limits.DEFAULT, Functions.eso());
  }

  /** What ESO uses: missingkey=error and ESO's function set. */
  public static Options eso() {
    return defaults().withMissingKey(MissingKey.ERROR);
  }

  public Options withDelims(String left, String right) {
    return new Options(left, right, missingKey, limits, functions);
  }

  public Options withMissingKey(MissingKey mk) {
    return new Options(leftDelim, rightDelim, mk, limits, functions);
  }

  public Options withLimits(Limits l) {
    return new Options(leftDelim, rightDelim, missingKey, l, functions);
  }

  public Options withFunctions(Functions f) {
    return new Options(leftDelim, rightDelim, missingKey, limits, f);
  }
}
