package vn.thuduc.coordbot.answer;

import java.util.Optional;
import vn.thuduc.coordbot.data.ZoneKind;

/** A set of zones a question can name as a whole: all of them, or all of one kind. */
record ZoneGroup(Optional<ZoneKind> kind) {
  static final ZoneGroup ALL = new ZoneGroup(Optional.empty());

  static ZoneGroup of(ZoneKind kind) {
    return new ZoneGroup(Optional.of(kind));
  }

  boolean all() {
    return kind.isEmpty();
  }
}
