package io.jeso.template.exec;

import java.util.Collection;
import java.util.Map;

/**
 * Size checks for values, against the limits of the execution running on this thread. Functions
 * that allocate from a count argument ({@code until}, {@code repeat}, ...) call {@link #bytes} or
 * {@link #elements} before allocating; the evaluator checks every function result with {@link
 * #check}. Functions run synchronously inside {@link Executor#execute}, so a thread-local is enough
 * to reach the limits without changing every function's signature.
 */
public final class ValueLimits {
  private static final ThreadLocal<Limits> CURRENT = new ThreadLocal<>();

  private ValueLimits() {}

  /** A value would exceed a limit; the evaluator turns it into a LIMIT error at the call. */
  public static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exceeded(String message) {
      super(message, null, false, false);
    }
  }

  static Limits enter(Limits l) {
    Limits prev = CURRENT.get();
    CURRENT.set(l);
    return prev;
  }

  static void exit(Limits prev) {
    if (prev == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(prev);
    }
  }

  static Limits current() {
    Limits l = CURRENT.get();
    return l == null ? Limits.DEFAULT : l;
  }

  /** Fails if a string or byte value of {@code n} bytes would exceed the limit. */
  public static void bytes(long n) {
    long max = current().maxValueBytes();
    if (n < 0 || n > max) {
      throw new Exceeded("value exceeded the limit of " + max + " bytes");
    }
  }

  /** Fails if a list or map of {@code n} elements would exceed the limit. */
  public static void elements(long n) {
    long max = current().maxCollectionSize();
    if (n < 0 || n > max) {
      throw new Exceeded("collection exceeded the limit of " + max + " elements");
    }
  }

  /** {@code a * b} saturating at Long.MAX_VALUE (for size estimates of non-negative counts). */
  public static long times(long a, long b) {
    if (a <= 0 || b <= 0) {
      return 0;
    }
    return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
  }

  /** Checks a function's result (shallow: its own length or element count). */
  static void check(Object v) {
    if (v instanceof String s) {
      bytes(s.length());
    } else if (v instanceof byte[] b) {
      bytes(b.length);
    } else if (v instanceof Collection<?> c) {
      elements(c.size());
    } else if (v instanceof Map<?, ?> m) {
      elements(m.size());
    }
  }

  /**
   * A lower bound of the bytes printing or serializing {@code v} takes (string bytes, one per other
   * scalar and per collection), counted only until it passes {@code cap}, so the walk is cheap even
   * for a list that holds the same large string many times. Lists and maps share elements, so such
   * a value can be small in memory and still huge when printed.
   */
  static long printedSize(Object v, long cap) {
    return new Walk(cap).size(v, 0);
  }

  private static final class Walk {
    private final long cap;
    private long total;

    Walk(long cap) {
      this.cap = cap;
    }

    long size(Object v, int depth) {
      if (total > cap || depth > 10_000) {
        return total;
      }
      if (v instanceof String s) {
        total += s.length();
      } else if (v instanceof byte[] b) {
        total += b.length;
      } else if (v instanceof Collection<?> c) {
        total++;
        for (Object e : c) {
          if (size(e, depth + 1) > cap) {
            break;
          }
        }
      } else if (v instanceof Map<?, ?> m) {
        total++;
        for (Map.Entry<?, ?> e : m.entrySet()) {
          size(e.getKey(), depth + 1);
          if (size(e.getValue(), depth + 1) > cap) {
            break;
          }
        }
      } else if (v != null) {
        total++;
      }
      return total;
    }
  }
}
