package io.jeso.operator.generator;

import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What jeso holds per ExternalSecret (by uid, so a re-created ExternalSecret of the same name
 * starts afresh) and entry index, plus which entries the target Secret records from an earlier
 * process.
 */
final class LeaseBook {
  private record Key(String uid, int index) {}

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
  private final Map<String, Set<Integer>> recorded = new ConcurrentHashMap<>();

  Entry entry(ResourceID es, String uid, int index) {
    return entries.computeIfAbsent(new Key(uid, index), k -> new Entry(es, uid, index));
  }

  Entry find(String uid, int index) {
    return entries.get(new Key(uid, index));
  }

  List<Entry> of(String uid) {
    return entries.values().stream().filter(e -> e.uid.equals(uid)).toList();
  }

  List<Entry> all() {
    return List.copyOf(entries.values());
  }

  void remove(Entry e) {
    entries.remove(new Key(e.uid, e.index), e);
  }

  /** The target Secret records leases for these indices (seen when deciding whether to sync). */
  void noteRecorded(String uid, Set<Integer> indices) {
    if (indices.isEmpty()) {
      recorded.remove(uid);
    } else {
      recorded.put(uid, Set.copyOf(indices));
    }
  }

  boolean recorded(String uid, int index) {
    return recorded.getOrDefault(uid, Set.of()).contains(index);
  }

  boolean anyRecorded(String uid) {
    return recorded.containsKey(uid);
  }

  void forget(String uid) {
    of(uid).forEach(this::remove);
    recorded.remove(uid);
  }

  /** Credentials held (current and pending). */
  int held() {
    int n = 0;
    for (Entry e : entries.values()) {
      synchronized (e) {
        n += (e.current == null ? 0 : 1) + (e.pending == null ? 0 : 1);
      }
    }
    return n;
  }
}
