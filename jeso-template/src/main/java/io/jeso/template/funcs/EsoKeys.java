package io.jeso.template.funcs;

import io.jeso.template.exec.FuncException;
import io.jeso.template.parse.BStr;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/** ESO's JWK and RSA functions: jwkPublicKeyPem, jwkPrivateKeyPem, rsaDecrypt. */
final class EsoKeys {
  private static final String RSA_OID = "1.2.840.113549.1.1.1";
  private static final String EC_OID = "1.2.840.10045.2.1";

  private EsoKeys() {}

  private static Map<?, ?> jwk(String json) throws FuncException {
    try {
      Object v = Json.decode(json, false);
      if (v instanceof Map<?, ?> m) {
        return m;
      }
    } catch (Json.JsonException e) {
      // falls through
    }
    throw new FuncException("failed to parse JWK");
  }

  private static byte[] b64u(Map<?, ?> m, String field) throws FuncException {
    Object v = m.get(field);
    if (!(v instanceof String s) || s.isEmpty()) {
      throw new FuncException("JWK is missing field " + field);
    }
    try {
      return Base64.getUrlDecoder().decode(s.replace("=", ""));
    } catch (IllegalArgumentException e) {
      throw new FuncException("JWK field " + field + " is not base64url");
    }
  }

  private static BigInteger num(Map<?, ?> m, String field) throws FuncException {
    return new BigInteger(1, b64u(m, field));
  }

  private static String curveOid(String crv) throws FuncException {
    return switch (crv) {
      case "P-256" -> "1.2.840.10045.3.1.7";
      case "P-384" -> "1.3.132.0.34";
      case "P-521" -> "1.3.132.0.35";
      default -> throw new FuncException("unsupported curve " + crv);
    };
  }

  private static int curveBytes(String crv) {
    return switch (crv) {
      case "P-256" -> 32;
      case "P-384" -> 48;
      default -> 66;
    };
  }

  private static String str(Map<?, ?> m, String f) {
    return m.get(f) instanceof String s ? s : "";
  }

  private static byte[] ecPoint(Map<?, ?> m, String crv) throws FuncException {
    int n = curveBytes(crv);
    byte[] x = Der.fixed(num(m, "x"), n);
    byte[] y = Der.fixed(num(m, "y"), n);
    byte[] p = new byte[1 + 2 * n];
    p[0] = 4;
    System.arraycopy(x, 0, p, 1, n);
    System.arraycopy(y, 0, p, 1 + n, n);
    return p;
  }

  static String jwkPublicKeyPem(String json) throws FuncException {
    Map<?, ?> m = jwk(json);
    byte[] spki =
        switch (str(m, "kty")) {
          case "RSA" ->
              Der.seq(
                  Der.seq(Der.oid(RSA_OID), Der.nul()),
                  Der.bitString(Der.seq(Der.integer(num(m, "n")), Der.integer(num(m, "e")))));
          case "EC" -> {
            String crv = str(m, "crv");
            yield Der.seq(
                Der.seq(Der.oid(EC_OID), Der.oid(curveOid(crv))), Der.bitString(ecPoint(m, crv)));
          }
          case "OKP" ->
              Der.seq(Der.seq(Der.oid(okpOid(str(m, "crv")))), Der.bitString(b64u(m, "x")));
          default -> throw new FuncException("unsupported JWK key type");
        };
    return Pem.encode("PUBLIC KEY", spki);
  }

  private static String okpOid(String crv) throws FuncException {
    return switch (crv) {
      case "Ed25519" -> "1.3.101.112";
      case "X25519" -> "1.3.101.110";
      default -> throw new FuncException("unsupported curve " + crv);
    };
  }

