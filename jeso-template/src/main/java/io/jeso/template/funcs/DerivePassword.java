package io.jeso.template.funcs;

import io.jeso.template.parse.BStr;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * sprig's derivePassword: the Master Password algorithm (scrypt N=32768, r=8, p=2, then HMAC-SHA256
 * templates).
 */
final class DerivePassword {
  private static final String SEED = "com.lyndir.masterpassword";
  private static final Map<String, String[]> TEMPLATES =
      Map.of(
          "maximum", new String[] {"anoxxxxxxxxxxxxxxxxx", "axxxxxxxxxxxxxxxxxno"},
          "long",
              new String[] {
                "CvcvnoCvcvCvcv", "CvcvCvcvnoCvcv", "CvcvCvcvCvcvno", "CvccnoCvcvCvcv",
                    "CvccCvcvnoCvcv",
                "CvccCvcvCvcvno", "CvcvnoCvccCvcv", "CvcvCvccnoCvcv", "CvcvCvccCvcvno",
                    "CvcvnoCvcvCvcc",
                "CvcvCvcvnoCvcc", "CvcvCvcvCvccno", "CvccnoCvccCvcv", "CvccCvccnoCvcv",
                    "CvccCvccCvcvno",
                "CvcvnoCvccCvcc", "CvcvCvccnoCvcc", "CvcvCvccCvccno", "CvccnoCvcvCvcc",
                    "CvccCvcvnoCvcc",
                "CvccCvcvCvccno"
              },
          "medium", new String[] {"CvcnoCvc", "CvcCvcno"},
          "short", new String[] {"Cvcn"},
          "basic", new String[] {"aaanaaan", "aannaaan", "aaannaaa"},
          "pin", new String[] {"nnnn"});
  private static final Map<Character, String> CHARS =
      Map.of(
          'V', "AEIOU",
          'C', "BCDFGHJKLMNPQRSTVWXYZ",
          'v', "aeiou",
          'c', "bcdfghjklmnpqrstvwxyz",
          'A', "AEIOUBCDFGHJKLMNPQRSTVWXYZ",
          'a', "AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz",
          'n', "0123456789",
          'o', "@&%?,=[]_:-+*$#!'^~;()/.",
          'x', "AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()");

  private DerivePassword() {}

  static String derive(long counter, String type, String password, String user, String site) {
    String[] templates = TEMPLATES.get(type);
    if (templates == null) {
      return "cannot find password template " + type;
    }
    byte[] userB = BStr.bytes(user);
    byte[] siteB = BStr.bytes(site);
    ByteArrayOutputStream salt = new ByteArrayOutputStream();
    salt.writeBytes(SEED.getBytes(StandardCharsets.US_ASCII));
    writeU32(salt, userB.length);
    salt.writeBytes(userB);
    byte[] key = Scrypt.key(BStr.bytes(password), salt.toByteArray(), 32768, 8, 2, 64);
    ByteArrayOutputStream msg = new ByteArrayOutputStream();
    msg.writeBytes(SEED.getBytes(StandardCharsets.US_ASCII));
    writeU32(msg, siteB.length);
    msg.writeBytes(siteB);
    writeU32(msg, (int) counter);
    byte[] seed;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      seed = mac.doFinal(msg.toByteArray());
    } catch (GeneralSecurityException e) {
      return "failed to derive password: " + e.getMessage();
    }
    String temp = templates[(seed[0] & 0xFF) % templates.length];
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < temp.length(); i++) {
      String chars = CHARS.get(temp.charAt(i));
      sb.append(chars.charAt((seed[i + 1] & 0xFF) % chars.length()));
    }
    return sb.toString();
  }

  private static void writeU32(ByteArrayOutputStream o, int v) {
    o.write(v >>> 24);
    o.write(v >>> 16);
    o.write(v >>> 8);
    o.write(v);
  }
}
