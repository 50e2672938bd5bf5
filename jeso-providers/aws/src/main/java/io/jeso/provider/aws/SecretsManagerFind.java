package io.jeso.provider.aws;

import io.jeso.core.data.FindMatcher;
import io.jeso.core.data.InvalidRegexException;
import io.jeso.core.provider.AuthenticationException;
import io.jeso.core.provider.FindRequest;
import io.jeso.core.provider.InvalidStoreException;
import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.ProviderException;
import io.jeso.core.provider.SecretProviderException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.APIErrorType;
import software.amazon.awssdk.services.secretsmanager.model.BatchGetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.Filter;
import software.amazon.awssdk.services.secretsmanager.model.FilterNameStringType;
import software.amazon.awssdk.services.secretsmanager.model.ListSecretsResponse;
import software.amazon.awssdk.services.secretsmanager.model.SecretListEntry;
import software.amazon.awssdk.services.secretsmanager.model.SecretValueEntry;
import software.amazon.awssdk.services.secretsmanager.model.Tag;

/**
 * {@code dataFrom.find} on Secrets Manager in as few billed calls as AWS allows: ListSecrets (100
 * per page, narrowed on the server by path and tags, matched exactly here by name regexp and tags),
 * then BatchGetSecretValue for 20 secrets at a time. Where BatchGetSecretValue is not available (an
 * emulator without it, or an IAM policy that grants only GetSecretValue) it falls back to one
 * GetSecretValue per secret and stays with that for the life of the client.
 */
final class SecretsManagerFind {
  static final int PAGE = 100;
  static final int BATCH = 20;

  /** Error codes after which the batch API is given up for GetSecretValue. */
  private static final Set<String> NO_BATCH =
      Set.of(
          "UnknownOperationException",
          "InvalidAction",
          "NotImplemented",
          "UnsupportedOperation",
          "AccessDenied",
          "AccessDeniedException");

  private final SecretsManagerClient sm;
  private final AwsCalls calls;
  private volatile boolean batchUnavailable;

  SecretsManagerFind(SecretsManagerClient sm, AwsCalls calls) {
    this.sm = sm;
    this.calls = calls;
  }

  Map<String, byte[]> find(FindRequest request) throws SecretProviderException {
    FindMatcher matcher = matcher(request);
    List<SecretListEntry> matches = list(request, matcher);
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (int from = 0; from < matches.size(); from += BATCH) {
      List<SecretListEntry> slice = matches.subList(from, Math.min(from + BATCH, matches.size()));
      if (batchUnavailable || !readBatch(slice, out)) {
        batchUnavailable = true;
        readOneByOne(slice, out);
      }
    }
    return out;
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

  private List<SecretListEntry> list(FindRequest request, FindMatcher matcher)
      throws SecretProviderException {
    List<Filter> filters = filters(request);
    List<SecretListEntry> matches = new ArrayList<>();
    String next = null;
    do {
      String token = next;
      ListSecretsResponse page =
          calls.run(
              "ListSecrets",
              "",
              () -> sm.listSecrets(r -> r.filters(filters).maxResults(PAGE).nextToken(token)));
      for (SecretListEntry entry : page.secretList()) {
        if (matcher.matches(entry.name(), tags(entry.tags()))) {
          matches.add(entry);
        }
      }
      next = page.nextToken();
    } while (next != null && !next.isEmpty());
    return matches;
  }

  /**
   * Server-side narrowing only (AWS matches these filters by prefix); the exact test is {@link
   * FindMatcher}'s.
   */
  static List<Filter> filters(FindRequest request) {
    List<Filter> filters = new ArrayList<>();
    if (request.path() != null) {
      filters.add(filter(FilterNameStringType.NAME, request.path()));
    }
    request
        .tags()
        .forEach(
            (k, v) -> {
              filters.add(filter(FilterNameStringType.TAG_KEY, k));
              filters.add(filter(FilterNameStringType.TAG_VALUE, v));
            });
    return filters;
  }

  private static Filter filter(FilterNameStringType key, String value) {
    return Filter.builder().key(key).values(value).build();
  }

  /** Reads {@code slice} with one BatchGetSecretValue; false when the batch API is unavailable. */
  private boolean readBatch(List<SecretListEntry> slice, Map<String, byte[]> out)
      throws SecretProviderException {
    List<String> ids = slice.stream().map(SecretListEntry::arn).toList();
    var answer =
        calls.runUnless(
            "BatchGetSecretValue",
            slice.size() + " secrets",
            NO_BATCH::contains,
            () -> sm.batchGetSecretValue(r -> r.secretIdList(ids)));
    if (answer.isEmpty()) {
      return false;
    }
    BatchGetSecretValueResponse batch = answer.get();
    for (APIErrorType error : batch.errors()) {
      failOnError(error);
    }
    for (SecretValueEntry value : batch.secretValues()) {
      if (value.secretString() != null || value.secretBinary() != null) {
        out.put(
            value.name(),
            SecretsManagerReader.payload(value.secretString(), value.secretBinary(), value.name()));
      }
    }
    return true;
  }

  /** A secret listed a moment ago and deleted since is skipped; anything else fails the find. */
  private static void failOnError(APIErrorType error) throws SecretProviderException {
    String code = AwsErrors.safeCode(error.errorCode());
    if (AwsErrors.NOT_FOUND.contains(code)) {
      return;
    }
    String what = "BatchGetSecretValue could not read one of the listed secrets";
    if (AwsErrors.AUTHENTICATION.contains(code)) {
      throw new AuthenticationException(what + ": access denied (" + code + ")");
    }
    throw new ProviderException(what + " (" + (code.isEmpty() ? "no error code" : code) + ")");
  }

  private void readOneByOne(List<SecretListEntry> slice, Map<String, byte[]> out)
      throws SecretProviderException {
    for (SecretListEntry entry : slice) {
      try {
        var value =
            calls.run(
                "GetSecretValue",
                "key=" + entry.name(),
                () -> sm.getSecretValue(r -> r.secretId(entry.arn())));
        if (value.secretString() != null || value.secretBinary() != null) {
          out.put(
              entry.name(),
              SecretsManagerReader.payload(
                  value.secretString(), value.secretBinary(), entry.name()));
        }
      } catch (NoSecretException gone) {
        // Deleted between ListSecrets and now: it is simply no longer part of the result.
      }
    }
  }

  private static Map<String, String> tags(List<Tag> tags) {
    Map<String, String> map = new LinkedHashMap<>();
    for (Tag tag : tags) {
      map.put(tag.key(), tag.value() == null ? "" : tag.value());
    }
    return map;
  }
}
