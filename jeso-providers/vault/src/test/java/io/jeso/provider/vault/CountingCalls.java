package io.jeso.provider.vault;

import io.jeso.core.provider.ProviderApiCalls;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts reported provider API calls by {@code provider/call/status}. */
final class CountingCalls implements ProviderApiCalls {
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  @Override
  public void record(String provider, String call, String status) {
    counts
        .computeIfAbsent(provider + "/" + call + "/" + status, k -> new AtomicInteger())
        .incrementAndGet();
  }

  int count(String call, String status) {
    AtomicInteger n =
        counts.get(
            io.jeso.provider.vault.http.VaultHttp.PROVIDER_LABEL + "/" + call + "/" + status);
    return n == null ? 0 : n.get();
  }

  int successes(String call) {
    return count(call, SUCCESS);
  }

  @Override
  public String toString() {
    return counts.toString();
  }
}
