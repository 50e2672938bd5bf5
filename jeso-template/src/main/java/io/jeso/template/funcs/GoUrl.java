package io.jeso.template.funcs;

import io.jeso.template.exec.FuncException;
import java.util.HashMap;
import java.util.Map;

/** Go's net/url Parse and URL.String, for sprig's urlParse and urlJoin (byte strings). */
final class GoUrl {
  private enum Mode {
    PATH,
    HOST,
    USER,
    FRAGMENT
  }

  private String scheme = "";
  private String opaque = "";
  private String user;
  private String password;
  private String host = "";
  private String path = "";
  private String rawQuery = "";
  private String fragment = "";
  private boolean forceQuery;
  private boolean omitHost;

  private GoUrl() {}

  static Map<String, Object> parseToDict(String raw) throws FuncException {
    GoUrl u = parse(raw);
    Map<String, Object> d = new HashMap<>();
    d.put("scheme", u.scheme);
    d.put("host", u.host);
    d.put("hostname", u.hostname());
    d.put("path", u.path);
    d.put("query", u.rawQuery);
    d.put("opaque", u.opaque);
    d.put("fragment", u.fragment);
    d.put("userinfo", u.user == null ? "" : u.userString());
    return d;
  }

  static String join(Map<?, ?> d) throws FuncException {
    GoUrl u = new GoUrl();
    u.scheme = get(d, "scheme");
    u.host = get(d, "host");
    u.path = get(d, "path");
    u.rawQuery = get(d, "query");
    u.opaque = get(d, "opaque");
    u.fragment = get(d, "fragment");
    String userinfo = get(d, "userinfo");
    if (!userinfo.isEmpty()) {
      GoUrl tmp;
      try {
        tmp = parse("proto://" + userinfo + "@host");
      } catch (FuncException e) {
        throw new FuncException("unable to parse userinfo in dict: " + e.getMessage());
      }
      u.user = tmp.user;
      u.password = tmp.password;
    }
    return u.string();
  }

  private static String get(Map<?, ?> d, String key) throws FuncException {
    if (d == null || !d.containsKey(key)) {
      return "";
    }
    Object v = d.get(key);
    if (!(v instanceof String s)) {
      throw new FuncException("unable to parse " + key + " key, must be of type string");
    }
    return s;
  }

  static GoUrl parse(String raw) throws FuncException {
    int hash = raw.indexOf('#');
    String u = hash < 0 ? raw : raw.substring(0, hash);
    GoUrl url = parseNoFragment(u);
    if (hash >= 0) {
      url.fragment = unescape(raw.substring(hash + 1), Mode.FRAGMENT);
    }
    return url;
  }

