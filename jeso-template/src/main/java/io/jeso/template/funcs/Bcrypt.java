package io.jeso.template.funcs;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * bcrypt ($2a$), as golang.org/x/crypto/bcrypt generates it. Blowfish's initial tables are the
 * hexadecimal digits of pi; they are computed once (Machin's formula in integer arithmetic) rather
 * than spelled out here.
 */
final class Bcrypt {
  private static final String ALPHABET =
      "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static volatile int[] piWords;

  private Bcrypt() {}

  /**
   * The first 1042 32-bit words of pi's fractional part in hexadecimal (P-array, then the four
   * S-boxes).
   */
  private static int[] pi() {
    int[] w = piWords;
    if (w == null) {
      int bits = 1042 * 32 + 64;
      BigInteger one = BigInteger.ONE.shiftLeft(bits);
      BigInteger p = atanInv(5, one).shiftLeft(4).subtract(atanInv(239, one).shiftLeft(2));
      BigInteger frac = p.subtract(BigInteger.valueOf(3).shiftLeft(bits)).shiftRight(64);
      w = new int[1042];
      for (int i = 0; i < 1042; i++) {
        w[i] = frac.shiftRight((1041 - i) * 32).intValue();
      }
      piWords = w;
    }
    return w;
  }

  /** atan(1/x) scaled by one. */
  private static BigInteger atanInv(int x, BigInteger one) {
    BigInteger x2 = BigInteger.valueOf((long) x * x);
    BigInteger term = one.divide(BigInteger.valueOf(x));
    BigInteger sum = term;
    for (int k = 1; term.signum() != 0; k++) {
      term = term.divide(x2);
      BigInteger t = term.divide(BigInteger.valueOf(2L * k + 1));
      sum = (k & 1) == 1 ? sum.subtract(t) : sum.add(t);
    }
    return sum;
  }

  private static final class Blowfish {
    final int[] p = new int[18];
    final int[][] s = new int[4][256];

    Blowfish() {
      int[] w = pi();
      System.arraycopy(w, 0, p, 0, 18);
      for (int b = 0; b < 4; b++) {
        System.arraycopy(w, 18 + 256 * b, s[b], 0, 256);
      }
    }

    private int f(int x) {
      return ((s[0][x >>> 24] + s[1][(x >>> 16) & 0xFF]) ^ s[2][(x >>> 8) & 0xFF]) + s[3][x & 0xFF];
    }

    long encrypt(int l, int r) {
      l ^= p[0];
      for (int i = 1; i < 17; i += 2) {
        r ^= f(l) ^ p[i];
        l ^= f(r) ^ p[i + 1];
      }
      r ^= p[17];
      return ((long) r << 32) | (l & 0xFFFFFFFFL);
    }

    static int nextWord(byte[] b, int[] j) {
      int d = 0;
      for (int k = 0; k < 4; k++) {
        d = (d << 8) | (b[j[0]] & 0xFF);
        j[0] = (j[0] + 1) % b.length;
      }
      return d;
    }

    void expand(byte[] key, byte[] salt) {
      int[] j = {0};
      for (int i = 0; i < 18; i++) {
        p[i] ^= nextWord(key, j);
      }
      int[] sj = {0};
      int l = 0;
      int r = 0;
      for (int i = 0; i < 18 + 4 * 256; i += 2) {
        if (salt != null) {
          l ^= nextWord(salt, sj);
          r ^= nextWord(salt, sj);
        }
        long lr = encrypt(l, r);
        l = (int) (lr >>> 32);
        r = (int) lr;
        if (i < 18) {
          p[i] = l;
          p[i + 1] = r;
        } else {
          int box = (i - 18) / 256;
          int idx = (i - 18) % 256;
          s[box][idx] = l;
          s[box][idx + 1] = r;
        }
      }
    }
  }

  /** Hashes a password (byte string) with a random salt: "$2a$COST$...". */
  static String hash(byte[] password, int cost) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return hash(password, cost, salt);
  }

  static String hash(byte[] password, int cost, byte[] salt) {
    byte[] key = new byte[password.length + 1];
    System.arraycopy(password, 0, key, 0, password.length);
    Blowfish bf = new Blowfish();
    bf.expand(key, salt);
    for (long i = 0; i < (1L << cost); i++) {
      bf.expand(key, null);
      bf.expand(salt, null);
    }
    byte[] magic = "OrpheanBeholderScryDoubt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    for (int i = 0; i < 24; i += 8) {
      int l = word(magic, i);
      int r = word(magic, i + 4);
      for (int k = 0; k < 64; k++) {
        long lr = bf.encrypt(l, r);
        l = (int) (lr >>> 32);
        r = (int) lr;
      }
      putWord(magic, i, l);
      putWord(magic, i + 4, r);
    }
    byte[] crypted = java.util.Arrays.copyOf(magic, 23);
    return "$2a$" + (cost < 10 ? "0" : "") + cost + "$" + encode(salt) + encode(crypted);
  }

  private static int word(byte[] b, int o) {
    return ((b[o] & 0xFF) << 24)
        | ((b[o + 1] & 0xFF) << 16)
        | ((b[o + 2] & 0xFF) << 8)
        | (b[o + 3] & 0xFF);
  }

  private static void putWord(byte[] b, int o, int v) {
    b[o] = (byte) (v >>> 24);
    b[o + 1] = (byte) (v >>> 16);
    b[o + 2] = (byte) (v >>> 8);
    b[o + 3] = (byte) v;
  }

  /** bcrypt's base64 (its own alphabet, no padding). */
  static String encode(byte[] src) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < src.length) {
      int n = Math.min(3, src.length - i);
      int v = 0;
      for (int k = 0; k < 3; k++) {
        v = (v << 8) | (k < n ? src[i + k] & 0xFF : 0);
      }
      for (int k = 0; k < n + 1; k++) {
        sb.append(ALPHABET.charAt((v >> (18 - 6 * k)) & 0x3F));
      }
      i += 3;
    }
    return sb.toString();
  }
}
