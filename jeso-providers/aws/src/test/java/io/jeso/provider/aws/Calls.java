package io.jeso.provider.aws;

import io.jeso.core.provider.ProviderApiCalls;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A metrics sink that remembers {@code provider call status} lines, for assertions. */
final class Calls implements ProviderApiCalls {
  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

  @Override
  public void record(String provider, String call, String status) {
    lines.add(provider + " " + call + " " + status);
  }

  List<String> all() {
    return List.copyOf(lines);
  }

  long count(String line) {
    return all().stream().filter(line::equals).count();
  }

  void clear() {
    lines.clear();
  }
}
