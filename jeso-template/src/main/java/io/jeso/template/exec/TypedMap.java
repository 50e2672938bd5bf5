package io.jeso.template.exec;

import java.util.HashMap;
import java.util.Map;

/**
 * A Go map with string keys and a concrete element type, e.g. {@code map[string]string} (the data
 * ESO gives its templates). A plain {@link java.util.Map} is {@code map[string]interface {}}.
 */
public final class TypedMap extends HashMap<String, Object> {
  private static final long serialVersionUID = 1L;
  private final GoType elem;

  public TypedMap(GoType elem) {
    this.elem = elem;
  }

  public TypedMap(GoType elem, Map<String, ?> items) {
    super(items);
    this.elem = elem;
  }

  public GoType elem() {
    return elem;
  }
}
