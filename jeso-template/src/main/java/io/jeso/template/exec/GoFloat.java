package io.jeso.template.exec;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Go's strconv.FormatFloat for 64-bit floats, verbs e E f g G (shortest when prec < 0). */
public final class GoFloat {
  private GoFloat() {}

  /** Decimal digits (no trailing zeros) and decimal point position: value = 0.digits × 10^dp. */
  private record Digits(String d, int dp) {
    int nd() {
      return d.length();
    }
  }

  public static String format(double v, char fmt, int prec) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "+Inf" : "-Inf";
    }
    boolean neg = (Double.doubleToRawLongBits(v) < 0);
    if (fmt == 'x' || fmt == 'X') {
      String h = hex(Math.abs(v), prec);
      h = (neg ? "-" : "") + h;
      return fmt == 'X' ? h.toUpperCase(java.util.Locale.ROOT) : h;
    }
    double a = Math.abs(v);
    boolean shortest = prec < 0;
    Digits digs;
    char lower = Character.toLowerCase(fmt);
    if (shortest) {
      digs = shortest(a);
      prec =
          switch (lower) {
            case 'e' -> Math.max(digs.nd() - 1, 0);
            case 'f' -> Math.max(digs.nd() - digs.dp(), 0);
            default -> digs.nd();
          };
    } else {
      switch (lower) {
        case 'e' -> digs = roundSig(a, prec + 1);
        case 'f' -> digs = roundFixed(a, prec);
        default -> {
          if (prec == 0) {
            prec = 1;
          }
          digs = roundSig(a, prec);
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    if (neg) {
      sb.append('-');
    }
    switch (lower) {
      case 'e' -> fmtE(sb, digs, prec, fmt);
      case 'f' -> fmtF(sb, digs, prec);
      default -> fmtG(sb, digs, prec, shortest, fmt);
    }
    return sb.toString();
  }

  /** %x: hexadecimal mantissa and binary exponent, as Go's 'x' format (shortest when prec < 0). */
  private static String hex(double a, int prec) {
    if (a == 0) {
      return prec > 0 ? "0x0." + "0".repeat(prec) + "p+00" : "0x0p+00";
    }
    long bits = Double.doubleToRawLongBits(a);
    int exp = (int) ((bits >> 52) & 0x7FF);
    long mant = bits & ((1L << 52) - 1);
    if (exp == 0) {
      int shift = Long.numberOfLeadingZeros(mant) - 11;
      mant = (mant << shift) & ((1L << 52) - 1);
      exp = 1 - shift;
    }
    exp -= 1023;
    String digits = String.format("%013x", mant);
    if (prec >= 0 && prec < 13) {
      java.math.BigInteger full =
          java.math.BigInteger.ONE.shiftLeft(52).or(java.math.BigInteger.valueOf(mant));
      int drop = (13 - prec) * 4;
      java.math.BigInteger[] qr = full.divideAndRemainder(java.math.BigInteger.ONE.shiftLeft(drop));
      java.math.BigInteger q = qr[0];
      int cmp = qr[1].shiftLeft(1).compareTo(java.math.BigInteger.ONE.shiftLeft(drop));
      if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
        q = q.add(java.math.BigInteger.ONE);
      }
      if (q.bitLength() > 1 + prec * 4) {
        q = q.shiftRight(1);
        exp++;
      }
      String t = q.toString(16);
      digits = prec == 0 ? "" : t.substring(1);
      digits = "0".repeat(Math.max(0, prec - digits.length())) + digits;
    } else {
      digits = digits.replaceAll("0+$", "");
      if (prec > 13) {
        digits = digits + "0".repeat(prec - digits.length());
      }
    }
    StringBuilder sb = new StringBuilder("0x1");
    if (!digits.isEmpty()) {
      sb.append('.').append(digits);
    }
    sb.append('p').append(exp < 0 ? '-' : '+');
    int e = Math.abs(exp);
    if (e < 10) {
      sb.append('0');
    }
    return sb.append(e).toString();
  }

  /** strconv.FormatFloat(f, 'g', -1, 32): the shortest float32 representation. */
  public static String formatFloat32(float f) {
    if (Float.isNaN(f) || Float.isInfinite(f)) {
      return format(f, 'g', -1);
    }
    StringBuilder sb = new StringBuilder();
    if (Float.floatToRawIntBits(f) < 0) {
      sb.append('-');
    }
    Digits d = f == 0 ? new Digits("", 0) : fromBig(new BigDecimal(Float.toString(Math.abs(f))));
    fmtG(sb, d, d.nd(), true, 'g');
    return sb.toString();
  }

  private static void fmtG(StringBuilder sb, Digits digs, int prec, boolean shortest, char fmt) {
    int eprec = prec;
    if (eprec > digs.nd() && digs.nd() >= digs.dp()) {
      eprec = digs.nd();
    }
    if (shortest) {
      eprec = 6;
    }
    int exp = digs.dp() - 1;
    if (exp < -4 || exp >= eprec) {
      if (prec > digs.nd()) {
        prec = digs.nd();
      }
      fmtE(sb, digs, prec - 1, fmt == 'G' ? 'E' : 'e');
      return;
    }
    if (prec > digs.dp()) {
      prec = digs.nd();
    }
    fmtF(sb, digs, Math.max(prec - digs.dp(), 0));
  }

  private static void fmtE(StringBuilder sb, Digits digs, int prec, char fmt) {
    String d = digs.d();
    sb.append(d.isEmpty() ? '0' : d.charAt(0));
    if (prec > 0) {
      sb.append('.');
      int i = 1;
      int m = Math.min(d.length(), prec + 1);
      if (i < m) {
        sb.append(d, i, m);
        i = m;
      }
      for (; i <= prec; i++) {
        sb.append('0');
      }
    }
    sb.append(fmt);
    int exp = digs.dp() - 1;
    if (d.isEmpty()) {
      exp = 0;
    }
    sb.append(exp < 0 ? '-' : '+');
    exp = Math.abs(exp);
    if (exp < 10) {
      sb.append('0').append(exp);
    } else {
      sb.append(exp);
    }
  }

  private static void fmtF(StringBuilder sb, Digits digs, int prec) {
    String d = digs.d();
    if (digs.dp() > 0) {
      int m = Math.min(d.length(), digs.dp());
      sb.append(d, 0, m);
      for (; m < digs.dp(); m++) {
        sb.append('0');
      }
    } else {
      sb.append('0');
    }
    if (prec > 0) {
      sb.append('.');
      for (int i = 1; i <= prec; i++) {
        int j = digs.dp() + i - 1;
        sb.append(j >= 0 && j < d.length() ? d.charAt(j) : '0');
      }
    }
  }

  private static Digits shortest(double a) {
    if (a == 0) {
      return new Digits("", 0);
    }
    Digits d = fromBig(new BigDecimal(Double.toString(a)));
    if (d.nd() == 2) {
      // Java prints at least two digits; Go's shortest may need only one.
      BigDecimal one = new BigDecimal(a).round(new MathContext(1, RoundingMode.HALF_EVEN));
      if (one.doubleValue() == a) {
        return fromBig(one);
      }
    }
    return d;
  }

  private static Digits fromBig(BigDecimal bd) {
    if (bd.signum() == 0) {
      return new Digits("", 0);
    }
    BigDecimal s = bd.stripTrailingZeros();
    String digits = s.unscaledValue().toString();
    int dp = digits.length() - s.scale();
    return new Digits(digits, dp);
  }

  private static Digits roundSig(double a, int sig) {
    if (a == 0) {
      return new Digits("", 0);
    }
    return fromBig(new BigDecimal(a).round(new MathContext(sig, RoundingMode.HALF_EVEN)));
  }

  private static Digits roundFixed(double a, int prec) {
    if (a == 0) {
      return new Digits("", 0);
    }
    return fromBig(new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN));
  }
}
