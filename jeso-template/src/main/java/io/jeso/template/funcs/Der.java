package io.jeso.template.funcs;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/** A minimal DER writer for the key encodings Go's crypto/x509 produces. */
final class Der {
  private Der() {}

  static byte[] tlv(int tag, byte[]... parts) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      body.writeBytes(p);
    }
    byte[] b = body.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int n = b.length;
    if (n < 0x80) {
      out.write(n);
    } else if (n < 0x100) {
      out.write(0x81);
      out.write(n);
    } else if (n < 0x10000) {
      out.write(0x82);
      out.write(n >> 8);
      out.write(n);
    } else {
      out.write(0x83);
      out.write(n >> 16);
      out.write(n >> 8);
      out.write(n);
    }
    out.writeBytes(b);
    return out.toByteArray();
  }

  static byte[] seq(byte[]... parts) {
    return tlv(0x30, parts);
  }

  static byte[] integer(BigInteger v) {
    return tlv(0x02, v.toByteArray());
  }

  static byte[] integer(long v) {
    return integer(BigInteger.valueOf(v));
  }

  static byte[] octets(byte[] b) {
    return tlv(0x04, b);
  }

  static byte[] bitString(byte[] b) {
    byte[] withPad = new byte[b.length + 1];
    System.arraycopy(b, 0, withPad, 1, b.length);
    return tlv(0x03, withPad);
  }

  static byte[] nul() {
    return new byte[] {0x05, 0x00};
  }

  /** An OBJECT IDENTIFIER from dotted form. */
  static byte[] oid(String dotted) {
    String[] p = dotted.split("\\.");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(Integer.parseInt(p[0]) * 40 + Integer.parseInt(p[1]));
    for (int i = 2; i < p.length; i++) {
      long v = Long.parseLong(p[i]);
      byte[] tmp = new byte[10];
      int k = tmp.length;
      tmp[--k] = (byte) (v & 0x7F);
      v >>= 7;
      while (v > 0) {
        tmp[--k] = (byte) (0x80 | (v & 0x7F));
        v >>= 7;
      }
      out.write(tmp, k, tmp.length - k);
    }
    return tlv(0x06, out.toByteArray());
  }

  /** Explicitly tagged [n] constructed. */
  static byte[] explicit(int n, byte[] inner) {
    return tlv(0xA0 | n, inner);
  }

  /** Unsigned big-endian bytes of a fixed length. */
  static byte[] fixed(BigInteger v, int len) {
    byte[] b = v.toByteArray();
    byte[] out = new byte[len];
    int copy = Math.min(b.length, len);
    System.arraycopy(b, b.length - copy, out, len - copy, copy);
    return out;
  }

  /** Reads one TLV at offset: returns {tag, headerLength, contentLength}. */
  static int[] read(byte[] d, int off) {
    int tag = d[off] & 0xFF;
    int len = d[off + 1] & 0xFF;
    int hdr = 2;
    if (len >= 0x80) {
      int n = len & 0x7F;
      len = 0;
      for (int i = 0; i < n; i++) {
        len = (len << 8) | (d[off + 2 + i] & 0xFF);
      }
      hdr += n;
    }
    return new int[] {tag, hdr, len};
  }
}