  static String jwkPrivateKeyPem(String json) throws FuncException {
    Map<?, ?> m = jwk(json);
    byte[] pkcs8 =
        switch (str(m, "kty")) {
          case "RSA" -> rsaPkcs8(m);
          case "EC" -> {
            String crv = str(m, "crv");
            byte[] ec =
                Der.seq(
                    Der.integer(1),
                    Der.octets(Der.fixed(num(m, "d"), curveBytes(crv))),
                    Der.explicit(1, Der.bitString(ecPoint(m, crv))));
            yield Der.seq(
                Der.integer(0), Der.seq(Der.oid(EC_OID), Der.oid(curveOid(crv))), Der.octets(ec));
          }
          case "OKP" ->
              Der.seq(
                  Der.integer(0),
                  Der.seq(Der.oid(okpOid(str(m, "crv")))),
                  Der.octets(Der.octets(b64u(m, "d"))));
          default -> throw new FuncException("unsupported JWK key type");
        };
    return Pem.encode("PRIVATE KEY", pkcs8);
  }

  private static byte[] rsaPkcs8(Map<?, ?> m) throws FuncException {
    BigInteger n = num(m, "n");
    BigInteger e = num(m, "e");
    BigInteger d = num(m, "d");
    BigInteger p = num(m, "p");
    BigInteger q = num(m, "q");
    byte[] pkcs1 =
        Der.seq(
            Der.integer(0),
            Der.integer(n),
            Der.integer(e),
            Der.integer(d),
            Der.integer(p),
            Der.integer(q),
            Der.integer(d.mod(p.subtract(BigInteger.ONE))),
            Der.integer(d.mod(q.subtract(BigInteger.ONE))),
            Der.integer(q.modInverse(p)));
    return wrapPkcs1(pkcs1);
  }

  static byte[] wrapPkcs1(byte[] pkcs1) {
    return Der.seq(Der.integer(0), Der.seq(Der.oid(RSA_OID), Der.nul()), Der.octets(pkcs1));
  }

  /** rsaDecrypt SCHEME HASH CIPHERTEXT PRIVATEKEYPEM. */
  static String rsaDecrypt(String scheme, String hash, String ciphertext, String keyPem)
      throws FuncException {
    PrivateKey key = rsaKey(keyPem);
    try {
      Cipher c;
      switch (scheme) {
        case "None" -> c = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        case "RSA-OAEP" -> {
          String h =
              switch (hash) {
                case "SHA1" -> "SHA-1";
                case "SHA256" -> "SHA-256";
                default -> throw new FuncException("unsupported hash algorithm: " + hash);
              };
          c = Cipher.getInstance("RSA/ECB/OAEPPadding");
          MGF1ParameterSpec mgf =
              h.equals("SHA-1") ? MGF1ParameterSpec.SHA1 : MGF1ParameterSpec.SHA256;
          c.init(
              Cipher.DECRYPT_MODE,
              key,
              new OAEPParameterSpec(h, "MGF1", mgf, PSource.PSpecified.DEFAULT));
          return BStr.of(c.doFinal(BStr.bytes(ciphertext)));
        }
        default -> throw new FuncException("unsupported decryption scheme: " + scheme);
      }
      c.init(Cipher.DECRYPT_MODE, key);
      return BStr.of(c.doFinal(BStr.bytes(ciphertext)));
    } catch (GeneralSecurityException e) {
      throw new FuncException("decryption failed");
    }
  }

  /** An RSA private key from PEM (PKCS#1 "RSA PRIVATE KEY" or PKCS#8 "PRIVATE KEY"). */
  static PrivateKey rsaKey(String pem) throws FuncException {
    for (Pem.Block b : Pem.decodeAll(pem)) {
      byte[] pkcs8 =
          switch (b.type()) {
            case "RSA PRIVATE KEY" -> wrapPkcs1(b.bytes());
            case "PRIVATE KEY" -> b.bytes();
            default -> null;
          };
      if (pkcs8 != null) {
        try {
          return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
          throw new FuncException("failed to parse RSA private key");
        }
      }
    }
    throw new FuncException("no private key found in PEM input");
  }
}
