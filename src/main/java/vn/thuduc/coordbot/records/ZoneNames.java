package vn.thuduc.coordbot.records;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.text.Fold;

/** Finds the dataset's zones in record text by their names and aliases, folded, the longest name winning. */
final class ZoneNames {
  private record Name(String folded, String zoneId) {}

  private final List<Name> names = new ArrayList<>();
  private final List<String> order = new ArrayList<>();

  ZoneNames(List<Zone> zones) {
    zones.forEach(z -> order.add(z.id()));
    for (Zone z : zones) {
      List<String> all = new ArrayList<>(z.aliases());
      all.add(z.nameVi());
      all.add(z.shortVi());
      for (String a : all) {
        if (a != null && !a.isBlank()) {
          names.add(new Name(" " + String.join(" ", Fold.words(a)) + " ", z.id()));
        }
      }
    }
    names.sort((a, b) -> b.folded().length() - a.folded().length());
  }

  /** The zone named last in {@code text} (the one nearest what follows it). */
  Optional<String> last(String text) {
    String f = " " + String.join(" ", Fold.words(text)) + " ";
    int best = -1;
    String id = null;
    for (Name n : names) {
      int at = f.lastIndexOf(n.folded());
      // the name ending nearest the end wins ("... Linh Trung 2" over its "Linh Trung"); at the same
      // end the longer one, which comes first
      if (at >= 0 && at + n.folded().length() > best) {
        best = at + n.folded().length();
        id = n.zoneId();
      }
    }
    return Optional.ofNullable(id);
  }

  /** Every zone named in {@code text}, in the dataset's order. */
  List<String> all(String text) {
    String f = " " + String.join(" ", Fold.words(text)) + " ";
    Set<String> found = new LinkedHashSet<>();
    for (Name n : names) {
      if (f.contains(n.folded())) {
        found.add(n.zoneId());
      }
    }
    return order.stream().filter(found::contains).toList();
  }
}
