package io.jeso.template.funcs;

import io.jeso.template.exec.FuncException;
import io.jeso.template.exec.TypedList;
import io.jeso.template.parse.BStr;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** ESO's PEM and certificate functions: filterPEM, filterCertChain, certSANs. */
final class EsoCerts {
  private EsoCerts() {}

  /** filterPEM TYPE INPUT: the blocks of that type, re-encoded, in order. */
  static String filterPem(String type, String input) {
    StringBuilder sb = new StringBuilder();
    for (Pem.Block b : Pem.decodeAll(input)) {
      if (b.type().equals(type)) {
        sb.append(Pem.encode(b));
      }
    }
    return sb.toString();
  }

  static X509Certificate parse(byte[] der) throws FuncException {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(der));
    } catch (CertificateException | RuntimeException e) {
      throw new FuncException("failed to parse certificate");
    }
  }

  /** The certificates of the CERTIFICATE blocks in a PEM input. */
  static List<X509Certificate> certificates(String input) throws FuncException {
    List<X509Certificate> out = new ArrayList<>();
    for (Pem.Block b : Pem.decodeAll(input)) {
      if (b.type().equals("CERTIFICATE")) {
        out.add(parse(b.bytes()));
      }
    }
    return out;
  }

  static boolean selfSigned(X509Certificate c) {
    if (!c.getSubjectX500Principal().equals(c.getIssuerX500Principal())) {
      return false;
    }
    try {
      c.verify(c.getPublicKey());
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  static boolean isCa(X509Certificate c) {
    return c.getBasicConstraints() >= 0;
  }

  /** filterCertChain TYPE INPUT with TYPE leaf, intermediate or root. */
  static String filterCertChain(String type, String input) throws FuncException {
    if (!type.equals("leaf") && !type.equals("intermediate") && !type.equals("root")) {
      throw new FuncException("unsupported certificate type: " + type);
    }
    StringBuilder sb = new StringBuilder();
    for (X509Certificate c : certificates(input)) {
      String kind = !isCa(c) ? "leaf" : selfSigned(c) ? "root" : "intermediate";
      if (kind.equals(type)) {
        sb.append(Pem.encode("CERTIFICATE", der(c)));
      }
    }
    return sb.toString();
  }

  static byte[] der(X509Certificate c) throws FuncException {
    try {
      return c.getEncoded();
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new FuncException("failed to encode certificate");
    }
  }

  /** certSANs INPUT: DNS names, IP addresses, email addresses and URIs of the first certificate. */
  static TypedList certSans(String input) throws FuncException {
    List<X509Certificate> certs = certificates(input);
    if (certs.isEmpty()) {
      throw new FuncException("no certificate found in input");
    }
    Collection<List<?>> sans;
    try {
      sans = certs.get(0).getSubjectAlternativeNames();
    } catch (CertificateParsingException e) {
      throw new FuncException("failed to parse certificate");
    }
    List<String> out = new ArrayList<>();
    for (int type : new int[] {2, 7, 1, 6}) {
      if (sans == null) {
        break;
      }
      for (List<?> san : sans) {
        if ((Integer) san.get(0) == type) {
          String v = (String) san.get(1);
          out.add(BStr.of(type == 7 ? IpFormat.goString(v) : v));
        }
      }
    }
    return TypedList.strings(out);
  }
}
