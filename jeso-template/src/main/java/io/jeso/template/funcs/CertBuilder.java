package io.jeso.template.funcs;

import io.jeso.template.exec.FuncException;
import io.jeso.template.parse.BStr;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.DSAPrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.DSAPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds X.509 v3 certificates the way Go's x509.CreateCertificate lays them out for sprig's
 * templates.
 */
final class CertBuilder {
  private static final SecureRandom RANDOM = new SecureRandom();

  private CertBuilder() {}

  static byte[] build(
      String cn,
      List<byte[]> ips,
      List<String> dns,
      long days,
      boolean isCa,
      KeyPair subject,
      X509Certificate signer,
      PrivateKey signerKey)
      throws FuncException {
    PrivateKey signing = signer == null ? subject.getPrivate() : signerKey;
    byte[] algId = algorithm(signing);
    byte[] name = name(BStr.toJava(cn));
    byte[] issuer = signer == null ? name : signer.getSubjectX500Principal().getEncoded();
    ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC).withNano(0);
    byte[] spki = subject.getPublic().getEncoded();
    List<byte[]> ext = new ArrayList<>();
    ext.add(extension("2.5.29.15", true, keyUsage(isCa)));
    ext.add(
        extension(
            "2.5.29.37",
            false,
            Der.seq(Der.oid("1.3.6.1.5.5.7.3.1"), Der.oid("1.3.6.1.5.5.7.3.2"))));
    ext.add(
        extension(
            "2.5.29.19",
            true,
            isCa ? Der.seq(Der.tlv(0x01, new byte[] {(byte) 0xFF})) : Der.seq()));
    if (isCa) {
      ext.add(extension("2.5.29.14", false, Der.octets(skid(spki))));
    }
    if (signer != null && signer.getExtensionValue("2.5.29.14") != null) {
      byte[] outer = signer.getExtensionValue("2.5.29.14");
      byte[] inner = java.util.Arrays.copyOfRange(outer, Der.read(outer, 0)[1], outer.length);
      int[] t = Der.read(inner, 0);
      byte[] id = java.util.Arrays.copyOfRange(inner, t[1], t[1] + t[2]);
      ext.add(extension("2.5.29.35", false, Der.seq(Der.tlv(0x80, id))));
    }
    if (!ips.isEmpty() || !dns.isEmpty()) {
      List<byte[]> names = new ArrayList<>();
      for (String d : dns) {
        names.add(Der.tlv(0x82, BStr.bytes(d)));
      }
      for (byte[] ip : ips) {
        names.add(Der.tlv(0x87, ip));
      }
      ext.add(extension("2.5.29.17", false, Der.seq(names.toArray(new byte[0][]))));
    }
    byte[] tbs =
        Der.seq(
            Der.explicit(0, Der.integer(2)),
            Der.integer(new BigInteger(128, RANDOM)),
            algId,
            issuer,
            Der.seq(time(now), time(now.plusHours(24 * days))),
            name,
            spki,
            Der.explicit(3, Der.seq(ext.toArray(new byte[0][]))));
    try {
      Signature s = Signature.getInstance(signatureName(signing));
      s.initSign(signing, RANDOM);
      s.update(tbs);
      return Der.seq(tbs, algId, Der.bitString(s.sign()));
    } catch (GeneralSecurityException e) {
      throw new FuncException("error creating certificate: " + e.getClass().getSimpleName());
    }
  }

  private static byte[] extension(String oid, boolean critical, byte[] value) {
    return critical
        ? Der.seq(Der.oid(oid), Der.tlv(0x01, new byte[] {(byte) 0xFF}), Der.octets(value))
        : Der.seq(Der.oid(oid), Der.octets(value));
  }

  private static byte[] keyUsage(boolean isCa) {
    return isCa
        ? new byte[] {0x03, 0x02, 0x02, (byte) 0xA4}
        : new byte[] {0x03, 0x02, 0x05, (byte) 0xA0};
  }

  private static byte[] skid(byte[] spki) throws FuncException {
    int[] outer = Der.read(spki, 0);
    int[] alg = Der.read(spki, outer[1]);
    int bitOff = outer[1] + alg[1] + alg[2];
    int[] bit = Der.read(spki, bitOff);
    byte[] key = java.util.Arrays.copyOfRange(spki, bitOff + bit[1] + 1, bitOff + bit[1] + bit[2]);
    try {
      return MessageDigest.getInstance("SHA-1").digest(key);
    } catch (GeneralSecurityException e) {
      throw new FuncException("sha1 unavailable");
    }
  }

  private static byte[] name(String cn) {
    if (cn.isEmpty()) {
      return Der.seq();
    }
    boolean printable =
        cn.chars()
            .allMatch(
                c ->
                    (c >= 'a' && c <= 'z')
                        || (c >= 'A' && c <= 'Z')
                        || (c >= '0' && c <= '9')
                        || " '()+,-./:=?".indexOf(c) >= 0);
    byte[] value =
        Der.tlv(printable ? 0x13 : 0x0C, cn.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return Der.seq(Der.tlv(0x31, Der.seq(Der.oid("2.5.4.3"), value)));
  }

  private static byte[] time(ZonedDateTime t) {
    int y = t.getYear();
    if (y >= 1950 && y < 2050) {
      return Der.tlv(0x17, DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").format(t).getBytes());
    }
    return Der.tlv(0x18, DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").format(t).getBytes());
  }

  private static byte[] algorithm(PrivateKey k) throws FuncException {
    return switch (k.getAlgorithm()) {
      case "RSA" -> Der.seq(Der.oid("1.2.840.113549.1.1.11"), Der.nul());
      case "EC" ->
          Der.seq(
              Der.oid(
                  ecSize(k) > 48
                      ? "1.2.840.10045.4.3.4"
                      : ecSize(k) > 32 ? "1.2.840.10045.4.3.3" : "1.2.840.10045.4.3.2"));
      case "Ed25519", "EdDSA" -> Der.seq(Der.oid("1.3.101.112"));
      default -> throw new FuncException("error creating certificate: x509: unsupported key type");
    };
  }

  private static int ecSize(PrivateKey k) {
    return (((ECPrivateKey) k).getParams().getCurve().getField().getFieldSize() + 7) / 8;
  }

  private static String signatureName(PrivateKey k) {
    return switch (k.getAlgorithm()) {
      case "RSA" -> "SHA256withRSA";
      case "EC" ->
          ecSize(k) > 48
              ? "SHA512withECDSA"
              : ecSize(k) > 32 ? "SHA384withECDSA" : "SHA256withECDSA";
      default -> "Ed25519";
    };
  }

  /**
   * The public key of an RSA or DSA private key (EC and Ed25519 keys need their PEM's public part).
   */
  static PublicKey publicOf(PrivateKey k) throws GeneralSecurityException {
    if (k instanceof RSAPrivateCrtKey r) {
      return KeyFactory.getInstance("RSA")
          .generatePublic(new RSAPublicKeySpec(r.getModulus(), r.getPublicExponent()));
    }
    if (k instanceof DSAPrivateKey d) {
      var p = d.getParams();
      BigInteger y = p.getG().modPow(d.getX(), p.getP());
      return KeyFactory.getInstance("DSA")
          .generatePublic(new DSAPublicKeySpec(y, p.getP(), p.getQ(), p.getG()));
    }
    throw new GeneralSecurityException("unsupported key type for deriving the public key");
  }

  /** net.ParseIP: 4 bytes for IPv4, 16 for IPv6; null when invalid. */
  static byte[] parseIp(String s) {
    if (s.indexOf(':') < 0) {
      String[] p = s.split("\\.", -1);
      if (p.length != 4) {
        return null;
      }
      byte[] b = new byte[16];
      b[10] = (byte) 0xFF;
      b[11] = (byte) 0xFF;
      for (int i = 0; i < 4; i++) {
        if (!p[i].matches("[0-9]{1,3}") || (p[i].length() > 1 && p[i].charAt(0) == '0')) {
          return null;
        }
        int v = Integer.parseInt(p[i]);
        if (v > 255) {
          return null;
        }
        b[12 + i] = (byte) v;
      }
      return java.util.Arrays.copyOfRange(b, 12, 16);
    }
    return parseIp6(s);
  }

  private static byte[] parseIp6(String s) {
    int dbl = s.indexOf("::");
    if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
      return null;
    }
    List<Integer> head = groups(dbl < 0 ? s : s.substring(0, dbl));
    List<Integer> tail = dbl < 0 ? List.of() : groups(s.substring(dbl + 2));
    if (head == null || tail == null) {
      return null;
    }
    int total = head.size() + tail.size();
    if ((dbl < 0 && total != 8) || (dbl >= 0 && total > 7)) {
      return null;
    }
    byte[] b = new byte[16];
    for (int i = 0; i < head.size(); i++) {
      b[2 * i] = (byte) (head.get(i) >> 8);
      b[2 * i + 1] = (byte) (int) head.get(i);
    }
    for (int i = 0; i < tail.size(); i++) {
      int at = 8 - tail.size() + i;
      b[2 * at] = (byte) (tail.get(i) >> 8);
      b[2 * at + 1] = (byte) (int) tail.get(i);
    }
    return b;
  }

  private static List<Integer> groups(String s) {
    List<Integer> out = new ArrayList<>();
    if (s.isEmpty()) {
      return out;
    }
    for (String g : s.split(":", -1)) {
      if (!g.matches("[0-9a-fA-F]{1,4}")) {
        return null;
      }
      out.add(Integer.parseInt(g, 16));
    }
    return out;
  }
}
