package io.jeso.core.sync;

import io.jeso.core.data.FindMatcher;
import io.jeso.core.data.MalformedJsonException;
import io.jeso.core.data.SecretMaps;
import io.jeso.core.provider.NoSecretException;
import io.jeso.core.provider.ProviderException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A remote secret store as a map, executing a {@link FetchPlan} the way the operator would. This is
 * a test double for the operator's fetch step (jeso-core has no provider of its own); keys absent
 * from the map answer "not found", keys mapped to {@link #FAIL} answer a provider error.
 */
final class Remote {
  static final String FAIL = "\u0000fail";

  private final Map<String, String> secrets = new TreeMap<>();

  static Remote of(String... kv) {
    Remote r = new Remote();
    for (int i = 0; i < kv.length; i += 2) {
      r.secrets.put(kv[i], kv[i + 1]);
    }
    return r;
  }

  FetchResults execute(FetchPlan plan) {
    FetchResults results = new FetchResults();
    for (FetchItem item : plan.items()) {
      switch (item.request()) {
        case FetchRequest.GetSecret g -> single(results, item, g.ref().key());
        case FetchRequest.GetSecretMap g -> map(results, item, g.ref().key());
        case FetchRequest.FindSecrets f -> find(results, item, FindMatcher.of(f.find()));
        case FetchRequest.Generate g ->
            results.failure(item, "generators are not available", false);
      }
    }
    return results;
  }

  private void single(FetchResults results, FetchItem item, String key) {
    String value = secrets.get(key);
    if (value == null) {
      results.failure(item, new NoSecretException("secret " + key + " not found"));
    } else if (value.equals(FAIL)) {
      results.failure(item, new ProviderException("connection refused"));
    } else {
      results.value(item, value.getBytes(StandardCharsets.UTF_8));
    }
  }

  private void map(FetchResults results, FetchItem item, String key) {
    String value = secrets.get(key);
    if (value == null) {
      results.failure(item, new NoSecretException("secret " + key + " not found"));
    } else if (value.equals(FAIL)) {
      results.failure(item, new ProviderException("connection refused"));
    } else {
      try {
        results.values(item, SecretMaps.fromJson(value.getBytes(StandardCharsets.UTF_8)));
      } catch (MalformedJsonException e) {
        // What a provider does with a payload it cannot extract: a provider error with the safe
        // message.
        results.failure(item, new ProviderException(e.getMessage()));
      }
    }
  }

  private void find(FetchResults results, FetchItem item, FindMatcher matcher) {
    Map<String, byte[]> found = new LinkedHashMap<>();
    secrets.forEach(
        (k, v) -> {
          if (matcher.matchesName(k)) {
            found.put(k, v.getBytes(StandardCharsets.UTF_8));
          }
        });
    results.values(item, found);
  }
}