  private static GoUrl parseNoFragment(String raw) throws FuncException {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < 0x20 || c == 0x7F) {
        throw new FuncException("parse: net/url: invalid control character in URL");
      }
    }
    GoUrl url = new GoUrl();
    if (raw.equals("*")) {
      url.path = "*";
      return url;
    }
    String rest = url.scheme(raw);
    if (rest.endsWith("?") && rest.indexOf('?') == rest.length() - 1) {
      url.forceQuery = true;
      rest = rest.substring(0, rest.length() - 1);
    } else {
      int q = rest.indexOf('?');
      if (q >= 0) {
        url.rawQuery = rest.substring(q + 1);
        rest = rest.substring(0, q);
      }
    }
    if (!rest.startsWith("/")) {
      if (!url.scheme.isEmpty()) {
        url.opaque = rest;
        return url;
      }
      int slash = rest.indexOf('/');
      String segment = slash < 0 ? rest : rest.substring(0, slash);
      if (segment.contains(":")) {
        throw new FuncException("parse: first path segment in URL cannot contain colon");
      }
    }
    if ((!url.scheme.isEmpty() || !rest.startsWith("///")) && rest.startsWith("//")) {
      String authority = rest.substring(2);
      rest = "";
      int i = authority.indexOf('/');
      if (i >= 0) {
        rest = authority.substring(i);
        authority = authority.substring(0, i);
      }
      url.authority(authority);
    } else if (!url.scheme.isEmpty() && rest.startsWith("/")) {
      url.omitHost = true;
    }
    url.path = unescape(rest, Mode.PATH);
    return url;
  }

  private String scheme(String raw) throws FuncException {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        continue;
      }
      if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
        if (i == 0) {
          return raw;
        }
        continue;
      }
      if (c == ':') {
        if (i == 0) {
          throw new FuncException("parse: missing protocol scheme");
        }
        scheme = raw.substring(0, i).toLowerCase(java.util.Locale.ROOT);
        return raw.substring(i + 1);
      }
      return raw;
    }
    return raw;
  }

  private void authority(String a) throws FuncException {
    int at = a.lastIndexOf('@');
    host = parseHost(at < 0 ? a : a.substring(at + 1));
    if (at < 0) {
      return;
    }
    String userinfo = a.substring(0, at);
    for (int i = 0; i < userinfo.length(); i++) {
      char c = userinfo.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "-._:~!$&'()*+,;=%@".indexOf(c) >= 0;
      if (!ok) {
        throw new FuncException("parse: net/url: invalid userinfo");
      }
    }
    int colon = userinfo.indexOf(':');
    if (colon < 0) {
      user = unescape(userinfo, Mode.USER);
    } else {
      user = unescape(userinfo.substring(0, colon), Mode.USER);
      password = unescape(userinfo.substring(colon + 1), Mode.USER);
    }
  }

  private static String parseHost(String h) throws FuncException {
    if (h.startsWith("[")) {
      int close = h.lastIndexOf(']');
      if (close < 0) {
        throw new FuncException("parse: missing ']' in host");
      }
      String port = h.substring(close + 1);
      if (!validPort(port)) {
        throw new FuncException("parse: invalid port after host");
      }
      return h.substring(0, close + 1) + port;
    }
    int i = h.lastIndexOf(':');
    if (i >= 0 && !validPort(h.substring(i))) {
      throw new FuncException("parse: invalid port after host");
    }
    return unescape(h, Mode.HOST);
  }

  private static boolean validPort(String p) {
    if (p.isEmpty()) {
      return true;
    }
    if (p.charAt(0) != ':') {
      return false;
    }
    for (int i = 1; i < p.length(); i++) {
      if (p.charAt(i) < '0' || p.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static String unescape(String s, Mode mode) throws FuncException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= s.length()
            || Character.digit(s.charAt(i + 1), 16) < 0
            || Character.digit(s.charAt(i + 2), 16) < 0) {
          throw new FuncException("parse: invalid URL escape");
        }
        sb.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        if (mode == Mode.HOST && c < 0x80 && shouldEscape(c, Mode.HOST)) {
          throw new FuncException("parse: invalid character in host name");
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean shouldEscape(char c, Mode mode) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      return false;
    }
    if (mode == Mode.HOST && "!$&'()*+,;=:[]<>\"".indexOf(c) >= 0) {
      return false;
    }
    if ("-_.~".indexOf(c) >= 0) {
      return false;
    }
    if ("$&+,/:;=?@".indexOf(c) >= 0) {
      return switch (mode) {
        case USER -> c == '@' || c == '/' || c == '?' || c == ':';
        case FRAGMENT -> false;
        case PATH -> c == '?';
        case HOST -> true;
      };
    }
    if (mode == Mode.FRAGMENT && "!()*".indexOf(c) >= 0) {
      return false;
    }
    return true;
  }

  private static String escape(String s, Mode mode) {
    StringBuilder sb = new StringBuilder();
    String hex = "0123456789ABCDEF";
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (shouldEscape(c, mode) && !(mode == Mode.HOST && c >= 0x80)) {
        sb.append('%').append(hex.charAt(c >> 4)).append(hex.charAt(c & 0xF));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private String hostname() {
    String h = host;
    if (h.startsWith("[")) {
      int close = h.indexOf(']');
      return close < 0 ? h.substring(1) : h.substring(1, close);
    }
    int i = h.lastIndexOf(':');
    return i >= 0 && validPort(h.substring(i)) ? h.substring(0, i) : h;
  }

  private String userString() {
    String s = escape(user, Mode.USER);
    return password == null ? s : s + ":" + escape(password, Mode.USER);
  }

  private String string() {
    StringBuilder b = new StringBuilder();
    if (!scheme.isEmpty()) {
      b.append(scheme).append(':');
    }
    if (!opaque.isEmpty()) {
      b.append(opaque);
    } else {
      if (!scheme.isEmpty() || !host.isEmpty() || user != null) {
        if (!(omitHost && host.isEmpty() && user == null)) {
          if (!host.isEmpty() || !path.isEmpty() || user != null) {
            b.append("//");
          }
          if (user != null) {
            b.append(userString()).append('@');
          }
          if (!host.isEmpty()) {
            b.append(escape(host, Mode.HOST));
          }
        }
      }
      String p = path.equals("*") ? "*" : escape(path, Mode.PATH);
      if (!p.isEmpty() && p.charAt(0) != '/' && !host.isEmpty()) {
        b.append('/');
      }
      if (b.length() == 0) {
        int slash = p.indexOf('/');
        if ((slash < 0 ? p : p.substring(0, slash)).contains(":")) {
          b.append("./");
        }
      }
      b.append(p);
    }
    if (forceQuery || !rawQuery.isEmpty()) {
      b.append('?').append(rawQuery);
    }
    if (!fragment.isEmpty()) {
      b.append('#').append(escape(fragment, Mode.FRAGMENT));
    }
    return b.toString();
  }
}
