package io.jeso.template.exec;

/** Go's text/template comparison functions (eq, lt, le) with their type rules. */
final class Compare {
  private enum Kind {
    INVALID,
    BOOL,
    INT,
    FLOAT,
    STRING,
    UINT
  }

  private Compare() {}

  private static Kind kind(Object v) {
    if (v instanceof Boolean) {
      return Kind.BOOL;
    }
    if (v instanceof Long) {
      return Kind.INT;
    }
    if (v instanceof GoInt gi) {
      return gi.isUnsigned() ? Kind.UINT : Kind.INT;
    }
    if (v instanceof Double) {
      return Kind.FLOAT;
    }
    if (v instanceof String) {
      return Kind.STRING;
    }
    return Kind.INVALID;
  }

  private static long lv(Object v) {
    return Values.intValue(v);
  }

  private static Object strip(Object v) {
    return v == Values.NIL_IFACE ? null : v;
  }

  static boolean eq(Object[] a) throws FuncException {
    Object arg1 = strip(a[0]);
    if (a.length < 2) {
      throw new FuncException("missing argument for comparison");
    }
    Kind k1 = kind(arg1);
    for (int i = 1; i < a.length; i++) {
      Object arg = strip(a[i]);
      Kind k2 = kind(arg);
      boolean truth = false;
      if (k1 != k2) {
        if (k1 == Kind.INT && k2 == Kind.UINT) {
          truth = lv(arg1) >= 0 && Long.compareUnsigned(lv(arg1), lv(arg)) == 0;
        } else if (k1 == Kind.UINT && k2 == Kind.INT) {
          truth = lv(arg) >= 0 && Long.compareUnsigned(lv(arg1), lv(arg)) == 0;
        } else if (arg1 != null && arg != null) {
          throw new FuncException(
              "incompatible types for comparison: "
                  + Values.typeOf(arg1)
                  + " and "
                  + Values.typeOf(arg));
        }
      } else {
        truth = sameKindEqual(k1, arg1, arg);
      }
      if (truth) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameKindEqual(Kind k, Object x, Object y) throws FuncException {
    switch (k) {
      case BOOL, STRING:
        return x.equals(y);
      case FLOAT:
        return (double) (Double) x == (double) (Double) y;
      case INT, UINT:
        return lv(x) == lv(y);
      default:
        if (x == null || y == null) {
          return x == null && y == null;
        }
        GoType tx = Values.typeOf(x);
        GoType ty = Values.typeOf(y);
        if (tx.kind() != ty.kind()) {
          throw new FuncException("non-comparable types: " + tx + ", " + ty);
        }
        if (tx.kind() == GoType.Kind.MAP
            || tx.kind() == GoType.Kind.SLICE
            || tx.kind() == GoType.Kind.FUNC) {
          throw new FuncException("non-comparable type: " + ty);
        }
        return x.equals(y);
    }
  }

  static boolean lt(Object a1, Object a2) throws FuncException {
    Object arg1 = strip(a1);
    Object arg2 = strip(a2);
    Kind k1 = kind(arg1);
    Kind k2 = kind(arg2);
    if (k1 == Kind.INVALID || k2 == Kind.INVALID) {
      throw new FuncException("invalid type for comparison");
    }
    if (k1 != k2) {
      if (k1 == Kind.INT && k2 == Kind.UINT) {
        return lv(arg1) < 0 || Long.compareUnsigned(lv(arg1), lv(arg2)) < 0;
      } else if (k1 == Kind.UINT && k2 == Kind.INT) {
        return lv(arg2) >= 0 && Long.compareUnsigned(lv(arg1), lv(arg2)) < 0;
      }
      throw new FuncException(
          "incompatible types for comparison: "
              + Values.typeOf(arg1)
              + " and "
              + Values.typeOf(arg2));
    }
    return switch (k1) {
      case BOOL -> throw new FuncException("invalid type for comparison");
      case FLOAT -> (Double) arg1 < (Double) arg2;
      case INT -> lv(arg1) < lv(arg2);
      case UINT -> Long.compareUnsigned(lv(arg1), lv(arg2)) < 0;
      case STRING -> ((String) arg1).compareTo((String) arg2) < 0;
      default -> throw new FuncException("invalid type for comparison");
    };
  }

  static boolean le(Object a1, Object a2) throws FuncException {
    return lt(a1, a2) || eq(new Object[] {a1, a2});
  }
}
