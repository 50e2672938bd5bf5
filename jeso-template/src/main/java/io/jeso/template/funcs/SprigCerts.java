package io.jeso.template.funcs;

import static io.jeso.template.exec.GoType.INT;
import static io.jeso.template.exec.GoType.LIST;
import static io.jeso.template.exec.GoType.STRING;
import static io.jeso.template.funcs.SprigStrings.fn;

import io.jeso.template.exec.FuncException;
import io.jeso.template.exec.GoFunc;
import io.jeso.template.exec.GoObject;
import io.jeso.template.exec.GoType;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.interfaces.DSAPrivateKey;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * sprig's genPrivateKey, genCA*, genSelfSignedCert*, genSignedCert* and buildCustomCert (JDK
 * crypto, own DER).
 */
final class SprigCerts {
  static final GoType CERT_TYPE = new GoType(GoType.Kind.STRUCT, "sprig.certificate", null);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** sprig's certificate struct {Cert, Key string}. */
  record Certificate(String cert, String key) implements GoObject, Json.Marshaler {
    @Override
    public GoType goType() {
      return CERT_TYPE;
    }

    @Override
    public boolean hasField(String name) {
      return name.equals("Cert") || name.equals("Key");
    }

    @Override
    public Object field(String name) {
      return name.equals("Cert") ? cert : key;
    }

    @Override
    public String format() {
      return "{" + cert + " " + key + "}";
    }

    @Override
    public String toJson() {
      StringBuilder sb = new StringBuilder("{\"Cert\":");
      Json.appendString(sb, cert, true);
      sb.append(",\"Key\":");
      Json.appendString(sb, key, true);
      return sb.append('}').toString();
    }
  }

  private SprigCerts() {}

  static void register(Map<String, GoFunc> m) {
    fn(m, "genPrivateKey", a -> genPrivateKey((String) a[0]), STRING);
    fn(m, "buildCustomCert", a -> buildCustom((String) a[0], (String) a[1]), STRING, STRING);
    fn(m, "genCA", a -> ca((String) a[0], (long) a[1], rsa()), STRING, INT);
    fn(
        m,
        "genCAWithKey",
        a -> ca((String) a[0], (long) a[1], keyPair((String) a[2])),
        STRING,
        INT,
        STRING);
    fn(m, "genSelfSignedCert", a -> self(a, rsa()), STRING, LIST, LIST, INT);
    fn(
        m,
        "genSelfSignedCertWithKey",
        a -> self(a, keyPair((String) a[4])),
        STRING,
        LIST,
        LIST,
        INT,
        STRING);
    fn(m, "genSignedCert", a -> signed(a, rsa()), STRING, LIST, LIST, INT, CERT_TYPE);
    fn(
        m,
        "genSignedCertWithKey",
        a -> signed(a, keyPair((String) a[5])),
        STRING,
        LIST,
        LIST,
        INT,
        CERT_TYPE,
        STRING);
  }

