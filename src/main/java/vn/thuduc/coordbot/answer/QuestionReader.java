package vn.thuduc.coordbot.answer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.thuduc.coordbot.data.Person;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneKind;
import vn.thuduc.coordbot.text.Abbreviations;
import vn.thuduc.coordbot.text.Fold;
import vn.thuduc.coordbot.text.Stopwords;
import vn.thuduc.coordbot.text.Words;

/**
 * Turns question text into a {@link Parsed}: folds it, expands abbreviations, corrects one-letter
 * typos against the known vocabulary, finds zones (and names that look like zones but are not in
 * the data), groups of zones, people, titles and the features of the question.
 *
 * <p>This class is long because it is one reading of a question, step by step over the same word list,
 * with the kind words and feature phrases it matches as its tables.
 */
final class QuestionReader {
  static final int MAX_CHARS = 2000;
  private static final int MAX_CORRECTIONS = 40;

  /** Kind words: Vietnamese ones come before a zone's name, English ones after it. */
  private record Head(List<String> words, ZoneKind kind, boolean nameAfter, boolean plural) {}

  private static final List<Head> HEADS = List.of(
      head("khu che xuat", ZoneKind.EPZ, true, false),
      head("khu cong nghiep", ZoneKind.IP, true, false),
      head("khu cong nghe cao", ZoneKind.HTP, true, false),
      head("export processing zones", ZoneKind.EPZ, false, true),
      head("export processing zone", ZoneKind.EPZ, false, false),
      head("industrial parks", ZoneKind.IP, false, true),
      head("industrial park", ZoneKind.IP, false, false),
      head("industrial zones", ZoneKind.IP, false, true),
      head("industrial zone", ZoneKind.IP, false, false),
      head("hi tech parks", ZoneKind.HTP, false, true),
      head("hi tech park", ZoneKind.HTP, false, false),
      head("high tech park", ZoneKind.HTP, false, false),
      head("tech park", ZoneKind.HTP, false, false));

  private static final Set<String> QUESTION_WORDS = Set.of("chuc", "vu", "giu", "danh", "hien", "nay", "head",
      "position", "title", "holds", "hold", "currently", "now");
  private static final Set<String> AREA_WORDS = Set.of("quan", "huyen", "tinh", "phuong", "xa", "district",
      "province");
  private static final Set<String> LIST_JOINERS = Set.of("va", "and", "voi", "cac", "nhung", "hoac", "or");
  private static final Set<String> PLURAL_MARKERS = Set.copyOf(List.of("hai", "2", "cac", "nhung", "both", "two", "all", "ca"));
  private static final List<String> ALL_ZONES = List.of(
      "5 khu", "nam khu", "tat ca cac khu", "tat ca khu", "ca 5 khu", "moi khu", "tung khu", "five zones",
      "all zones", "all five", "all the zones", "the zones", "these zones", "each zone", "every zone", "all parks",
      "the five", "cac khu nay", "nhung khu nay", "cac khu", "nhung khu");
  private static final List<String> COUNT_ZONES = List.of("bao nhieu khu", "may khu", "how many zones",
      "how many parks", "so khu", "so luong khu", "number of zones");
  /** Each feature's phrases with a space on either side, made once (not 470 concatenations a question). */
  private static final java.util.Map<Feature, List<String>> PADDED_PHRASES = padded();

  private static java.util.Map<Feature, List<String>> padded() {
    java.util.Map<Feature, List<String>> m = new java.util.EnumMap<>(Feature.class);
    for (Feature f : Feature.values()) {
      m.put(f, f.phrases().stream().map(ph -> " " + ph + " ").toList());
    }
    return m;
  }

