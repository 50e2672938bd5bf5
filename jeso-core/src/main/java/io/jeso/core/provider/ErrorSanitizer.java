package io.jeso.core.provider;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scrubs error text that came from outside jeso (an SDK, an HTTP body, a JSON parser) before it may
 * reach a status condition, an event or a log line. It removes whatever could be a value and keeps
 * the words that explain the failure. The rules, applied in order:
 *
 * <ol>
 *   <li>Jackson's {@code [Source: ...]} location suffix is cut (it can quote the document).
 *   <li>PEM blocks, quoted text ({@code "..."}, {@code '...'}, {@code `...`}), JSON objects and
 *       arrays become {@code <redacted>}.
 *   <li>{@code Bearer}/{@code Basic} credentials, URL user-info and query strings, the value of
 *       every {@code name=value} pair, and the value after {@code password:}, {@code token:},
 *       {@code secret:} and similar credential words are redacted.
 *   <li>Long opaque tokens (24+ characters mixing letters and digits, or 40+ of anything
 *       token-like; UUIDs are kept as they are request ids) and digit runs of 6 or more are
 *       redacted.
 *   <li>Whitespace collapses to single spaces and the result is cut at {@value #MAX_LENGTH}
 *       characters.
 * </ol>
 *
 * <p>This is a safety net, not a licence: jeso's own code and providers never put values into
 * messages in the first place.
 */
public final class ErrorSanitizer {
  /** The replacement for anything removed. */
  public static final String REDACTED = "<redacted>";

  static final int MAX_LENGTH = 300;

  private static final Pattern JACKSON_SOURCE =
      Pattern.compile("\\s*at \\[Source:.*", Pattern.DOTALL);
  private static final Pattern PEM =
      Pattern.compile("-----BEGIN [^-]*-----.*?(-----END [^-]*-----|$)", Pattern.DOTALL);
  private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|`[^`]*`");
  private static final Pattern INNERMOST_BRACES = Pattern.compile("\\{[^{}]*}|\\[[^\\[\\]]*]");
  private static final Pattern AUTH_SCHEME =
      Pattern.compile("(?i)\\b(Bearer|Basic|Token|Negotiate)\\s+[^\\s,;]+");
  private static final Pattern URL_USERINFO = Pattern.compile("(://)[^/\\s@]+@");
  private static final Pattern QUERY = Pattern.compile("\\?[^\\s#]+");
  private static final Pattern ASSIGNMENT =
      Pattern.compile("([A-Za-z_][\\w.\\-]*)\\s*=\\s*[^\\s,;&)]+");
  private static final Pattern CREDENTIAL_COLON =
      Pattern.compile(
          "(?i)\\b([\\w\\-]*(?:password|passwd|pwd|secret|token|apikey|api-key|api_key|credential|"
              + "signature|session|private[_\\-]?key|access[_\\-]?key)[\\w\\-]*)\\s*:\\s*[^\\s,;]+");
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9+/_\\-=]{24,}");
  private static final Pattern LONG_NUMBER = Pattern.compile("\\b\\d{6,}\\b");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private ErrorSanitizer() {}

  /** Returns {@code raw} with anything that could be a value removed; null becomes "". */
  public static String sanitize(String raw) {
    if (raw == null || raw.isBlank()) {
      return "";
    }
    String text = JACKSON_SOURCE.matcher(raw).replaceAll("");
    text = PEM.matcher(text).replaceAll(REDACTED);
    text = QUOTED.matcher(text).replaceAll(REDACTED);
    text = redactNestedBrackets(text);
    text = AUTH_SCHEME.matcher(text).replaceAll("$1 " + REDACTED);
    text = URL_USERINFO.matcher(text).replaceAll("$1" + REDACTED + "@");
    text = QUERY.matcher(text).replaceAll("?" + REDACTED);
    text = ASSIGNMENT.matcher(text).replaceAll("$1=" + REDACTED);
    text = CREDENTIAL_COLON.matcher(text).replaceAll("$1: " + REDACTED);
    text = replaceEach(TOKEN, text, ErrorSanitizer::redactIfOpaque);
    text = LONG_NUMBER.matcher(text).replaceAll(REDACTED);
    text = WHITESPACE.matcher(text).replaceAll(" ").strip();
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
  }

  /** Sanitizes the messages of {@code t} and its causes, joined by ": ", for a log line. */
  public static String describe(Throwable t) {
    StringBuilder sb = new StringBuilder();
    Throwable current = t;
    for (int depth = 0; current != null && depth < 5; depth++, current = current.getCause()) {
      String message =
          current instanceof SecretProviderException || current instanceof SanitizedThrowable
              ? current.getMessage()
              : sanitize(current.getMessage());
      if (message != null && !message.isEmpty() && sb.indexOf(message) < 0) {
        if (!sb.isEmpty()) {
          sb.append(": ");
        }
        sb.append(message);
      }
    }
    return sb.toString();
  }

  private static String redactNestedBrackets(String text) {
    String previous;
    String current = text;
    // Innermost first, until nothing is left: handles nested JSON without a parser.
    do {
      previous = current;
      current = INNERMOST_BRACES.matcher(previous).replaceAll(REDACTED);
    } while (!current.equals(previous));
    return current;
  }

  private static String redactIfOpaque(String token) {
    if (UUID.matcher(token).matches()) {
      return token;
    }
    boolean hasDigit = token.chars().anyMatch(Character::isDigit);
    boolean hasLetter = token.chars().anyMatch(Character::isLetter);
    return (hasDigit && hasLetter) || token.length() >= 40 ? REDACTED : token;
  }

  private static String replaceEach(Pattern pattern, String text, Function<String, String> fn) {
    return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(fn.apply(m.group())));
  }
}
