package vn.thuduc.coordbot.answer.topic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.thuduc.coordbot.answer.query.Lexicon;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Person;
import vn.thuduc.coordbot.data.Point;
import vn.thuduc.coordbot.text.LexiconFile;

/**
 * The words of topic questions: the cues of {@code query/topics.tsv} (loaded once), and from the
 * dataset the people's names (full, the last two words, an honorific and the given name), their
 * titles and the keywords of the speech points. Built once per dataset snapshot.
 */
public final class TopicLexicon {
  /** What a phrase is a cue for. */
  public enum Cue {
    ASK, MEETING, RECORD, REGULATION, ACT, THING, ROLE, RANK, CHAT, PARTICLE, FILLER, PROBLEM, SUBJECT, GRIEVANCE, SELF,
    /** A subject that is a problem when said of one's own ("cty e sắp giải thể"). */
    OWN,
    /** The opening of a self-introduction ("tôi là", "I am"). */
    INTRO,
    MONTH, PERSON, POINT, RECIPIENT, DAYPART,
    /**
     * An industry by another word than the source's ("clothing" is its garments), argument its id; "near:id" a kindred
     * one the source does not name ("textile" beside its garments).
     */
    INDUSTRY,
    /** A family name: read only on capitalised words as typed, never matched as a cue. */
    SURNAME
  }

  /** A phrase of folded words and what it is a cue for; {@code arg} is a sub-kind or a dataset id. */
  public record Entry(List<String> words, Cue cue, String arg) {}

  /** Words {@code from} (inclusive) to {@code to} of a question matched {@code cue}. */
  public record Hit(Cue cue, String arg, int from, int to) {
    // written out: a record's own equals and hashCode are made at their first call (ObjectMethods spinning
    // method handles, about 15 ms of a cold ask), and every question's cues are matched with contains();
    // the same equality and the same hash as the record's
    @Override
    public boolean equals(Object o) {
      return o instanceof Hit h && cue == h.cue && Objects.equals(arg, h.arg) && from == h.from
          && to == h.to;
    }

    @Override
    public int hashCode() {
      return ((Objects.hashCode(cue) * 31 + Objects.hashCode(arg)) * 31 + from) * 31 + to;
    }
  }

  /**
   * {@code all} longest phrase first, in {@code all}'s order among equals (the file's): a stable sort by
   * bucket, as it is built at every start of ask, where a comparison sort's comparator ran in the interpreter.
   */
  private static List<Entry> longestFirst(List<Entry> all) {
    int longest = 0;
    for (Entry e : all) {
      longest = Math.max(longest, e.words().size());
    }
    List<List<Entry>> buckets = new ArrayList<>(longest + 1);
    for (int i = 0; i <= longest; i++) {
      buckets.add(new ArrayList<>());
    }
    for (Entry e : all) {
      buckets.get(longest - e.words().size()).add(e);
    }
    List<Entry> out = new ArrayList<>(all.size());
    for (List<Entry> b : buckets) {
      out.addAll(b);
    }
    return out;
  }

  /** One of a person's titles as folded words. */
  /** One of a person's titles as folded words; {@code joined}: all their titles read as one. */
  record Title(String personId, List<String> words, boolean joined) {}

  static final String FILE = "query/topics.tsv";
  private static final List<Entry> PHRASES = load();
  private static final List<String> HONORIFICS = List.of("ong", "ba", "dong chi", "mr", "mrs", "ms", "comrade");

  private final Map<String, List<Entry>> byFirst = new HashMap<>();
  private final List<Title> titles = new ArrayList<>();
  private final Set<String> words = new HashSet<>();
  private final Set<String> surnames = new HashSet<>();

