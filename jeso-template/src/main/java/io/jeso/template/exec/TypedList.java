package io.jeso.template.exec;

import java.util.ArrayList;
import java.util.Collection;

/**
 * A Go slice with a concrete element type, e.g. {@code []string}. A plain {@link java.util.List} is
 * {@code []interface {}}.
 */
public final class TypedList extends ArrayList<Object> {
  private static final long serialVersionUID = 1L;
  private final GoType elem;

  public TypedList(GoType elem) {
    this.elem = elem;
  }

  public TypedList(GoType elem, Collection<?> items) {
    super(items);
    this.elem = elem;
  }

  public GoType elem() {
    return elem;
  }

  /** A []string. */
  public static TypedList strings(Collection<String> items) {
    return new TypedList(GoType.STRING, items);
  }
}
