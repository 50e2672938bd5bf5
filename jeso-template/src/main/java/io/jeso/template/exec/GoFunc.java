package io.jeso.template.exec;

/**
 * A template function with a Go signature: parameter types (the last one is the element type when
 * variadic) and an implementation. Arguments arrive already checked against the parameter types, as
 * Go's reflection would.
 */
public record GoFunc(String name, GoType[] params, boolean variadic, Impl impl) {
  /** The function body. */
  @FunctionalInterface
  public interface Impl {
    Object call(Object[] args) throws FuncException;
  }

  /** A fixed-arity function. */
  public static GoFunc of(String name, Impl impl, GoType... params) {
    return new GoFunc(name, params, false, impl);
  }

  /** A variadic function; the last type is the element type of the variadic part. */
  public static GoFunc variadic(String name, Impl impl, GoType... params) {
    return new GoFunc(name, params, true, impl);
  }
}
