package io.jeso.template.funcs;

import io.jeso.template.exec.FuncException;
import io.jeso.template.parse.BStr;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * sprig's encryptAES / decryptAES: AES-256-CBC, key = password bytes zero-padded or cut to 32,
 * PKCS#7-style pad.
 */
final class SprigAes {
  private static final SecureRandom RANDOM = new SecureRandom();

  private SprigAes() {}

  private static SecretKeySpec key(String password) {
    byte[] k = new byte[32];
    byte[] p = BStr.bytes(password);
    System.arraycopy(p, 0, k, 0, Math.min(32, p.length));
    return new SecretKeySpec(k, "AES");
  }

  static String encrypt(String password, String plaintext) throws FuncException {
    if (plaintext.isEmpty()) {
      return "";
    }
    byte[] content = BStr.bytes(plaintext);
    int padding = 16 - content.length % 16;
    byte[] padded = java.util.Arrays.copyOf(content, content.length + padding);
    java.util.Arrays.fill(padded, content.length, padded.length, (byte) padding);
    byte[] iv = new byte[16];
    RANDOM.nextBytes(iv);
    try {
      Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key(password), new IvParameterSpec(iv));
      byte[] ct = c.doFinal(padded);
      byte[] out = new byte[16 + ct.length];
      System.arraycopy(iv, 0, out, 0, 16);
      System.arraycopy(ct, 0, out, 16, ct.length);
      return Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new FuncException("encryption failed");
    }
  }

  static String decrypt(String password, String crypt64) throws FuncException {
    if (crypt64.isEmpty()) {
      return "";
    }
    String d = GoBase.decode64(crypt64);
    if (d.startsWith("illegal base64 data at input byte ")) {
      throw new FuncException(d);
    }
    byte[] crypt = BStr.bytes(d);
    if (crypt.length < 16) {
      throw new FuncException("runtime error: slice bounds out of range");
    }
    if ((crypt.length - 16) % 16 != 0) {
      throw new FuncException("crypto/cipher: input not full blocks");
    }
    try {
      Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key(password), new IvParameterSpec(crypt, 0, 16));
      byte[] plain = c.doFinal(crypt, 16, crypt.length - 16);
      if (plain.length == 0) {
        throw new FuncException("runtime error: index out of range [-1]");
      }
      int cut = plain[plain.length - 1] & 0xFF;
      if (cut > plain.length) {
        throw new FuncException("runtime error: slice bounds out of range");
      }
      return BStr.of(java.util.Arrays.copyOf(plain, plain.length - cut));
    } catch (GeneralSecurityException e) {
      throw new FuncException("decryption failed");
    }
  }
}
