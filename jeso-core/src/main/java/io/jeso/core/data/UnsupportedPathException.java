package io.jeso.core.data;

/**
 * A {@code property} path uses gjson syntax that jeso does not implement; see {@link JsonProperty}.
 */
public final class UnsupportedPathException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public UnsupportedPathException(String path, String what) {
    super(
        "property "
            + path
            + " uses JSON path syntax jeso does not support: "
            + what
            + "; supported are a.b.c, escaped dots a\\.b, array indexes a.0, wildcards * and ?, and a trailing #");
  }
}
