package io.jeso.template.funcs;

import static io.jeso.template.exec.GoType.ANY;
import static io.jeso.template.exec.GoType.STRING;
import static io.jeso.template.funcs.SprigStrings.fn;

import io.jeso.template.exec.GoFunc;
import java.util.Map;

/** ESO's own template functions (PKCS#12, PEM, JWK, YAML, RSA) and hexdec. */
public final class EsoFunctions {
  private EsoFunctions() {}

  public static void register(Map<String, GoFunc> m) {
    fn(m, "pkcs12key", a -> EsoPkcs12.keys(s(a[0]), ""), STRING);
    fn(m, "pkcs12keyPass", a -> EsoPkcs12.keys(s(a[1]), s(a[0])), STRING, STRING);
    fn(m, "pkcs12cert", a -> EsoPkcs12.certs(s(a[0]), ""), STRING);
    fn(m, "pkcs12certPass", a -> EsoPkcs12.certs(s(a[1]), s(a[0])), STRING, STRING);
    fn(m, "pemToPkcs12", a -> EsoPkcs12.fromPem(s(a[0]), s(a[1]), "", false), STRING, STRING);
    fn(
        m,
        "pemToPkcs12Pass",
        a -> EsoPkcs12.fromPem(s(a[0]), s(a[1]), s(a[2]), false),
        STRING,
        STRING,
        STRING);
    fn(m, "fullPemToPkcs12", a -> EsoPkcs12.fromPem(s(a[0]), s(a[1]), "", true), STRING, STRING);
    fn(
        m,
        "fullPemToPkcs12Pass",
        a -> EsoPkcs12.fromPem(s(a[0]), s(a[1]), s(a[2]), true),
        STRING,
        STRING,
        STRING);
    fn(m, "pemTruststoreToPKCS12", a -> EsoPkcs12.trustStore(s(a[0]), ""), STRING);
    fn(m, "pemTruststoreToPKCS12Pass", a -> EsoPkcs12.trustStore(s(a[0]), s(a[1])), STRING, STRING);
    fn(m, "filterPEM", a -> EsoCerts.filterPem(s(a[0]), s(a[1])), STRING, STRING);
    fn(m, "filterCertChain", a -> EsoCerts.filterCertChain(s(a[0]), s(a[1])), STRING, STRING);
    fn(m, "certSANs", a -> EsoCerts.certSans(s(a[0])), STRING);
    fn(m, "jwkPublicKeyPem", a -> EsoKeys.jwkPublicKeyPem(s(a[0])), STRING);
    fn(m, "jwkPrivateKeyPem", a -> EsoKeys.jwkPrivateKeyPem(s(a[0])), STRING);
    fn(
        m,
        "rsaDecrypt",
        a -> EsoKeys.rsaDecrypt(s(a[0]), s(a[1]), s(a[2]), s(a[3])),
        STRING,
        STRING,
        STRING,
        STRING);
    fn(m, "hexdec", a -> hexdec(s(a[0])), STRING);
    fn(m, "toYaml", a -> Yaml.toYaml(a[0]), ANY);
    fn(m, "fromYaml", a -> Yaml.fromYaml(s(a[0])), STRING);
  }

  private static String s(Object o) {
    return (String) o;
  }

  /** Go's hex.DecodeString; an error yields its text, as b64dec does. */
  static String hexdec(String s) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (; i + 1 < s.length(); i += 2) {
      int hi = Character.digit(s.charAt(i), 16);
      int lo = Character.digit(s.charAt(i + 1), 16);
      if (hi < 0 || s.charAt(i) > 'f') {
        return invalidByte(s.charAt(i));
      }
      if (lo < 0 || s.charAt(i + 1) > 'f') {
        return invalidByte(s.charAt(i + 1));
      }
      sb.append((char) ((hi << 4) | lo));
    }
    if (s.length() % 2 == 1) {
      int last = s.charAt(s.length() - 1);
      if (Character.digit(last, 16) < 0 || last > 'f') {
        return invalidByte((char) last);
      }
      return "encoding/hex: odd length hex string";
    }
    return sb.toString();
  }

  private static String invalidByte(char c) {
    return "encoding/hex: invalid byte: "
        + io.jeso.template.exec.GoFmt.sprintf("%#U", new Object[] {(long) c});
  }
}
