package io.jeso.provider.aws;

import io.jeso.core.data.FindMatcher;
import io.jeso.core.data.InvalidRegexException;
import io.jeso.core.provider.FindRequest;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.SecretProviderException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.GetParametersByPathResponse;
import software.amazon.awssdk.services.ssm.model.Parameter;
import software.amazon.awssdk.services.ssm.model.ParameterMetadata;
import software.amazon.awssdk.services.ssm.model.ParameterStringFilter;

/**
 * {@code dataFrom.find} on Parameter Store.
 *
 * <ul>
 *   <li>{@code path} alone (or with a name regexp): GetParametersByPath, recursive and decrypted,
 *       which returns values with the listing. If the IAM policy denies it, ESO's fallback:
 *       DescribeParameters under the path.
 *   <li>{@code tags}: DescribeParameters with exact tag filters (and the path), since tags cannot
 *       be read with GetParametersByPath.
 *   <li>a name regexp alone: DescribeParameters over everything.
 * </ul>
 *
 * Names found by DescribeParameters are read with GetParameters, ten at a time (ESO reads them one
 * by one).
 */
final class ParameterStoreFind {
  static final int BATCH = 10;
  static final int DESCRIBE_PAGE = 50;
  static final int PATH_PAGE = 10;
  private static final Set<String> DENIED = Set.of("AccessDenied", "AccessDeniedException");

  private final SsmClient ssm;
  private final AwsCalls calls;

  ParameterStoreFind(SsmClient ssm, AwsCalls calls) {
    this.ssm = ssm;
    this.calls = calls;
  }

  Map<String, byte[]> find(FindRequest request) throws SecretProviderException {
    FindMatcher matcher = matcher(request);
    if (request.tags().isEmpty() && request.path() != null) {
      Optional<Map<String, byte[]>> byPath = byPath(request.path(), matcher);
      if (byPath.isPresent()) {
        return byPath.get();
      }
    }
    return read(describe(request, matcher));
  }

  private static FindMatcher matcher(FindRequest request) throws InvalidStoreException {
    if (request.nameRegexp() == null && request.tags().isEmpty() && request.path() == null) {
      throw new InvalidStoreException("find needs name.regexp, tags or path");
    }
    try {
      return FindMatcher.of(request);
    } catch (InvalidRegexException e) {
      throw new InvalidStoreException(e.getMessage());
    }
  }

  /** Empty when the policy denies GetParametersByPath. */
  private Optional<Map<String, byte[]>> byPath(String path, FindMatcher matcher)
      throws SecretProviderException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    String next = null;
    do {
      String token = next;
      Optional<GetParametersByPathResponse> page =
          calls.runUnless(
              "GetParametersByPath",
              "path=" + path,
              DENIED::contains,
              () ->
                  ssm.getParametersByPath(
                      r ->
                          r.path(path)
                              .recursive(true)
                              .withDecryption(true)
                              .maxResults(PATH_PAGE)
                              .nextToken(token)));
      if (page.isEmpty()) {
        return Optional.empty();
      }
      for (Parameter parameter : page.get().parameters()) {
        if (matcher.matchesName(parameter.name())) {
          out.put(parameter.name(), ParameterStoreReader.value(parameter, parameter.name()));
        }
      }
      next = page.get().nextToken();
    } while (next != null && !next.isEmpty());
    return Optional.of(out);
  }

  private List<String> describe(FindRequest request, FindMatcher matcher)
      throws SecretProviderException {
    List<ParameterStringFilter> filters = filters(request);
    List<String> names = new ArrayList<>();
    String next = null;
    do {
      String token = next;
      // ESO counts this call as "DescribeParameter"; the same label keeps dashboards working.
      var page =
          calls.run(
              "DescribeParameter",
              "",
              () ->
                  ssm.describeParameters(
                      r -> r.parameterFilters(filters).maxResults(DESCRIBE_PAGE).nextToken(token)));
      for (ParameterMetadata meta : page.parameters()) {
        if (matcher.matchesName(meta.name())) {
          names.add(meta.name());
        }
      }
      next = page.nextToken();
    } while (next != null && !next.isEmpty());
    return names;
  }

  static List<ParameterStringFilter> filters(FindRequest request) {
    List<ParameterStringFilter> filters = new ArrayList<>();
    request
        .tags()
        .forEach(
            (k, v) ->
                filters.add(
                    ParameterStringFilter.builder()
                        .key("tag:" + k)
                        .option("Equals")
                        .values(v)
                        .build()));
    if (request.path() != null) {
      filters.add(
          ParameterStringFilter.builder()
              .key("Path")
              .option("Recursive")
              .values(request.path())
              .build());
    }
    return filters;
  }

  /** Values of {@code names}, ten per GetParameters; names deleted meanwhile are left out. */
  private Map<String, byte[]> read(List<String> names) throws SecretProviderException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (int from = 0; from < names.size(); from += BATCH) {
      List<String> slice = names.subList(from, Math.min(from + BATCH, names.size()));
      var answer =
          calls.run(
              "GetParameters",
              slice.size() + " parameters",
              () -> ssm.getParameters(r -> r.names(slice).withDecryption(true)));
      for (Parameter parameter : answer.parameters()) {
        out.put(parameter.name(), ParameterStoreReader.value(parameter, parameter.name()));
      }
    }
    return out;
  }
}