  private static final Set<String> EN_WORDS = Set.copyOf(List.of("too", "also", "its", "those", "both", "two",
      "bigger", "larger", "smaller", "percentage", "percent", "rest", "others", "except", "than", "rank", "average",
      "the", "is", "are", "what", "how", "many", "who", "which",
      "where", "when", "in", "of", "workers", "enterprises", "zone", "zones", "park", "does", "do", "there",
      "much", "and", "companies", "industrial", "processing", "export", "about", "tell", "me", "show", "list",
      "number", "total", "share", "was", "were", "did", "has", "have", "work", "people", "free", "legal", "advice",
      "meeting", "award", "awards", "received", "weather", "why", "for", "with", "most", "fewest", "compare",
      "source", "author", "wrote", "a", "an", "to", "it", "can", "you", "i", "my", "get", "industries", "strike",
      "hello", "hi", "hey", "thanks", "thank", "please", "help", "enterprise", "workforce", "employees",
      "conference", "awarded", "epz", "hitech", "tech", "whats", "whos"));
  private static final Set<String> VI_WORDS = Set.copyOf(List.of("co", "bao", "nhieu", "khu", "la", "ai", "gi", "nao", "cua",
      "lao", "dong", "doanh", "nghiep", "cong", "nhan", "che", "xuat", "va", "trong", "tong", "so", "khong", "duoc",
      "hoi", "nghi", "phap", "luat", "tu", "van", "nhung", "cac", "may", "o", "tai", "ve", "thong", "tin", "toi",
      "muon", "khen", "thuong", "nguon", "tac", "gia", "chiem", "ty", "le", "nhat", "hon", "sanh", "bai", "viet",
      "tranh", "chap", "dinh", "phoi", "hop", "quy", "thanh", "pho", "nganh", "nghe", "ngay", "khi", "dau"));

  private static Head head(String words, ZoneKind kind, boolean nameAfter, boolean plural) {
    return new Head(List.of(words.split(" ")), kind, nameAfter, plural);
  }