  public TopicLexicon(Dataset ds) {
    List<Entry> all = new ArrayList<>(PHRASES);
    for (Person p : ds.people()) {
      List<String> full = Lexicon.normalise(p.name());
      all.add(new Entry(full, Cue.PERSON, p.id()));
      if (full.size() >= 3) {
        all.add(new Entry(List.copyOf(full.subList(full.size() - 2, full.size())), Cue.PERSON, p.id()));
      }
      String given = full.get(full.size() - 1);
      for (String h : HONORIFICS) {
        List<String> form = new ArrayList<>(Lexicon.normalise(h));
        form.add(given);
        all.add(new Entry(List.copyOf(form), Cue.PERSON, p.id()));
      }
      for (String t : concat(p.titlesVi(), p.titlesEn())) {
        titles.add(new Title(p.id(), Lexicon.normalise(t), false));
      }
      // an English title asked with a zone's Vietnamese shorthand ("the deputy head of SHTP management board", SHTP
      // read "khu công nghệ cao"): the title with the zone's Vietnamese name in place of its English one
      for (String t : p.titlesEn()) {
        String said = " " + String.join(" ", Lexicon.normalise(t)) + " ";
        for (vn.thuduc.coordbot.data.Zone z : ds.zones()) {
          if (z.nameEn() == null || z.shortVi() == null) {
            continue;
          }
          String en = " " + String.join(" ", Lexicon.normalise(z.nameEn())) + " ";
          if (said.contains(en)) {
            String vi = " " + String.join(" ", Lexicon.normalise(z.shortVi())) + " ";
            titles.add(new Title(p.id(), List.of(said.replace(en, vi).trim().split(" ")), false));
          }
        }
      }
      // the source gives a person's titles as one phrase ("Phó Bí thư Đảng ủy, Phó BQL Khu Công nghệ cao"): the
      // Party Committee of the first title is the body of the second, so the titles are also matched together
      for (List<String> ts : List.of(p.titlesVi(), p.titlesEn())) {
        if (ts.size() >= 2) {
          titles.add(new Title(p.id(), Lexicon.normalise(String.join(" ", ts)), true));
        }
      }
    }
    for (Point p : ds.points()) {
      for (String k : concat(p.keywordsVi(), p.keywordsEn())) {
        List<String> w = Lexicon.normalise(k);
        if (!w.isEmpty()) {
          all.add(new Entry(w, Cue.POINT, p.id()));
        }
      }
    }
    // built at every start of ask: loops, not lambdas (each a class made at its first use)
    all = longestFirst(all);
    for (Entry e : all) {
      if (e.cue() == Cue.SURNAME) {
        surnames.addAll(e.words());
      }
    }
    all.removeIf(new java.util.function.Predicate<Entry>() {
      @Override
      public boolean test(Entry e) {
        return e.cue() == Cue.SURNAME;
      }
    });
    for (Entry e : all) {
      List<Entry> starting = byFirst.get(e.words().get(0));
      if (starting == null) {
        starting = new ArrayList<>();
        byFirst.put(e.words().get(0), starting);
      }
      starting.add(e);
      words.addAll(e.words());
    }
  }

  /**
   * The cues in {@code ws}, left to right: at each word the longest phrases that start there (all of
   * that length: "tư vấn" is both a law word and a speech point's keyword), then on after them.
   */
  public List<Hit> match(List<String> ws) {
    List<Hit> out = new ArrayList<>();
    int i = 0;
    while (i < ws.size()) {
      int len = 0;
      for (Entry e : byFirst.getOrDefault(ws.get(i), List.of())) {
        if (len > 0 && e.words().size() < len) {
          break;
        }
        if (matches(ws, i, e.words())) {
          len = e.words().size();
          Hit h = new Hit(e.cue(), e.arg(), i, i + len);
          if (!out.contains(h)) {
            out.add(h);
          }
        }
      }
      i += Math.max(len, 1);
    }
    return out;
  }

  /** Every word of the lexicon: ordinary words for the tagger, never corrected towards a zone name. */
  public Set<String> words() {
    return words;
  }

  List<Title> titles() {
    return titles;
  }

  /** True when {@code words} name a deputy or a member ("Phó Bí thư", "Deputy Head"), not "thành phố". */
  boolean ranked(List<String> words) {
    return match(words).stream().anyMatch(h -> h.cue() == Cue.RANK
        && !(words.get(h.from()).equals("pho") && h.from() > 0 && words.get(h.from() - 1).equals("thanh")));
  }

  /** True when {@code folded} is a family name. */
  boolean surname(String folded) {
    return surnames.contains(folded);
  }

  /**
   * Reads the vocabulary files (these cues, and through {@link Lexicon} the statistics phrases, places
   * and shorthand) if no one has yet: they are read once, when this class is first used.
   */
  public static void readVocabulary() {
    // nothing to do: calling it initialises the class
  }

  /** The phrases of {@code query/topics.tsv}, for the test that each one parses. */
  static List<Entry> phrases() {
    return PHRASES.stream().filter(e -> e.cue() != Cue.SURNAME).toList();
  }

  private static boolean matches(List<String> ws, int i, List<String> phrase) {
    return i + phrase.size() <= ws.size() && ws.subList(i, i + phrase.size()).equals(phrase);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static List<Entry> load() {
    List<Entry> out = new ArrayList<>();
    for (LexiconFile.Line l : LexiconFile.lines(FILE)) {
      String[] parts = l.text().split("\t");
      if (parts.length != 3) {
        throw l.error("expected CUE, argument and phrases");
      }
      Cue cue;
      try {
        cue = Cue.valueOf(parts[0]);
      } catch (IllegalArgumentException e) {
        throw l.error("no cue " + parts[0]);
      }
      for (String p : parts[2].split("\\|")) {
        List<String> w = Lexicon.normalise(p);
        if (w.isEmpty()) {
          throw l.error("an empty phrase");
        }
        out.add(new Entry(List.copyOf(w), cue, parts[1]));
      }
    }
    return List.copyOf(out);
  }
}
