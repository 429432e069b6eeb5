package vn.thuduc.coordbot.dataset;

import java.util.List;

/**
 * What a reload changed: counts of added, changed and removed records, one line per change (old
 * → new values for statistics), the new dataset version, and the time it took.
 */
public record ReloadReport(
    long version, boolean unchanged, int added, int changed, int removed, List<String> changes,
    int documents, long millis) {
  public ReloadReport {
    changes = List.copyOf(changes);
  }
}
