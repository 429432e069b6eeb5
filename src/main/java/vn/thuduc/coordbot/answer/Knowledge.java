package vn.thuduc.coordbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Person;
import vn.thuduc.coordbot.data.Point;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneKind;
import vn.thuduc.coordbot.search.Passage;
import vn.thuduc.coordbot.search.PassageIndex;
import vn.thuduc.coordbot.search.Passages;
import vn.thuduc.coordbot.text.Abbreviations;
import vn.thuduc.coordbot.text.Fold;
import vn.thuduc.coordbot.text.Stopwords;

/**
 * One immutable snapshot of what the bot knows: the dataset of one version, the search index, and
 * what the understanding derives from the data (zone aliases, person names and titles, the words
 * that are not names, the vocabulary for typo correction). A reload builds a new one.
 */
final class Knowledge {
  /** Words people use around questions that are neither names nor in the data. */
  private static final Set<String> COMMON = Set.copyOf(List.of(
      "hien", "nay", "hien nay", "tai", "thoi", "diem", "luc", "nam", "thang", "ngay", "tren", "dia", "ban",
      "trong", "ngoai", "so", "luong", "tong", "cong", "nhieu", "it", "hon", "nhat", "lon", "nho", "cao", "thap",
      "khoang", "tam", "chinh", "xac", "cu", "the", "vay", "a", "ha", "nhi", "nhe", "oi", "vui", "long", "cho",
      "hoi", "biet", "xem", "thong", "tin", "ve", "gioi", "thieu", "khu", "vuc", "quan", "huyen", "phuong",
      "thanh", "pho", "ho", "chi", "minh", "thu", "duc", "sai", "gon", "saigon", "viet", "nam", "vietnam", "city",
      "zone", "zones", "park", "parks", "area", "areas", "export", "processing", "industrial", "hi", "high",
      "tech", "technology", "hitech", "currently", "now", "today", "there", "total", "number", "figure", "figures",
      "statistics", "stats", "data", "info", "information", "about", "according", "latest", "current", "people",
      "in", "the", "ty", "le", "phan", "tram", "trung", "quan", "moi", "dong", "chi", "ong", "ba", "ngai",
      "nguoi", "hoat", "dong", "lam", "viec", "nhan", "cong", "san", "xuat", "kinh", "doanh", "gom", "nhung",
      "mr", "mrs", "ms", "comrade", "than", "more", "less", "fewer", "most", "least", "vs", "versus", "and", "or",
      "both", "two", "five", "all", "each", "every", "per", "average", "share", "percent", "compare", "rank",
      "list", "show", "give", "get", "find", "know", "want", "need", "would", "like", "could", "should", "many",
      "much", "work", "works", "working", "employ", "employs", "hai", "ba", "bon", "muoi", "tphcm", "hcmc",
      "chiem", "bao", "nhieu", "may", "da", "dang", "se", "con", "van", "lai", "ra", "vao", "su", "dung",
      "thuoc", "dat", "rong", "dien", "tich", "lap", "cu", "dau", "tien",
      "take", "took", "place", "happen", "happened", "held", "does", "did", "done", "make", "made", "gave",
      "given", "got", "go", "went", "come", "came", "see", "say", "said", "tell", "told", "ask", "asked", "new",
      "old", "big", "small", "large", "good", "well", "also", "just", "only", "still", "very", "here", "this",
      "that", "those", "these", "year", "years", "month", "day", "week", "time", "way", "thing", "things",
      "kind", "part", "amount", "some", "any"));

  private static final List<String> HONORIFICS = List.of("ong", "ba", "dong chi", "mr", "mrs", "ms", "comrade");

  private final Dataset dataset;
  private final long version;
  private final PassageIndex index;
  private final List<Alias> aliases;
  private final List<NameForm> names;
  private final List<TitleForm> titles;
  private final Map<String, List<List<String>>> pointKeywords;
  private final Set<String> lexicon;
  private final Set<String> plain;
  private final Set<String> vocabulary;
  private final Set<String> nameVocabulary;

  /** A zone's alias as folded, expanded words. */
  record Alias(Zone zone, List<String> words) {}

  /** A way to write a person's name. */
  record NameForm(Person person, List<String> words) {}

  /** One of a person's titles, as folded words, with its index in the person's title lists. */
  record TitleForm(Person person, int titleIndex, List<String> words) {}

