package io.jeso.provider.vault.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PEM certificates and private keys with the JDK alone. Keys come as PKCS#8 ({@code PRIVATE
 * KEY}), PKCS#1 RSA ({@code RSA PRIVATE KEY}, cert-manager's default) or SEC1 EC ({@code EC PRIVATE
 * KEY}, what {@code openssl ecparam -genkey} writes); the last two are wrapped into PKCS#8, which
 * is all the JDK reads. Errors say what is wrong with the text, never what the text is.
 */
public final class Pem {
  private static final Pattern BLOCK =
      Pattern.compile(
          "-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]*?)-----END \\1-----", Pattern.DOTALL);
  private static final byte[] RSA_OID = {
    0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01
  };
  private static final byte[] EC_OID = {
    0x06, 0x07, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x02, 0x01
  };

  private Pem() {}

  /** Every certificate in {@code pem}; fails when there is none. */
  public static List<X509Certificate> certificates(byte[] pem) throws PemException {
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      List<X509Certificate> out = new ArrayList<>();
      for (var c : factory.generateCertificates(new ByteArrayInputStream(pem))) {
        out.add((X509Certificate) c);
      }
      if (out.isEmpty()) {
        throw new PemException("no PEM certificate found");
      }
      return out;
    } catch (CertificateException e) {
      throw new PemException("not a valid PEM certificate (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** The first private key in {@code pem}. */
  public static PrivateKey privateKey(byte[] pem) throws PemException {
    Matcher m = BLOCK.matcher(new String(pem, StandardCharsets.US_ASCII));
    while (m.find()) {
      String type = m.group(1);
      if (!type.endsWith("PRIVATE KEY")) {
        continue;
      }
      byte[] der;
      try {
        der = Base64.getMimeDecoder().decode(m.group(2));
      } catch (IllegalArgumentException e) {
        throw new PemException("the PEM private key is not valid base64");
      }
      return switch (type) {
        case "PRIVATE KEY" -> pkcs8(der);
        case "RSA PRIVATE KEY" -> pkcs8(wrap(RSA_OID, new byte[] {0x05, 0x00}, der));
        case "EC PRIVATE KEY" -> pkcs8(wrap(EC_OID, sec1Curve(der), der));
        default ->
            throw new PemException(
                "unsupported PEM key type " + type + " (encrypted keys are not supported)");
      };
    }
    throw new PemException("no PEM private key found");
  }

  private static PrivateKey pkcs8(byte[] der) throws PemException {
    PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
    for (String algorithm : List.of("RSA", "EC", "Ed25519", "EdDSA")) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(spec);
      } catch (GeneralSecurityException e) {
        // not this algorithm; try the next
      }
    }
    throw new PemException("the PEM private key is not an RSA, EC or Ed25519 key");
  }

  /** PKCS#8: SEQUENCE { INTEGER 0, SEQUENCE { algorithm OID, parameters }, OCTET STRING key }. */
  private static byte[] wrap(byte[] algorithmOid, byte[] parameters, byte[] key) {
    byte[] algorithm = tlv(0x30, concat(algorithmOid, parameters));
    return tlv(0x30, concat(new byte[] {0x02, 0x01, 0x00}, algorithm, tlv(0x04, key)));
  }

  /**
   * The named-curve OID of a SEC1 key: ECPrivateKey ::= SEQUENCE { version, privateKey OCTET
   * STRING, [0] parameters OPTIONAL, [1] publicKey OPTIONAL }.
   */
  private static byte[] sec1Curve(byte[] der) throws PemException {
    Der outer = new Der(der, 0);
    if (outer.tag != 0x30) {
      throw new PemException("the PEM EC key is not a SEC1 structure");
    }
    int pos = outer.contentStart;
    int end = outer.contentStart + outer.length;
    while (pos < end) {
      Der item = new Der(der, pos);
      if (item.tag == 0xa0) {
        Der oid = new Der(der, item.contentStart);
        return java.util.Arrays.copyOfRange(der, item.contentStart, oid.contentStart + oid.length);
      }
      pos = item.contentStart + item.length;
    }
    throw new PemException("the PEM EC key does not name its curve");
  }

  private static byte[] tlv(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int n = content.length;
    if (n < 0x80) {
      out.write(n);
    } else {
      int bytes = n > 0xffffff ? 4 : n > 0xffff ? 3 : n > 0xff ? 2 : 1;
      out.write(0x80 | bytes);
      for (int i = bytes - 1; i >= 0; i--) {
        out.write(n >> (8 * i));
      }
    }
    out.writeBytes(content);
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** One DER tag-length header. */
  private static final class Der {
    final int tag;
    final int length;
    final int contentStart;

    Der(byte[] der, int pos) throws PemException {
      if (pos + 2 > der.length) {
        throw new PemException("the PEM key is truncated");
      }
      tag = der[pos] & 0xff;
      int first = der[pos + 1] & 0xff;
      if (first < 0x80) {
        length = first;
        contentStart = pos + 2;
      } else {
        int bytes = first & 0x7f;
        if (bytes > 4 || pos + 2 + bytes > der.length) {
          throw new PemException("the PEM key has an invalid length");
        }
        int len = 0;
        for (int i = 0; i < bytes; i++) {
          len = (len << 8) | (der[pos + 2 + i] & 0xff);
        }
        length = len;
        contentStart = pos + 2 + bytes;
      }
      if (length < 0 || contentStart + length > der.length) {
        throw new PemException("the PEM key is truncated");
      }
    }
  }

  /** A PEM text that cannot be used; the message describes the problem, never the text. */
  public static final class PemException extends Exception {
    private static final long serialVersionUID = 1L;

    public PemException(String message) {
      super(message);
    }
  }
}
