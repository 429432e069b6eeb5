package vn.thuduc.coordbot.answer.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thuduc.coordbot.answer.query.Lexicon;
import vn.thuduc.coordbot.answer.query.Tagger;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Person;
import vn.thuduc.coordbot.data.Zone;

/**
 * The people of the source who are of a zone or a body it names, by their titles: "ai dự hội nghị từ Khu Công nghệ
 * cao", "who represented the Hi-Tech Park", "còn BQL KCX-KCN". A zone none of whose names is in anyone's titles has
 * nobody the source places there (never a guess from the kind of zone).
 */
final class PeopleOf {
  /** "Ban quản lý" as folded words: a management board, which the next words name. */
  private static final List<String> BOARD = List.of("ban", "quan", "ly");
  /** A board is named by at least this many words ("ban quản lý khu chế xuất"), not by "ban quản lý" alone. */
  private static final int BOARD_WORDS = 6;

  private final Dataset ds;

  PeopleOf(Dataset ds) {
    this.ds = ds;
  }

  /** The ids of the people whose titles hold one of the names of {@code zoneId}, in the source's order. */
  List<String> ofZone(String zoneId) {
    Optional<Zone> zone = ds.zone(zoneId);
    List<String> out = new ArrayList<>();
    if (zone.isEmpty()) {
      return out;
    }
    List<String> names = new ArrayList<>(zone.get().aliases());
    names.add(zone.get().shortVi());
    names.add(zone.get().shortEn());
    for (Person p : ds.people()) {
      String titles = titles(p);
      for (String name : names) {
        List<String> n = Lexicon.normalise(name);
        // one word ("Linh") names nothing: a name of two words or more, found whole
        if (n.size() >= 2 && titles.contains(" " + String.join(" ", n) + " ") && !out.contains(p.id())) {
          out.add(p.id());
        }
      }
    }
    return out;
  }

  /**
   * The board a question names by "Ban quản lý …" ("BQL KCX-KCN", "HEPZA", which the lexicon spells out) and the
   * ids of the people whose titles name it; empty when it names none, or one of nobody's titles.
   */
  Optional<Board> board(Tagger.Tagged t) {
    List<String> w = t.words();
    for (int i = 0; i + BOARD_WORDS <= w.size(); i++) {
      if (!w.subList(i, i + BOARD.size()).equals(BOARD)) {
        continue;
      }
      String key = " " + String.join(" ", w.subList(i, i + BOARD_WORDS)) + " ";
      List<String> ids = new ArrayList<>();
      for (Person p : ds.people()) {
        if (titles(p).contains(key)) {
          ids.add(p.id());
        }
      }
      if (!ids.isEmpty()) {
        int to = i + BOARD_WORDS;
        while (to < w.size() && named(" " + String.join(" ", w.subList(i, to + 1)) + " ")) {
          to++; // the whole name typed: "… khu chế xuất khu công nghiệp"
        }
        return Optional.of(new Board(i, to, ids));
      }
    }
    return Optional.empty();
  }

  /** True when some title holds {@code key}. */
  private boolean named(String key) {
    for (Person p : ds.people()) {
      if (titles(p).contains(key)) {
        return true;
      }
    }
    return false;
  }

  /** A board named at words [from, to) and the people of it. */
  record Board(int from, int to, List<String> ids) {
    Board {
      ids = List.copyOf(ids);
    }
  }

  /** All the titles of {@code p}, in both languages, as folded words with a space on each side. */
  private static String titles(Person p) {
    StringBuilder out = new StringBuilder(" ");
    for (String title : p.titlesVi()) {
      out.append(String.join(" ", Lexicon.normalise(title))).append(" | ");
    }
    for (String title : p.titlesEn()) {
      out.append(String.join(" ", Lexicon.normalise(title))).append(" | ");
    }
    return out.toString();
  }
}