  Knowledge(Dataset dataset, long version, PassageIndex index) {
    this.dataset = dataset;
    this.version = version;
    this.index = index;

    List<Alias> a = new ArrayList<>();
    Set<String> aliasWords = new HashSet<>();
    for (Zone z : dataset.zones()) {
      Set<List<String>> forms = new HashSet<>();
      for (String s : concat(z.aliases(), List.of(z.nameVi(), z.nameEn(), z.shortVi(), z.shortEn()))) {
        List<String> w = normalise(s);
        if (!w.isEmpty() && forms.add(w)) {
          a.add(new Alias(z, w));
        }
      }
      for (String s : concat(z.aliases(), List.of(z.nameVi(), z.nameEn()))) {
        aliasWords.addAll(normalise(s));
      }
    }
    a.sort(Comparator.comparingInt((Alias x) -> -x.words().size()));
    this.aliases = List.copyOf(a);

    List<NameForm> n = new ArrayList<>();
    List<TitleForm> t = new ArrayList<>();
    for (Person p : dataset.people()) {
      List<String> full = normalise(p.name());
      n.add(new NameForm(p, full));
      if (full.size() >= 3) {
        n.add(new NameForm(p, full.subList(full.size() - 2, full.size())));
      }
      // "ông Hưng", "đồng chí Hưng", "Mr Hung": an honorific and the given name
      String given = full.get(full.size() - 1);
      for (String h : HONORIFICS) {
        List<String> form = new ArrayList<>(List.of(h.split(" ")));
        form.add(given);
        n.add(new NameForm(p, List.copyOf(form)));
      }
      for (int i = 0; i < p.titlesVi().size(); i++) {
        t.add(new TitleForm(p, i, normalise(p.titlesVi().get(i))));
        if (i < p.titlesEn().size()) {
          t.add(new TitleForm(p, i, normalise(p.titlesEn().get(i))));
        }
      }
    }
    n.sort(Comparator.comparingInt((NameForm x) -> -x.words().size()));
    this.names = List.copyOf(n);
    this.titles = List.copyOf(t);

    Map<String, List<List<String>>> kw = new HashMap<>();
    for (Point p : dataset.points()) {
      List<List<String>> list = new ArrayList<>();
      for (String k : concat(p.keywordsVi(), p.keywordsEn())) {
        List<String> w = normalise(k);
        if (!w.isEmpty()) {
          list.add(w);
        }
      }
      kw.put(p.id(), List.copyOf(list));
    }
    this.pointKeywords = Map.copyOf(kw);

    Set<String> lex = new HashSet<>(COMMON);
    for (Feature f : Feature.values()) {
      for (String phrase : f.phrases()) {
        lex.addAll(List.of(phrase.split(" ")));
      }
    }
    this.plain = Set.copyOf(lex);
    for (Passage p : Passages.from(dataset)) {
      lex.addAll(Abbreviations.expandAll(Fold.words(p.textVi())));
      lex.addAll(Abbreviations.expandAll(Fold.words(p.textEn())));
    }
    // zone names are what an unknown zone is compared with: they must not count as ordinary words
    Set<String> nameWords = new HashSet<>(aliasWords);
    dataset.people().forEach(p -> nameWords.addAll(normalise(p.name())));
    for (String w : nameWords) {
      if (!COMMON.contains(w) && !Stopwords.contains(w)) {
        lex.remove(w);
      }
    }
    this.lexicon = Set.copyOf(lex);
    this.nameVocabulary = Set.copyOf(nameWords);
    Set<String> vocab = new HashSet<>(lex);
    vocab.addAll(aliasWords);
    for (NameForm nf : names) {
      vocab.addAll(nf.words());
    }
    this.vocabulary = Set.copyOf(vocab);
  }

  /** Folded words with abbreviations expanded: the form every match works on. */
  static List<String> normalise(String s) {
    return Abbreviations.expandAll(Fold.words(s));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  Dataset dataset() {
    return dataset;
  }

  long version() {
    return version;
  }

  PassageIndex index() {
    return index;
  }

  List<Alias> aliases() {
    return aliases;
  }

  List<NameForm> names() {
    return names;
  }

  List<TitleForm> titles() {
    return titles;
  }

  Map<String, List<List<String>>> pointKeywords() {
    return pointKeywords;
  }

  /** True for words that are ordinary language or in the data, not a (possibly unknown) zone name. */
  boolean isCommonWord(String w) {
    return lexicon.contains(w) || Stopwords.contains(w);
  }

  /** True for question and function words, which never belong to a name, whatever their case. */
  boolean isPlainWord(String w) {
    return plain.contains(w) || Stopwords.contains(w);
  }

  boolean isKnownWord(String w) {
    return vocabulary.contains(w) || Stopwords.contains(w);
  }

  Set<String> vocabulary() {
    return vocabulary;
  }

  /** The words of zone and person names. */
  Set<String> nameVocabulary() {
    return nameVocabulary;
  }

  List<Zone> zonesOf(ZoneGroup g) {
    return dataset.zones().stream().filter(z -> g.includes(z.kind())).toList();
  }

  List<Zone> zonesOfKind(ZoneKind k) {
    return dataset.zones().stream().filter(z -> z.kind() == k).toList();
  }
}
