package io.jeso.template.funcs;

import io.jeso.template.exec.FuncException;
import io.jeso.template.parse.BStr;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/** ESO's PKCS#12 functions, on the JDK's PKCS12 KeyStore. */
final class EsoPkcs12 {
  private EsoPkcs12() {}

  private static KeyStore load(String p12, String password) throws FuncException {
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(new ByteArrayInputStream(BStr.bytes(p12)), BStr.toJava(password).toCharArray());
      return ks;
    } catch (GeneralSecurityException | IOException | RuntimeException e) {
      throw new FuncException("unable to decode PKCS#12 archive");
    }
  }

  /** pkcs12key / pkcs12keyPass: every private key as PKCS#8 PEM. */
  static String keys(String p12, String password) throws FuncException {
    KeyStore ks = load(p12, password);
    StringBuilder sb = new StringBuilder();
    try {
      for (String alias : Collections.list(ks.aliases())) {
        if (!ks.isKeyEntry(alias)) {
          continue;
        }
        Key k = ks.getKey(alias, BStr.toJava(password).toCharArray());
        if (k instanceof PrivateKey pk) {
          Certificate c = ks.getCertificate(alias);
          sb.append(Pem.encode("PRIVATE KEY", pkcs8(pk, c)));
        }
      }
    } catch (GeneralSecurityException e) {
      throw new FuncException("unable to decode PKCS#12 archive");
    }
    return sb.toString();
  }

  /** Go's PKCS#8 encoding: EC keys carry their public point and no inner parameters. */
  private static byte[] pkcs8(PrivateKey pk, Certificate c) {
    if (pk instanceof ECPrivateKey ec && c != null && c.getPublicKey() instanceof ECPublicKey pub) {
      byte[] spki = pub.getEncoded();
      int[] outer = Der.read(spki, 0);
      int algOff = outer[1];
      int[] alg = Der.read(spki, algOff);
      byte[] algId = java.util.Arrays.copyOfRange(spki, algOff, algOff + alg[1] + alg[2]);
      int bitOff = algOff + alg[1] + alg[2];
      int[] bit = Der.read(spki, bitOff);
      byte[] point =
          java.util.Arrays.copyOfRange(spki, bitOff + bit[1] + 1, bitOff + bit[1] + bit[2]);
      int size = (ec.getParams().getCurve().getField().getFieldSize() + 7) / 8;
      byte[] inner =
          Der.seq(
              Der.integer(1),
              Der.octets(Der.fixed(ec.getS(), size)),
              Der.explicit(1, Der.bitString(point)));
      return Der.seq(Der.integer(0), algId, Der.octets(inner));
    }
    return pk.getEncoded();
  }

  /**
   * pkcs12cert / pkcs12certPass: every certificate, ordered leaf to root when they form one chain.
   */
  static String certs(String p12, String password) throws FuncException {
    KeyStore ks = load(p12, password);
    List<X509Certificate> all = new ArrayList<>();
    try {
      for (String alias : Collections.list(ks.aliases())) {
        Certificate[] chain = ks.getCertificateChain(alias);
        if (chain == null) {
          Certificate c = ks.getCertificate(alias);
          chain = c == null ? new Certificate[0] : new Certificate[] {c};
        }
        for (Certificate c : chain) {
          if (c instanceof X509Certificate x && !all.contains(x)) {
            all.add(x);
          }
        }
      }
    } catch (GeneralSecurityException e) {
      throw new FuncException("unable to decode PKCS#12 archive");
    }
    StringBuilder sb = new StringBuilder();
    for (X509Certificate c : order(all)) {
      sb.append(Pem.encode("CERTIFICATE", EsoCerts.der(c)));
    }
    return sb.toString();
  }

  /**
   * Orders leaf, intermediates, root when the certificates form exactly one chain; else as given.
   */
  static List<X509Certificate> order(List<X509Certificate> certs) {
    List<X509Certificate> leaves = new ArrayList<>();
    for (X509Certificate c : certs) {
      boolean issuesAnother = false;
      for (X509Certificate o : certs) {
        if (o != c && o.getIssuerX500Principal().equals(c.getSubjectX500Principal())) {
          issuesAnother = true;
        }
      }
      if (!issuesAnother) {
        leaves.add(c);
      }
    }
    if (leaves.size() != 1) {
      return certs;
    }
    List<X509Certificate> chain = new ArrayList<>();
    X509Certificate cur = leaves.get(0);
    while (cur != null && !chain.contains(cur)) {
      chain.add(cur);
      X509Certificate next = null;
      for (X509Certificate o : certs) {
        if (o != cur && o.getSubjectX500Principal().equals(cur.getIssuerX500Principal())) {
          next = o;
        }
      }
      cur = EsoCerts.selfSigned(chain.get(chain.size() - 1)) ? null : next;
    }
    return chain.size() == certs.size() ? chain : certs;
  }

  /**
   * pemToPkcs12 / fullPemToPkcs12: a base64 PKCS#12 archive with the key and its certificate(s).
   */
  static String fromPem(String certPem, String keyPem, String password, boolean fullChain)
      throws FuncException {
    List<X509Certificate> certs = EsoCerts.certificates(certPem);
    if (certs.isEmpty()) {
      throw new FuncException("no certificate found in input");
    }
    if (!fullChain) {
      certs = certs.subList(0, 1);
    }
    PrivateKey key = privateKey(keyPem);
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      char[] pw = BStr.toJava(password).toCharArray();
      ks.setKeyEntry("1", key, pw, certs.toArray(new Certificate[0]));
      return store(ks, pw);
    } catch (GeneralSecurityException | IOException e) {
      throw new FuncException("unable to encode PKCS#12 archive");
    }
  }

  /** pemTruststoreToPKCS12: a base64 PKCS#12 trust store of the certificates. */
  static String trustStore(String certPem, String password) throws FuncException {
    List<X509Certificate> certs = EsoCerts.certificates(certPem);
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      for (int i = 0; i < certs.size(); i++) {
        ks.setCertificateEntry(Integer.toString(i + 1), certs.get(i));
      }
      return store(ks, BStr.toJava(password).toCharArray());
    } catch (GeneralSecurityException | IOException e) {
      throw new FuncException("unable to encode PKCS#12 archive");
    }
  }

  private static String store(KeyStore ks, char[] pw) throws GeneralSecurityException, IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ks.store(out, pw);
    return Base64.getEncoder().encodeToString(out.toByteArray());
  }

  /** A private key from PEM: PKCS#8, PKCS#1 RSA or SEC1 EC. */
  static PrivateKey privateKey(String pem) throws FuncException {
    for (Pem.Block b : Pem.decodeAll(pem)) {
      try {
        switch (b.type()) {
          case "PRIVATE KEY":
            return pkcs8Key(b.bytes());
          case "RSA PRIVATE KEY":
            return KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(EsoKeys.wrapPkcs1(b.bytes())));
          case "EC PRIVATE KEY":
            return KeyFactory.getInstance("EC")
                .generatePrivate(new PKCS8EncodedKeySpec(wrapSec1(b.bytes())));
          default:
            break;
        }
      } catch (GeneralSecurityException | RuntimeException e) {
        throw new FuncException("failed to parse private key");
      }
    }
    throw new FuncException("no private key found in PEM input");
  }

  private static PrivateKey pkcs8Key(byte[] der) throws GeneralSecurityException {
    for (String alg : new String[] {"RSA", "EC", "Ed25519"}) {
      try {
        return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException e) {
        // try the next algorithm
      }
    }
    throw new GeneralSecurityException("unsupported key");
  }

  /** Wraps a SEC1 ECPrivateKey (with its [0] curve parameters) into PKCS#8. */
  private static byte[] wrapSec1(byte[] sec1) {
    int[] seq = Der.read(sec1, 0);
    int off = seq[1];
    byte[] curveOid = null;
    while (off < seq[1] + seq[2]) {
      int[] t = Der.read(sec1, off);
      if (t[0] == 0xA0) {
        curveOid = java.util.Arrays.copyOfRange(sec1, off + t[1], off + t[1] + t[2]);
      }
      off += t[1] + t[2];
    }
    byte[] alg =
        curveOid == null
            ? Der.seq(Der.oid("1.2.840.10045.2.1"))
            : Der.seq(Der.oid("1.2.840.10045.2.1"), curveOid);
    return Der.seq(Der.integer(0), alg, Der.octets(sec1));
  }
}
