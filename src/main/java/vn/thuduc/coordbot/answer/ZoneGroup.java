package vn.thuduc.coordbot.answer;

import java.util.EnumSet;
import java.util.Set;
import vn.thuduc.coordbot.data.ZoneKind;

/** Zones a question names as a whole: all of them, or all of some kinds ("the two EPZs"). */
record ZoneGroup(Set<ZoneKind> kinds) {
  static final ZoneGroup ALL = new ZoneGroup(Set.of());

  ZoneGroup {
    kinds = kinds.isEmpty() || kinds.size() == ZoneKind.values().length ? Set.of() : Set.copyOf(kinds);
  }

  static ZoneGroup of(ZoneKind kind) {
    return new ZoneGroup(EnumSet.of(kind));
  }

  ZoneGroup plus(ZoneKind kind) {
    EnumSet<ZoneKind> k = kinds.isEmpty() ? EnumSet.noneOf(ZoneKind.class) : EnumSet.copyOf(kinds);
    k.add(kind);
    return new ZoneGroup(k);
  }

  boolean all() {
    return kinds.isEmpty();
  }

  boolean includes(ZoneKind kind) {
    return kinds.isEmpty() || kinds.contains(kind);
  }
}
