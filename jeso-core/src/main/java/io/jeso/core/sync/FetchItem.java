package io.jeso.core.sync;

import io.jeso.core.store.StoreRef;
import java.util.Objects;

/**
 * One entry of a {@link FetchPlan}: which spec entry it serves, through which store, and the call
 * to make.
 *
 * @param source {@code data} or {@code dataFrom}
 * @param index the entry's index in that list
 * @param store the store to call; null for a generator
 * @param request the call
 */
public record FetchItem(Source source, int index, StoreRef store, FetchRequest request) {
  public FetchItem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(request, "request");
  }

  /** The spec list an item comes from. */
  public enum Source {
    DATA_FROM("spec.dataFrom"),
    DATA("spec.data");

    private final String path;

    Source(String path) {
      this.path = path;
    }

    /** The JSON path of the list, for messages. */
    public String path() {
      return path;
    }
  }

  /** {@code spec.data[2]}, for messages. */
  public String path() {
    return source.path() + "[" + index + "]";
  }
}
