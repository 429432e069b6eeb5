package vn.thuduc.coordbot.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneStat;

/**
 * What differs between two versions of the dataset: records added, changed and removed (keyed
 * {@code kind/id}), one readable line each (old → new values for statistics), and the zones touched.
 */
public record DatasetDiff(int added, int changed, int removed, List<String> lines, List<Change> changes) {
  public DatasetDiff {
    lines = List.copyOf(lines);
    changes = List.copyOf(changes);
  }

  /** One record that is new, different or gone; {@code zoneId} is set for zone and zone_stat records. */
  public record Change(String key, Optional<String> zoneId, Optional<Object> before, Optional<Object> after) {}

  /** The differences from {@code before} (empty: the first import) to {@code after}. */
  public static DatasetDiff between(Optional<Dataset> before, Dataset after) {
    Map<String, Object> old = before.map(Dataset::recordsByKey).orElse(new LinkedHashMap<>());
    Map<String, Object> now = after.recordsByKey();
    int added = 0;
    int changed = 0;
    int removed = 0;
    List<String> lines = new ArrayList<>();
    List<Change> changes = new ArrayList<>();
    for (var e : now.entrySet()) {
      Object was = old.get(e.getKey());
      if (was == null) {
        added++;
        if (before.isPresent()) {
          lines.add("+ " + e.getKey());
          changes.add(new Change(e.getKey(), zoneOf(e.getValue()), Optional.empty(), Optional.of(e.getValue())));
        }
      } else if (!was.equals(e.getValue())) {
        changed++;
        lines.add("~ " + e.getKey() + describe(was, e.getValue()));
        changes.add(new Change(e.getKey(), zoneOf(e.getValue()), Optional.of(was), Optional.of(e.getValue())));
      }
    }
    for (var e : old.entrySet()) {
      if (!now.containsKey(e.getKey())) {
        removed++;
        lines.add("- " + e.getKey());
        changes.add(new Change(e.getKey(), zoneOf(e.getValue()), Optional.of(e.getValue()), Optional.empty()));
      }
    }
    return new DatasetDiff(added, changed, removed, lines, changes);
  }

  /** True when nothing differs. */
  public boolean isEmpty() {
    return added == 0 && changed == 0 && removed == 0;
  }

  /** The summary stored with a version: {@code +added ~changed -removed}. */
  public String summary() {
    return "+" + added + " ~" + changed + " -" + removed;
  }

  /** The zones whose records changed, in the order the changes were found. */
  public Set<String> zonesTouched() {
    Set<String> out = new LinkedHashSet<>();
    changes.forEach(c -> c.zoneId().ifPresent(out::add));
    return out;
  }

  private static Optional<String> zoneOf(Object record) {
    if (record instanceof ZoneStat s) {
      return Optional.of(s.zoneId());
    }
    if (record instanceof Zone z) {
      return Optional.of(z.id());
    }
    return Optional.empty();
  }

  private static String describe(Object old, Object now) {
    if (old instanceof ZoneStat a && now instanceof ZoneStat b) {
      List<String> parts = new ArrayList<>();
      if (a.enterprises() != b.enterprises()) {
        parts.add("enterprises " + a.enterprises() + " → " + b.enterprises());
      }
      if (a.workers() != b.workers()) {
        parts.add("workers " + a.workers() + " → " + b.workers());
      }
      if (!a.source().equals(b.source())) {
        parts.add("source " + a.source() + " → " + b.source());
      }
      return parts.isEmpty() ? "" : ": " + String.join(", ", parts);
    }
    return "";
  }
}
