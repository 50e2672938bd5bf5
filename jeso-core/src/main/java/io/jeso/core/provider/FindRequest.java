package io.jeso.core.provider;

import java.util.Map;

/**
 * {@code dataFrom[].find}: which remote secrets to return, all of them whole. Providers list
 * candidates under {@code path} and keep those that {@link io.jeso.core.data.FindMatcher} accepts.
 * The key-naming and decoding options of the find are applied by jeso afterwards, so they are not
 * here.
 *
 * @param path a provider-specific prefix to list under, or null
 * @param nameRegexp a Go (RE2) regular expression a secret's name must contain a match of, or null
 * @param tags tags/labels that must all be present with exactly these values; empty for no
 *     constraint
 */
public record FindRequest(String path, String nameRegexp, Map<String, String> tags) {
  public FindRequest {
    path = path == null || path.isEmpty() ? null : path;
    nameRegexp = nameRegexp == null || nameRegexp.isEmpty() ? null : nameRegexp;
    tags = tags == null ? Map.of() : Map.copyOf(tags);
  }

  public static FindRequest byName(String nameRegexp) {
    return new FindRequest(null, nameRegexp, Map.of());
  }

  public static FindRequest byTags(Map<String, String> tags) {
    return new FindRequest(null, null, tags);
  }
}
