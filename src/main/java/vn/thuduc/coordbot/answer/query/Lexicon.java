package vn.thuduc.coordbot.answer.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneKind;
import vn.thuduc.coordbot.search.Passage;
import vn.thuduc.coordbot.search.Passages;
import vn.thuduc.coordbot.text.Abbreviations;
import vn.thuduc.coordbot.text.Fold;
import vn.thuduc.coordbot.text.LexiconFile;
import vn.thuduc.coordbot.text.Stopwords;

/**
 * The one lexicon of statistics questions: the dataset's zone names and aliases (with their numbers
 * written as words and Roman numerals), the phrases of {@code query/phrases.tsv} and the place names
 * the data lacks ({@code query/places.txt}), all as folded words. Built once per dataset snapshot.
 */
public final class Lexicon {
  /** A phrase of one or more folded words and what it means. */
  public record Entry(List<String> words, Tag.Kind kind, String arg) {}

  private static final String[] VI_DIGITS = {"khong", "mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin"};
  private static final String[] EN_DIGITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine"};
  private static final String[] ROMAN = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};

  /** The statistics phrases: TAG, argument, phrases separated by |. */
  public static final String PHRASES_FILE = "query/phrases.tsv";
  /** Place names the data does not have, one a line. */
  public static final String PLACES_FILE = "query/places.txt";
  private static final List<Entry> PHRASES = load();
  private static final List<List<String>> PLACES = loadPlaces();

  private final Map<String, List<Entry>> byFirst = new HashMap<>();
  private final Set<String> known = new HashSet<>();
  private final Set<String> correctable = new HashSet<>();
  /** The words of zone names: a typo is corrected towards them first. */
  private final Set<String> zoneWords = new HashSet<>();
  /** Zone names of two words or more, for typos read in their context ("cat lia" is "cat lai"). */
  private final List<Entry> zoneNames = new ArrayList<>();
  /** Zone names without their trailing number ("linh trung" of "linh trung 2"), by zone id. */
  private final Map<List<String>, String> numberedBases = new HashMap<>();
  /** The bases of numbered names, for the zones that share one ("2 khu Linh Trung"). */
  private final Set<List<String>> numbered = new HashSet<>();
  /** Zone ids by their whole name's words, for the members of a family. */
  private final Map<List<String>, String> byName = new HashMap<>();
  private final Map<String, String> kinds = new HashMap<>();
  private final Map<String, String> shortVi = new HashMap<>();
  private final Map<String, String> shortEn = new HashMap<>();

  /** "linh trung 2 epz" also typed "linh trung epz 2": the number of a name moved after the words that follow it. */
  private static java.util.Optional<List<String>> numberLast(List<String> w) {
    for (int k = 1; k < w.size() - 1; k++) {
      if (w.get(k).length() == 1 && Character.isDigit(w.get(k).charAt(0))) {
        List<String> v = new ArrayList<>(w.subList(0, k));
        v.addAll(w.subList(k + 1, w.size()));
        v.add(w.get(k));
        return java.util.Optional.of(List.copyOf(v));
      }
    }
    return java.util.Optional.empty();
  }

  public Lexicon(Dataset dataset, Set<String> otherKnownWords) {
    this(dataset, otherKnownWords, textWords(dataset));
  }

  /** As above, with the words of the dataset's text ({@link #textWords}) already worked out. */
  public Lexicon(Dataset dataset, Set<String> otherKnownWords, Set<String> textWords) {
    List<Entry> all = new ArrayList<>();
    for (Zone z : dataset.zones()) {
      kinds.put(z.id(), z.kind().code());
      shortVi.put(z.id(), z.shortVi());
      shortEn.put(z.id(), z.shortEn());
      List<String> names = new ArrayList<>(z.aliases());
      names.addAll(List.of(z.nameVi(), z.nameEn(), z.shortVi(), z.shortEn()));
      Set<List<String>> seen = new HashSet<>();
      for (String n : names) {
        List<String> w = normalise(n);
        if (w.isEmpty() || !seen.add(w)) {
          continue;
        }
        all.add(new Entry(w, Tag.Kind.ZONE, z.id()));
        byName.putIfAbsent(w, z.id());
        String last = w.get(w.size() - 1);
        if (w.size() >= 2 && last.matches("[1-9]")) {
          int d = Integer.parseInt(last);
          numberedBases.put(w.subList(0, w.size() - 1), z.id());
          numbered.add(List.copyOf(w.subList(0, w.size() - 1)));
          // "linh trung hai", "linh trung ii", "linh trung số 2", "Linh Trung No. 2", "linh trung 02"
          List<List<String>> alts = new ArrayList<>();
          for (String alt : new String[] {last, VI_DIGITS[d], EN_DIGITS[d], ROMAN[d]}) {
            alts.add(List.of(alt));
            alts.add(List.of("so", alt));
          }
          alts.add(List.of("0" + last));
          alts.add(List.of("no", last));
          alts.add(List.of("number", last));
          for (List<String> alt : alts) {
            List<String> v = new ArrayList<>(w.subList(0, w.size() - 1));
            v.addAll(alt);
            if (seen.add(v)) {
              all.add(new Entry(List.copyOf(v), Tag.Kind.ZONE, z.id()));
            }
          }
        }
        java.util.Optional<List<String>> moved = numberLast(w);
        if (moved.isPresent() && seen.add(moved.get())) {
          all.add(new Entry(moved.get(), Tag.Kind.ZONE, z.id()));
        }
        correctable.addAll(w);
        zoneWords.addAll(w);
        if (w.size() >= 2) {
          zoneNames.add(new Entry(w, Tag.Kind.ZONE, z.id()));
        }
        // glued as typed in a hurry: "linhtrung", "catlai2"
        if (w.size() >= 2 && w.size() <= 3 && !w.get(0).equals("khu")) {
          List<String> glued = List.of(String.join("", w));
          if (seen.add(glued)) {
            all.add(new Entry(glued, Tag.Kind.ZONE, z.id()));
          }
          // with its kind's letters in front: "kcxlinhtrung2", "kcncatlai"
          String kind = z.kind() == ZoneKind.EPZ ? "kcx" : z.kind() == ZoneKind.IP ? "kcn" : "";
          List<String> prefixed = List.of(kind + glued.get(0));
          if (!kind.isEmpty() && seen.add(prefixed)) {
            all.add(new Entry(prefixed, Tag.Kind.ZONE, z.id()));
          }
        }
        // two words of a longer name run together: "hitech park", "linh trung2"
        for (int k = 0; w.size() >= 3 && w.size() <= 4 && k + 1 < w.size(); k++) {
          List<String> v = new ArrayList<>(w.subList(0, k));
          v.add(w.get(k) + w.get(k + 1));
          v.addAll(w.subList(k + 2, w.size()));
          if (!v.get(0).equals("khu") && seen.add(v)) {
            all.add(new Entry(List.copyOf(v), Tag.Kind.ZONE, z.id()));
          }
        }
      }
    }
    all.addAll(PHRASES);
    // statistics phrases run together as typed in a hurry: "laodong", "doanhnghiep", "baonhieu"
    Set<List<String>> phrases = new HashSet<>();
    for (Entry e : PHRASES) {
      phrases.add(e.words());
    }
    for (Entry e : PHRASES) {
      List<String> glued = List.of(String.join("", e.words()));
      if (e.kind() != Tag.Kind.FILLER && e.words().size() >= 2 && e.words().size() <= 5 && phrases.add(glued)) {
        all.add(new Entry(glued, e.kind(), e.arg()));
      }
    }
    for (List<String> p : PLACES) {
      all.add(new Entry(p, Tag.Kind.PLACE, String.join(" ", p)));
    }
    // built at every start of ask: loops, not lambdas (each a class made at its first use)
    for (Entry e : longestFirst(all)) {
      List<Entry> starting = byFirst.get(e.words().get(0));
      if (starting == null) {
        starting = new ArrayList<>();
        byFirst.put(e.words().get(0), starting);
      }
      starting.add(e);
      known.addAll(e.words());
      if (e.kind() != Tag.Kind.FILLER && e.kind() != Tag.Kind.PLACE) {
        correctable.addAll(e.words());
      }
    }
    known.addAll(otherKnownWords);
    known.addAll(List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "mot", "hai", "ba", "bon",
        "nam", "sau", "bay", "tam", "chin", "muoi", "tram", "nghin", "ngan", "trieu"));
    known.addAll(textWords);
  }

  /** The folded words of the dataset's text (its passages): known, so never corrected as typos. */
  public static Set<String> textWords(Dataset dataset) {
    Set<String> out = new HashSet<>();
    for (Passage p : Passages.from(dataset)) {
      out.addAll(normalise(p.textVi()));
      out.addAll(normalise(p.textEn()));
    }
    return out;
  }

  /**
   * {@code all} longest first; at equal length zones before other tags, fillers last; in {@code all}'s order
   * among equals. A stable sort by bucket: the list is a few thousand entries and built at every start of
   * ask, where a comparison sort's comparator calls ran in the interpreter (about 10 ms).
   */
  private static List<Entry> longestFirst(List<Entry> all) {
    int longest = 0;
    for (Entry e : all) {
      longest = Math.max(longest, e.words().size());
    }
    List<List<Entry>> buckets = new ArrayList<>((longest + 1) * 3);
    for (int i = 0; i < (longest + 1) * 3; i++) {
      buckets.add(new ArrayList<>());
    }
    for (Entry e : all) {
      buckets.get((longest - e.words().size()) * 3 + rank(e.kind())).add(e);
    }
    List<Entry> out = new ArrayList<>(all.size());
    for (List<Entry> b : buckets) {
      out.addAll(b);
    }
    return out;
  }

  private static int rank(Tag.Kind kind) {
    return kind == Tag.Kind.ZONE ? 0 : kind == Tag.Kind.FILLER ? 2 : 1;
  }

  /** The entries whose first word is {@code w}, longest first. */
  public List<Entry> startingWith(String w) {
    return byFirst.getOrDefault(w, List.of());
  }

  /** True for a word of the lexicon, the dataset's text, or a stop word: never corrected as a typo. */
  public boolean isKnown(String w) {
    return known.contains(w) || Stopwords.contains(w);
  }

  /** Words a typo may be corrected to: zone names and statistics phrases (never topic words). */
  public Set<String> correctable() {
    return correctable;
  }

  /** True for a word of a zone's name: a typo is corrected towards these before other words. */
  public boolean isZoneWord(String w) {
    return zoneWords.contains(w);
  }

  /** The zones' names of two words or more (with their numbers in words and Roman numerals). */
  public List<Entry> zoneNames() {
    return zoneNames;
  }

  /** The zone whose name is {@code base} followed by {@code number}, if the data has one. */
  public String numbered(List<String> base, String number) {
    List<String> w = new ArrayList<>(base);
    w.add(number);
    for (Entry e : startingWith(w.get(0))) {
      if (e.kind() == Tag.Kind.ZONE && e.words().equals(w)) {
        return e.arg();
      }
    }
    return null;
  }

  /** True when {@code base} is a zone name that ends in a number in the data ("linh trung" of "linh trung 2"). */
  public boolean isNumberedBase(List<String> base) {
    return numberedBases.containsKey(base);
  }

  /**
   * The zones whose names are {@code base} alone or {@code base} and a number ("linh trung": KCX Linh Trung and KCX
   * Linh Trung 2), in the order of their numbers; empty when fewer than two zones share it.
   */
  public List<String> family(List<String> base) {
    if (!numbered.contains(base)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (byName.containsKey(base)) {
      out.add(byName.get(base));
    }
    for (int d = 1; d <= 9; d++) {
      List<String> v = new ArrayList<>(base);
      v.add(String.valueOf(d));
      String id = byName.get(v);
      if (id != null && !out.contains(id)) {
        out.add(id);
      }
    }
    return out.size() >= 2 ? List.copyOf(out) : List.of();
  }

  /** The kind code of zone {@code id} ("epz", "ip", "htp"). */
  public String kindOf(String id) {
    return kinds.get(id);
  }

  /** Zone {@code id}'s short name, in English when {@code english}, as the data writes it ("KCX Linh Trung"). */
  public String shortName(String id, boolean english) {
    return english ? shortEn.get(id) : shortVi.get(id);
  }

  /** The kind a phrase names when it is a kind word ("khu cong nghe cao"), else null. */
  public String kindPhrase(List<String> words) {
    for (Entry e : PHRASES) {
      if (e.kind() == Tag.Kind.KIND && e.words().equals(words)) {
        return e.arg();
      }
    }
    return null;
  }

  /** Folded words with abbreviations expanded. */
  public static List<String> normalise(String s) {
    return Abbreviations.expandAll(Fold.words(s));
  }

  private static List<Entry> load() {
    List<Entry> out = new ArrayList<>();
    for (LexiconFile.Line l : LexiconFile.lines(PHRASES_FILE)) {
      String[] parts = l.text().split("\t");
      if (parts.length != 3) {
        throw l.error("expected TAG, argument and phrases");
      }
      Tag.Kind kind;
      try {
        kind = Tag.Kind.valueOf(parts[0]);
      } catch (IllegalArgumentException e) {
        throw l.error("no tag " + parts[0]);
      }
      for (String p : parts[2].split("\\|")) {
        List<String> w = p.equals("&") ? List.of("&") : normalise(p);
        if (!w.isEmpty()) {
          out.add(new Entry(List.copyOf(w), kind, parts[1]));
        }
      }
    }
    return List.copyOf(out);
  }

  /** True when {@code typed} is a place of {@code places.txt} ("Tân Bình", "Hiệp Phước"), one the data has no figures for. */
  public static boolean place(String typed) {
    return PLACES.contains(normalise(typed));
  }

  private static List<List<String>> loadPlaces() {
    List<List<String>> out = new ArrayList<>();
    for (LexiconFile.Line l : LexiconFile.lines(PLACES_FILE)) {
      out.add(List.copyOf(normalise(l.text())));
    }
    return List.copyOf(out);
  }
}