  Parsed read(String rawText, Optional<Lang> hint, Knowledge k) {
    String text = rawText.length() > MAX_CHARS ? rawText.substring(0, MAX_CHARS) : rawText;
    // the words as typed, split as Fold.words splits the folded text
    List<String> original = Words.split(Normalizer.normalize(text, Normalizer.Form.NFC));
    List<String> words = new ArrayList<>();
    List<Integer> origin = new ArrayList<>();
    int corrections = 0;
    for (int i = 0; i < original.size(); i++) {
      String f = Fold.fold(original.get(i));
      List<String> x = Abbreviations.expand(f);
      if (x.isEmpty()) {
        boolean capital = !original.get(i).isEmpty() && Character.isUpperCase(original.get(i).codePointAt(0));
        String c = corrections < MAX_CORRECTIONS ? correct(f, k, capital) : f;
        if (!c.equals(f)) {
          corrections++;
        }
        words.add(c);
        origin.add(i);
      } else {
        for (String w : x) {
          words.add(w);
          origin.add(i);
        }
      }
    }
    Lang lang = hint.orElseGet(() -> detect(text, Fold.words(text)));
    String padded = " " + String.join(" ", words) + " ";

    Set<Feature> features = EnumSet.noneOf(Feature.class);
    for (Feature f : Feature.values()) {
      for (String phrase : PADDED_PHRASES.get(f)) {
        if (padded.contains(phrase)) {
          features.add(f);
          break;
        }
      }
    }
    rankAroundSuperlative(words, features);
    Set<Metric> metrics = EnumSet.noneOf(Metric.class);
    if (features.contains(Feature.WORKERS)) {
      metrics.add(Metric.WORKERS);
    }
    if (features.contains(Feature.ENTERPRISES)) {
      metrics.add(Metric.ENTERPRISES);
    }

    boolean[] covered = new boolean[words.size()];
    List<Zone> zones = new ArrayList<>();
    Optional<String> unknown = Optional.empty();
    for (int i = 0; i < words.size(); ) {
      Knowledge.Alias hit = null;
      for (Knowledge.Alias a : k.aliases()) {
        if (startsWith(words, i, a.words())) {
          hit = a;
          break;
        }
      }
      if (hit == null) {
        i++;
        continue;
      }
      int end = i + hit.words().size();
      for (int j = i; j < end; j++) {
        covered[j] = true;
      }
      int run = nameRun(words, end, covered, k, original, origin);
      if (run > 0 || end < words.size() && isZoneNumber(words.get(end))) {
        if (unknown.isEmpty()) {
          unknown = Optional.of(span(original, origin, i, end + Math.max(run, 1)));
        }
      } else if (!zones.contains(hit.zone())) {
        zones.add(hit.zone());
      }
      i = end;
    }

    Set<ZoneKind> headKinds = EnumSet.noneOf(ZoneKind.class);
    Set<ZoneKind> looseKinds = EnumSet.noneOf(ZoneKind.class);
    Optional<ZoneGroup> group = Optional.empty();
    int lastHeadEnd = -1;
    for (int i = 0; i < words.size(); i++) {
      for (Head h : HEADS) {
        if (!startsWith(words, i, h.words())) {
          continue;
        }
        headKinds.add(h.kind());
        int end = i + h.words().size();
        if (!covered[i]) {
          looseKinds.add(h.kind());
          if (h.nameAfter()) {
            int run = nameRun(words, end, covered, k, original, origin);
            if (run > 0 && unknown.isEmpty()) {
              unknown = Optional.of(span(original, origin, i, end + run));
            }
          } else {
            // a name before an English kind word: name-like words, or capitalised ones if one is name-like
            int start = i;
            boolean nameLike = false;
            while (start > 0 && !covered[start - 1]) {
              String w = words.get(start - 1);
              String asTyped = original.get(origin.get(start - 1));
              boolean name = isName(w, k, asTyped);
              if (!name && !(Character.isUpperCase(asTyped.codePointAt(0)) && !Stopwords.contains(w))) {
                break;
              }
              nameLike |= name;
              start--;
            }
            if (start < i && nameLike && unknown.isEmpty()) {
              unknown = Optional.of(span(original, origin, start, end));
            }
          }
          boolean plural = h.plural() || i > 0 && PLURAL_MARKERS.contains(words.get(i - 1));
          boolean listed = group.isPresent() && (i == lastHeadEnd || i > 0 && LIST_JOINERS.contains(words.get(i - 1)));
          if ((plural || listed) && h.kind() != ZoneKind.HTP) {
            group = Optional.of(group.map(g -> g.plus(h.kind())).orElse(ZoneGroup.of(h.kind())));
          }
        }
        lastHeadEnd = end;
        break;
      }
    }
    if (group.isEmpty()) {
      for (String p : ALL_ZONES) {
        if (padded.contains(" " + p + " ") && !padded.contains(" " + p + " che xuat ")
            && !padded.contains(" " + p + " cong nghiep ")) {
          group = Optional.of(ZoneGroup.ALL);
          break;
        }
      }
    }
    Optional<String> place = Optional.empty();
    for (int i = 0; i + 1 < words.size() && place.isEmpty(); i++) {
      if (AREA_WORDS.contains(words.get(i)) && !covered[i + 1]) {
        String next = words.get(i + 1);
        int run = nameRun(words, i + 1, covered, k, original, origin);
        if (next.chars().allMatch(Character::isDigit)) {
          run = 1;
        }
        if (run > 0) {
          place = Optional.of(span(original, origin, i, i + 1 + run));
        }
      }
    }
    for (int i = 0; i < words.size() && place.isEmpty(); i++) {
      String asTyped = original.get(origin.get(i));
      if (!covered[i] && Character.isUpperCase(asTyped.codePointAt(0)) && isName(words.get(i), k, asTyped)
          && !isPersonWord(words.get(i), k)) {
        int start = i;
        while (start > 0 && !covered[start - 1] && !Stopwords.contains(words.get(start - 1))
            && Character.isUpperCase(original.get(origin.get(start - 1)).codePointAt(0))) {
          start--;
        }
        place = Optional.of(span(original, origin, start, i + nameRun(words, i, covered, k, original, origin)));
      }
    }
    boolean countAsked = false;
    for (String p : COUNT_ZONES) {
      if (padded.contains(" " + p + " ")) {
        countAsked = true;
      }
    }
    for (Head h : HEADS) {
      String hw = String.join(" ", h.words());
      if (padded.contains(" bao nhieu " + hw + " ") || padded.contains(" may " + hw + " ")
          || padded.contains(" how many " + hw + " ") || padded.contains(" number of " + hw + " ")) {
        countAsked = true;
      }
    }
    countAsked = countAsked && metrics.isEmpty();
    Set<ZoneKind> kindsAsked = countAsked ? headKinds : Set.of();

    List<Person> people = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      for (Knowledge.NameForm n : k.names()) {
        if (startsWith(words, i, n.words()) && !people.contains(n.person())) {
          people.add(n.person());
          i += n.words().size() - 1;
          break;
        }
      }
    }
    boolean asksWho = features.contains(Feature.WHO) || features.contains(Feature.PERSON_ASK);
    List<Person> holders = people.isEmpty() && asksWho ? titleHolders(words, k) : List.of();