  private static KeyPair rsa() throws FuncException {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048, RANDOM);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new FuncException("error generating rsa key");
    }
  }

  static String genPrivateKey(String typ) {
    try {
      switch (typ) {
        case "", "rsa" -> {
          KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
          g.initialize(4096, RANDOM);
          return keyPem(g.generateKeyPair());
        }
        case "dsa" -> {
          KeyPairGenerator g = KeyPairGenerator.getInstance("DSA");
          g.initialize(new java.security.spec.DSAGenParameterSpec(2048, 256), RANDOM);
          return keyPem(g.generateKeyPair());
        }
        case "ecdsa" -> {
          KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
          g.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
          return keyPem(g.generateKeyPair());
        }
        case "ed25519" -> {
          return keyPem(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        }
        default -> {
          return "Unknown type " + typ;
        }
      }
    } catch (GeneralSecurityException e) {
      return "failed to generate private key: " + e.getClass().getSimpleName();
    }
  }

  /** sprig's pemBlockForKey: PKCS#1 RSA, SEC1 EC, sprig's DSA structure, PKCS#8 otherwise. */
  static String keyPem(KeyPair kp) {
    PrivateKey k = kp.getPrivate();
    if (k instanceof RSAPrivateCrtKey r) {
      byte[] pkcs1 =
          Der.seq(
              Der.integer(0),
              Der.integer(r.getModulus()),
              Der.integer(r.getPublicExponent()),
              Der.integer(r.getPrivateExponent()),
              Der.integer(r.getPrimeP()),
              Der.integer(r.getPrimeQ()),
              Der.integer(r.getPrimeExponentP()),
              Der.integer(r.getPrimeExponentQ()),
              Der.integer(r.getCrtCoefficient()));
      return Pem.encode("RSA PRIVATE KEY", pkcs1);
    }
    if (k instanceof ECPrivateKey ec) {
      byte[] spki = kp.getPublic().getEncoded();
      int[] outer = Der.read(spki, 0);
      int[] alg = Der.read(spki, outer[1]);
      int algEnd = outer[1] + alg[1] + alg[2];
      int[] algOid = Der.read(spki, outer[1] + alg[1]);
      int curveOff = outer[1] + alg[1] + algOid[1] + algOid[2];
      byte[] curve = java.util.Arrays.copyOfRange(spki, curveOff, algEnd);
      int[] bit = Der.read(spki, algEnd);
      byte[] point =
          java.util.Arrays.copyOfRange(spki, algEnd + bit[1] + 1, algEnd + bit[1] + bit[2]);
      int size = (ec.getParams().getCurve().getField().getFieldSize() + 7) / 8;
      byte[] sec1 =
          Der.seq(
              Der.integer(1),
              Der.octets(Der.fixed(ec.getS(), size)),
              Der.explicit(0, curve),
              Der.explicit(1, Der.bitString(point)));
      return Pem.encode("EC PRIVATE KEY", sec1);
    }
    if (k instanceof DSAPrivateKey d && kp.getPublic() instanceof DSAPublicKey pub) {
      var p = d.getParams();
      byte[] der =
          Der.seq(
              Der.integer(0),
              Der.integer(p.getP()),
              Der.integer(p.getQ()),
              Der.integer(p.getG()),
              Der.integer(pub.getY()),
              Der.integer(d.getX()));
      return Pem.encode("DSA PRIVATE KEY", der);
    }
    return Pem.encode("PRIVATE KEY", k.getEncoded());
  }

  /** A key pair from a private key PEM (public key derived through the JDK). */
  private static KeyPair keyPair(String pem) throws FuncException {
    PrivateKey k = EsoPkcs12.privateKey(pem);
    try {
      if (k instanceof ECPrivateKey) {
        return new KeyPair(ecPublic(pem), k);
      }
      return new KeyPair(CertBuilder.publicOf(k), k);
    } catch (GeneralSecurityException e) {
      throw new FuncException("parsing private key: unable to get public key");
    }
  }

  /** The EC public key stored in a SEC1 or PKCS#8 PEM (its [1] publicKey field). */
  private static java.security.PublicKey ecPublic(String pem) throws GeneralSecurityException {
    for (Pem.Block b : Pem.decodeAll(pem)) {
      byte[] sec1 = b.bytes();
      byte[] curve = null;
      if (b.type().equals("PRIVATE KEY")) {
        int[] outer = Der.read(sec1, 0);
        int off = outer[1];
        int[] ver = Der.read(sec1, off);
        off += ver[1] + ver[2];
        int[] alg = Der.read(sec1, off);
        int[] algOid = Der.read(sec1, off + alg[1]);
        curve =
            java.util.Arrays.copyOfRange(
                sec1, off + alg[1] + algOid[1] + algOid[2], off + alg[1] + alg[2]);
        off += alg[1] + alg[2];
        int[] oct = Der.read(sec1, off);
        sec1 = java.util.Arrays.copyOfRange(sec1, off + oct[1], off + oct[1] + oct[2]);
      } else if (!b.type().equals("EC PRIVATE KEY")) {
        continue;
      }
      int[] seq = Der.read(sec1, 0);
      byte[] point = null;
      for (int off = seq[1]; off < seq[1] + seq[2]; ) {
        int[] t = Der.read(sec1, off);
        if (t[0] == 0xA0) {
          curve = java.util.Arrays.copyOfRange(sec1, off + t[1], off + t[1] + t[2]);
        } else if (t[0] == 0xA1) {
          int[] bit = Der.read(sec1, off + t[1]);
          int start = off + t[1] + bit[1];
          point = java.util.Arrays.copyOfRange(sec1, start + 1, start + bit[2]);
        }
        off += t[1] + t[2];
      }
      if (point != null && curve != null) {
        byte[] spki = Der.seq(Der.seq(Der.oid("1.2.840.10045.2.1"), curve), Der.bitString(point));
        return java.security.KeyFactory.getInstance("EC")
            .generatePublic(new java.security.spec.X509EncodedKeySpec(spki));
      }
    }
    throw new GeneralSecurityException("no EC public key in the PEM");
  }

  private static Object buildCustom(String b64cert, String b64key) throws FuncException {
    String cert = GoBase.decode64(b64cert);
    if (cert.startsWith("illegal base64 data")) {
      throw new FuncException("unable to decode base64 certificate");
    }
    String key = GoBase.decode64(b64key);
    if (key.startsWith("illegal base64 data")) {
      throw new FuncException("unable to decode base64 private key");
    }
    List<Pem.Block> blocks = Pem.decodeAll(cert);
    if (blocks.isEmpty()) {
      throw new FuncException("unable to decode certificate");
    }
    EsoCerts.parse(blocks.get(0).bytes());
    try {
      EsoPkcs12.privateKey(key);
    } catch (FuncException e) {
      throw new FuncException("error parsing private key: " + e.getMessage());
    }
    return new Certificate(cert, key);
  }

  private static Object ca(String cn, long days, KeyPair kp) throws FuncException {
    byte[] der = CertBuilder.build(cn, List.of(), List.of(), days, true, kp, null, null);
    return new Certificate(Pem.encode("CERTIFICATE", der), keyPem(kp));
  }

  private static Object self(Object[] a, KeyPair kp) throws FuncException {
    byte[] der =
        CertBuilder.build((String) a[0], ips(a[1]), dns(a[2]), (long) a[3], false, kp, null, null);
    return new Certificate(Pem.encode("CERTIFICATE", der), keyPem(kp));
  }

  private static Object signed(Object[] a, KeyPair kp) throws FuncException {
    Certificate ca = (Certificate) a[4];
    List<Pem.Block> blocks = Pem.decodeAll(ca.cert());
    if (blocks.isEmpty()) {
      throw new FuncException("unable to decode certificate");
    }
    X509Certificate signer = EsoCerts.parse(blocks.get(0).bytes());
    PrivateKey signerKey;
    try {
      signerKey = EsoPkcs12.privateKey(ca.key());
    } catch (FuncException e) {
      throw new FuncException("error parsing private key: " + e.getMessage());
    }
    byte[] der =
        CertBuilder.build(
            (String) a[0], ips(a[1]), dns(a[2]), (long) a[3], false, kp, signer, signerKey);
    return new Certificate(Pem.encode("CERTIFICATE", der), keyPem(kp));
  }

  private static List<byte[]> ips(Object v) throws FuncException {
    List<byte[]> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    for (Object o : (List<?>) v) {
      if (!(o instanceof String s)) {
        throw new FuncException("error parsing ip: value is not a string");
      }
      byte[] ip = CertBuilder.parseIp(s);
      if (ip == null) {
        throw new FuncException("error parsing ip: " + s);
      }
      out.add(ip);
    }
    return out;
  }

  private static List<String> dns(Object v) throws FuncException {
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    for (Object o : (List<?>) v) {
      if (!(o instanceof String s)) {
        throw new FuncException("error processing alternate dns name: value is not a string");
      }
      out.add(s);
    }
    return out;
  }
}
