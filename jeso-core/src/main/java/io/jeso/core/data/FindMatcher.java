package io.jeso.core.data;

import io.jeso.core.provider.FindRequest;
import java.util.Map;

/**
 * Decides which remote secrets a {@code dataFrom.find} selects, the same way for every provider:
 * the name must contain a match of {@code name.regexp} (unanchored, as Go's {@code MatchString};
 * write {@code ^...$} to anchor) and the secret must carry every requested tag with exactly the
 * requested value. {@code path} is a listing prefix each provider applies itself.
 */
public final class FindMatcher {
  private final GoRegex name;
  private final Map<String, String> tags;

  private FindMatcher(GoRegex name, Map<String, String> tags) {
    this.name = name;
    this.tags = tags;
  }

  /**
   * @throws InvalidRegexException with ESO's wording ({@code could not compile find.name.regexp
   *     [re]: ...})
   */
  public static FindMatcher of(FindRequest find) {
    GoRegex compiled = null;
    if (find.nameRegexp() != null) {
      try {
        compiled = GoRegex.compile(find.nameRegexp());
      } catch (InvalidRegexException e) {
        throw new InvalidRegexException(
            "could not compile find.name.regexp [" + find.nameRegexp() + "]: " + e.getMessage(), e);
      }
    }
    return new FindMatcher(compiled, find.tags());
  }

  /** Whether a secret called {@code secretName} passes the name condition. */
  public boolean matchesName(String secretName) {
    return name == null || name.find(secretName);
  }

  /** Whether a secret with these tags (labels) passes the tag condition. */
  public boolean matchesTags(Map<String, String> secretTags) {
    for (Map.Entry<String, String> wanted : tags.entrySet()) {
      if (secretTags == null || !wanted.getValue().equals(secretTags.get(wanted.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /** Both conditions. */
  public boolean matches(String secretName, Map<String, String> secretTags) {
    return matchesName(secretName) && matchesTags(secretTags);
  }
}
