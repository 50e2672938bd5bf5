package io.jeso.template.funcs;

import static io.jeso.template.exec.GoType.INT;
import static io.jeso.template.exec.GoType.STRING;
import static io.jeso.template.funcs.SprigStrings.fn;

import io.jeso.template.exec.FuncException;
import io.jeso.template.exec.GoFunc;
import io.jeso.template.exec.ValueLimits;
import io.jeso.template.parse.BStr;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** sprig's path, random and uuid functions. */
final class SprigMisc {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final String DIGITS = "0123456789";

  private SprigMisc() {}

  static void register(Map<String, GoFunc> m) {
    for (String p : new String[] {"", "os"}) {
      fn(m, p.isEmpty() ? "base" : "osBase", a -> base((String) a[0]), STRING);
      fn(m, p.isEmpty() ? "dir" : "osDir", a -> dir((String) a[0]), STRING);
      fn(m, p.isEmpty() ? "clean" : "osClean", a -> clean((String) a[0]), STRING);
      fn(m, p.isEmpty() ? "ext" : "osExt", a -> ext((String) a[0]), STRING);
      fn(m, p.isEmpty() ? "isAbs" : "osIsAbs", a -> ((String) a[0]).startsWith("/"), STRING);
    }
    fn(m, "randAlphaNum", a -> random((long) a[0], ALPHA + DIGITS), INT);
    fn(m, "randAlpha", a -> random((long) a[0], ALPHA), INT);
    fn(m, "randNumeric", a -> random((long) a[0], DIGITS), INT);
    fn(m, "randAscii", a -> random((long) a[0], ascii()), INT);
    fn(m, "randInt", a -> randInt((long) a[0], (long) a[1]), INT, INT);
    fn(m, "randBytes", a -> randBytes((long) a[0]), INT);
    fn(m, "uuidv4", a -> java.util.UUID.randomUUID().toString());
    fn(m, "shuffle", a -> shuffle((String) a[0]), STRING);
    fn(m, "bcrypt", a -> bcrypt((String) a[0]), STRING);
    fn(m, "semver", a -> Semver.parse((String) a[0]), STRING);
    fn(m, "urlParse", a -> urlParse((String) a[0]), STRING);
    fn(m, "urlJoin", a -> GoUrl.join(SprigCollections.map(a[0])), io.jeso.template.exec.GoType.MAP);
    fn(
        m,
        "semverCompare",
        a -> SemverConstraints.check((String) a[0], Semver.parse((String) a[1])),
        STRING,
        STRING);
    fn(m, "encryptAES", a -> SprigAes.encrypt((String) a[0], (String) a[1]), STRING, STRING);
    fn(m, "decryptAES", a -> SprigAes.decrypt((String) a[0], (String) a[1]), STRING, STRING);
    fn(m, "htpasswd", a -> htpasswd((String) a[0], (String) a[1]), STRING, STRING);
    fn(
        m,
        "derivePassword",
        a ->
            DerivePassword.derive(
                ((io.jeso.template.exec.GoInt) a[0]).value(),
                (String) a[1],
                (String) a[2],
                (String) a[3],
                (String) a[4]),
        io.jeso.template.exec.GoType.UINT32,
        STRING,
        STRING,
        STRING,
        STRING);
  }

  private static String bcrypt(String password) {
    byte[] pw = BStr.bytes(password);
    if (pw.length > 72) {
      return "failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes";
    }
    return Bcrypt.hash(pw, 10);
  }

  private static String htpasswd(String user, String password) {
    if (user.contains(":")) {
      return "invalid username: " + user;
    }
    return user + ":" + bcrypt(password);
  }

  private static Object urlParse(String s) throws FuncException {
    try {
      return GoUrl.parseToDict(s);
    } catch (FuncException e) {
      throw new FuncException("unable to parse url: " + e.getMessage());
    }
  }

  private static String ascii() {
    StringBuilder sb = new StringBuilder();
    for (char c = ' '; c <= '~'; c++) {
      sb.append(c);
    }
    return sb.toString();
  }

  private static String random(long n, String alphabet) throws FuncException {
    if (n < 0) {
      throw new FuncException("random string length out of range");
    }
    ValueLimits.bytes(n);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static Object randInt(long min, long max) throws FuncException {
    if (max <= min) {
      throw new FuncException("invalid argument to Intn");
    }
    return min + (long) (RANDOM.nextDouble() * (max - min));
  }

  private static Object randBytes(long n) throws FuncException {
    if (n < 0) {
      throw new FuncException("randBytes count out of range");
    }
    ValueLimits.bytes(ValueLimits.times(n, 4) / 3); // the result is base64
    byte[] b = new byte[(int) n];
    RANDOM.nextBytes(b);
    return java.util.Base64.getEncoder().encodeToString(b);
  }

  private static String shuffle(String s) {
    int[] r = BStr.runes(s);
    for (int i = r.length - 1; i > 0; i--) {
      int j = RANDOM.nextInt(i + 1);
      int t = r[i];
      r[i] = r[j];
      r[j] = t;
    }
    return BStr.fromRunes(r, 0, r.length);
  }

  /** path.Clean. */
  static String clean(String p) {
    if (p.isEmpty()) {
      return ".";
    }
    boolean rooted = p.charAt(0) == '/';
    List<String> out = new ArrayList<>();
    for (String seg : p.split("/", -1)) {
      if (seg.isEmpty() || seg.equals(".")) {
        continue;
      }
      if (seg.equals("..")) {
        if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
          out.remove(out.size() - 1);
        } else if (!rooted) {
          out.add("..");
        }
        continue;
      }
      out.add(seg);
    }
    String r = (rooted ? "/" : "") + String.join("/", out);
    return r.isEmpty() ? "." : r;
  }

  private static String base(String p) {
    if (p.isEmpty()) {
      return ".";
    }
    while (p.length() > 0 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    int i = p.lastIndexOf('/');
    if (i >= 0) {
      p = p.substring(i + 1);
    }
    return p.isEmpty() ? "/" : p;
  }

  private static String dir(String p) {
    int i = p.lastIndexOf('/');
    return clean(p.substring(0, i + 1));
  }

  private static String ext(String p) {
    for (int i = p.length() - 1; i >= 0 && p.charAt(i) != '/'; i--) {
      if (p.charAt(i) == '.') {
        return p.substring(i);
      }
    }
    return "";
  }
}
