package io.jeso.core.store;

/**
 * How a ClusterSecretStore's {@code namespaceRegexes} are matched against a namespace name. See
 * docs/design/002-namespace-regexes.md for why jeso anchors by default.
 */
public enum RegexMatch {
  /**
   * The whole namespace name must match ({@code Matcher.matches()}): {@code team-a} allows only
   * {@code team-a}, {@code team-a-.*} allows its sub-namespaces. jeso's default.
   */
  FULL,
  /**
   * Any part of the name may match ({@code Matcher.find()}), ESO's behaviour: {@code prod} also
   * allows {@code evil-prod-x}. Opt-in for clusters moving from ESO that rely on it.
   */
  FIND;

  /** Parses a flag value: {@code full} or {@code find}. */
  public static RegexMatch parse(String value) {
    return switch (value == null ? "" : value.toLowerCase(java.util.Locale.ROOT)) {
      case "", "full" -> FULL;
      case "find", "eso" -> FIND;
      default ->
          throw new IllegalArgumentException(
              "namespace regex match must be full or find, not " + value);
    };
  }
}