    List<String> pointIds = new ArrayList<>();
    for (var e : paddedKeywords(k).entrySet()) {
      for (String kw : e.getValue()) {
        if (padded.contains(kw)) {
          pointIds.add(e.getKey());
          break;
        }
      }
    }
    int content = (int) words.stream().filter(w -> !Stopwords.contains(w)).count();
    return new Parsed(text, lang, List.copyOf(words), List.copyOf(zones), unknown, group, kindsAsked, countAsked,
        List.copyOf(people), holders, features, metrics, List.copyOf(pointIds), content, place,
        Set.copyOf(looseKinds));
  }

  /** "nhiều ... nhất" with words between ("nhiều doanh nghiệp nhất") is a superlative too. */
  private static void rankAroundSuperlative(List<String> words, Set<Feature> features) {
    for (int i = 0; i < words.size(); i++) {
      if (!words.get(i).equals("nhat")) {
        continue;
      }
      for (int j = Math.max(0, i - 5); j < i; j++) {
        String w = words.get(j);
        boolean crowded = w.equals("dong") && (j == 0 || !words.get(j - 1).equals("lao"));
        if (w.equals("nhieu") || w.equals("lon") || w.equals("cao") || crowded) {
          features.add(Feature.RANK_MAX);
        } else if (w.equals("it") || w.equals("nho") || w.equals("thap")) {
          features.add(Feature.RANK_MIN);
        }
      }
    }
  }

  /** The speech points' keywords with a space on either side, made once per dataset snapshot. */
  private volatile java.util.Map.Entry<Object, java.util.Map<String, List<String>>> keywords;

  private java.util.Map<String, List<String>> paddedKeywords(Knowledge k) {
    var cached = keywords;
    if (cached != null && cached.getKey() == k.pointKeywords()) {
      return cached.getValue();
    }
    java.util.Map<String, List<String>> m = new java.util.LinkedHashMap<>();
    for (var e : k.pointKeywords().entrySet()) {
      m.put(e.getKey(), e.getValue().stream().map(kw -> " " + String.join(" ", kw) + " ").toList());
    }
    keywords = java.util.Map.entry(k.pointKeywords(), m);
    return m;
  }

  /** People whose title the question quotes (most of the title's words, in any order). */
  private static List<Person> titleHolders(List<String> words, Knowledge k) {
    Set<String> have = new LinkedHashSet<>(words);
    List<String> asked = words.stream().filter(w -> !Stopwords.contains(w) && !QUESTION_WORDS.contains(w)).toList();
    double best = 0;
    List<Person> out = new ArrayList<>();
    for (Knowledge.TitleForm t : k.titles()) {
      List<String> content = t.words().stream().filter(w -> !Stopwords.contains(w)).toList();
      if (content.size() < 2) {
        continue;
      }
      long found = content.stream().filter(have::contains).count();
      long askedFound = asked.stream().filter(content::contains).count();
      double askedShare = asked.isEmpty() ? 0 : (double) askedFound / asked.size();
      double score = Math.max((double) found / content.size(), askedShare);
      if (found < 2 || score < 0.75) {
        continue;
      }
      // the title that holds most of what was asked wins; equal ones are all named
      if (askedShare > best + 1e-9) {
        best = askedShare;
        out.clear();
      }
      if (Math.abs(askedShare - best) < 1e-9 && !out.contains(t.person())) {
        out.add(t.person());
      }
    }
    return List.copyOf(out);
  }

  private static boolean isPersonWord(String w, Knowledge k) {
    return k.names().stream().anyMatch(n -> n.words().contains(w));
  }

  private static boolean isZoneNumber(String w) {
    return w.matches("[0-9]|iii|iv|v|vi|vii|viii|ix|x|ba|bon|nam");
  }

  /** The number of words from {@code from} that look like part of a name (not ordinary words). */
  private static int nameRun(List<String> words, int from, boolean[] covered, Knowledge k, List<String> original,
      List<Integer> origin) {
    int j = from;
    while (j < words.size() && !covered[j]) {
      String asTyped = original.get(origin.get(j));
      boolean capitalisedWord = j > from && Character.isUpperCase(asTyped.codePointAt(0))
          && !Stopwords.contains(words.get(j));
      if (!isName(words.get(j), k, asTyped) && !capitalisedWord) {
        break;
      }
      j++;
    }
    return j - from;
  }

  /**
   * A word that can be part of a place name: not a question or function word, and either not an
   * ordinary word at all or written with a capital ("Tân Thuận").
   */
  private static boolean isName(String w, Knowledge k, String asTyped) {
    if (w.length() < 2 || w.chars().allMatch(Character::isDigit) || k.isPlainWord(w)) {
      return false;
    }
    return !k.isCommonWord(w) || Character.isUpperCase(asTyped.codePointAt(0));
  }

  private static String span(List<String> original, List<Integer> origin, int from, int to) {
    int a = origin.get(Math.min(from, origin.size() - 1));
    int b = origin.get(Math.min(to, origin.size()) - 1);
    return String.join(" ", original.subList(a, b + 1));
  }

  private static boolean startsWith(List<String> words, int i, List<String> prefix) {
    if (i + prefix.size() > words.size()) {
      return false;
    }
    for (int j = 0; j < prefix.size(); j++) {
      if (!words.get(i + j).equals(prefix.get(j))) {
        return false;
      }
    }
    return true;
  }

  /** The language of the text: Vietnamese when it has Vietnamese letters or reads as Vietnamese. */
  static Lang detect(String text, List<String> words) {
    return detectSure(text, words).orElse(Lang.VI);
  }

  /** The language when the words tell it; empty when they do not ("Binh Chieu?", "ok"). */
  static Optional<Lang> detectSure(String text, List<String> words) {
    if (Fold.hasVietnameseLetters(text)) {
      return Optional.of(Lang.VI);
    }
    int en = 0;
    int vi = 0;
    for (String w : words) {
      if (EN_WORDS.contains(w)) {
        en++;
      }
      if (VI_WORDS.contains(w)) {
        vi++;
      }
    }
    return en == vi ? Optional.empty() : Optional.of(en > vi ? Lang.EN : Lang.VI);
  }

  /** A word not in the vocabulary, corrected when one known word is one edit away. */
  private static String correct(String w, Knowledge k, boolean capitalised) {
    if (w.length() < 4 || k.isKnownWord(w) || !w.chars().allMatch(Character::isLetter)) {
      return w;
    }
    String best = null;
    // a capitalised word is a name: correct it only towards the names the data has
    for (String v : capitalised ? k.nameVocabulary() : k.vocabulary()) {
      if (Math.abs(v.length() - w.length()) > 1 || v.length() < 3 || !oneEdit(w, v)) {
        continue;
      }
      if (best == null || v.length() > best.length() || v.length() == best.length() && v.compareTo(best) < 0) {
        best = v;
      }
    }
    return best == null ? w : best;
  }

  /** True when {@code a} becomes {@code b} by one insertion, deletion, substitution or swap. */
  static boolean oneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (la == lb) {
      int first = -1;
      int diffs = 0;
      for (int i = 0; i < la; i++) {
        if (a.charAt(i) != b.charAt(i)) {
          if (diffs++ == 0) {
            first = i;
          }
        }
      }
      if (diffs == 1) {
        return true;
      }
      return diffs == 2 && first + 1 < la && a.charAt(first) == b.charAt(first + 1)
          && a.charAt(first + 1) == b.charAt(first) && a.substring(first + 2).equals(b.substring(first + 2));
    }
    String s = la < lb ? a : b;
    String l = la < lb ? b : a;
    int i = 0;
    while (i < s.length() && s.charAt(i) == l.charAt(i)) {
      i++;
    }
    return s.substring(i).equals(l.substring(i + 1));
  }
}
