package vn.thuduc.coordbot.answer.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import vn.thuduc.coordbot.text.Abbreviations;
import vn.thuduc.coordbot.text.Fold;
import vn.thuduc.coordbot.text.Stopwords;
import vn.thuduc.coordbot.text.TextMemo;
import vn.thuduc.coordbot.text.Typos;
import vn.thuduc.coordbot.text.Words;

/**
 * Marks a question's words with the lexicon: folds them as the analyser does (NFC, no diacritics,
 * đ→d, abbreviations expanded), reads numbers ("10.000", "mười nghìn", "20k"), splits glued names
 * ("linhtrung2" stays a typo, "trung2" becomes "trung 2"), corrects one-letter typos towards zone
 * names and statistics words with Lucene's Levenshtein automata, then matches phrases longest
 * first, and marks zone names the data lacks ("Linh Trung 5", "KCN Vĩnh Lộc", "Hoa Lac Hi-Tech Park").
 *
 * <p>This class is long because it is one pipeline over one word list (fold, numbers, glued names,
 * typos, phrases, unknown names); each step reads the tags the step before it left.
 */
public final class Tagger {
  public static final int MAX_CHARS = 2000;
  private static final Pattern THOUSANDS = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:[.,\u00a0\u202f]\\d{3})+)(?![\\d]|[.,]\\d)");
  /** "No.2", "no. 2", "#2": a number sign before a zone's number. */
  /**
   * A fraction of a whole said as a share: "a third", "một phần ba", "hơn 1/3", "two thirds", "a quarter" (never the
   * third place, nor a date "ngày 1/3").
   */
  private static final Pattern FRACTION_WORDS = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:(a|one|một|mot|two|hai|"
      + "three|ba)\\s+(thirds?|quarters?|fifths?|phần ba|phan ba|phần tư|phan tu|phần năm|phan nam))(?![\\p{L}\\p{N}])");
  private static final Pattern FRACTION_DIGITS = Pattern.compile("(?iu)((?:hơn|hon|trên|tren|dưới|duoi|khoảng|khoang"
      + "|gần|gan|chiếm|chiem|than|over|under|about|nearly|almost|around|exactly|đúng|dung)\\s+)([1-3])/([2-5])"
      + "(?![\\d/])");

  private static String fractions(String text) {
    Matcher m = FRACTION_WORDS.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String n = Fold.fold(m.group(1)).toLowerCase(java.util.Locale.ROOT);
      String d = Fold.fold(m.group(2)).toLowerCase(java.util.Locale.ROOT);
      int num = n.equals("two") || n.equals("hai") ? 2 : n.equals("three") || n.equals("ba") ? 3 : 1;
      int den = d.startsWith("third") || d.endsWith("ba") ? 3 : d.startsWith("quarter") || d.endsWith("tu") ? 4 : 5;
      m.appendReplacement(sb, num < den ? Math.round(100.0 * num / den) + "%" : Matcher.quoteReplacement(m.group()));
    }
    m.appendTail(sb);
    m = FRACTION_DIGITS.matcher(sb.toString());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int num = Integer.parseInt(m.group(2));
      int den = Integer.parseInt(m.group(3));
      m.appendReplacement(out, num < den ? Matcher.quoteReplacement(m.group(1)) + Math.round(100.0 * num / den) + "%"
          : Matcher.quoteReplacement(m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static final Pattern NUMBER_SIGN = Pattern.compile("(?i)\\b(no)\\.\\s*(?=\\d)|#(?=\\d)");

  /** "Linh Trung Ⅱ": the Unicode Roman numerals (Ⅰ–Ⅻ, ⅰ–ⅻ) as the letters they stand for. */
  private static String romanLetters(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r = c >= '\u2160' && c <= '\u216b' ? ROMAN_CHARS[c - '\u2160']
          : c >= '\u2170' && c <= '\u217b' ? ROMAN_CHARS[c - '\u2170'] : null;
      if (r != null && sb == null) {
        sb = new StringBuilder(s.substring(0, i));
      }
      if (sb != null) {
        if (r != null) {
          sb.append(' ').append(r).append(' ');
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static final String[] ROMAN_CHARS = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi",
      "xii"};

  /** A comma or semicolon between words (not inside a number: "1,448" was read before). */
  private static final Pattern PAUSE = Pattern.compile("[,;]+(?=\\s|$)");
  private static final Pattern SLASH = Pattern.compile("(?<=\\p{L})\\s*/\\s*(?:1\\s+)?(?=\\p{L})");
  private static final Pattern GLUED = Pattern.compile("([a-z]+)(\\d+)|(\\d+)([a-z]+)");

  /** A word typed with a slip and the word it was read as. */
  public record Correction(String typed, String meant) {}

  /**
   * The question's words and their tags; {@code original} holds each word as typed, {@code corrections}
   * the typos read as other words.
   */
  public record Tagged(String text, List<String> words, List<String> original, List<Tag> tags,
      List<Correction> corrections, List<Boolean> known) {
    public Tagged(String text, List<String> words, List<String> original, List<Tag> tags) {
      this(text, words, original, tags, List.of(), java.util.Collections.nCopies(words.size(), false));
    }

    /** True when the folded words hold one of {@code phrases}, each written with a space on both sides (" sai roi "). */
    public boolean saysAny(List<String> phrases) {
      String spaced = " " + String.join(" ", words) + " ";
      for (String p : phrases) {
        if (spaced.contains(p)) {
          return true;
        }
      }
      return false;
    }

    /** True when word {@code i} is a word of the data's text or vocabulary (a topic word, not noise). */
    public boolean isKnown(int i) {
      return known.get(i);
    }

    // has and all are asked dozens of times a question: loops, not a stream each time
    public boolean has(Tag.Kind k) {
      for (Tag t : tags) {
        if (t.kind() == k) {
          return true;
        }
      }
      return false;
    }

    public List<Tag> all(Tag.Kind k) {
      List<Tag> out = new ArrayList<>(2);
      for (Tag t : tags) {
        if (t.kind() == k) {
          out.add(t);
        }
      }
      return java.util.Collections.unmodifiableList(out);
    }

    /** The words as typed from {@code from} to {@code to}. */
    public String span(int from, int to) {
      List<String> out = new ArrayList<>();
      String last = null;
      for (int i = from; i < to && i < original.size(); i++) {
        if (!original.get(i).equals(last)) {
          out.add(original.get(i));
        }
        last = original.get(i);
      }
      return String.join(" ", out);
    }

    /** The tag covering word {@code i}, or null. */
    public Tag at(int i) {
      for (Tag t : tags) {
        if (i >= t.from() && i < t.to()) {
          return t;
        }
      }
      return null;
    }
  }

  private final Lexicon lex;
  private static final int MAX_CACHED_CORRECTIONS = 20_000;
  private final java.util.concurrent.ConcurrentHashMap<String, String> corrections =
      new java.util.concurrent.ConcurrentHashMap<>();

  public Tagger(Lexicon lex) {
    this.lex = lex;
  }

  /**
   * The same words come again from many people (and a page's suggested questions): their tagging is
   * kept with this tagger, so it goes when the lexicon does (a new dataset builds a new tagger).
   */
  private final TextMemo<Tagged> tagged = new TextMemo<>(1024, 160);

  public Tagged tag(String raw) {
    return tagged.get(raw, reading);
  }

  /**
   * {@link #read} as the memo's function; this class has no lambdas on the way of a statistics question,
   * because each is a class made at its first use, which every start of {@code ask} paid.
   */
  private final Function<String, Tagged> reading = new Function<>() {
    @Override
    public Tagged apply(String raw) {
      return read(raw);
    }
  };

  /** Orders tags by their first word (stable: equal starts keep their order). */
  static final class ByFrom implements java.util.Comparator<Tag> {
    @Override
    public int compare(Tag a, Tag b) {
      return Integer.compare(a.from(), b.from());
    }
  }

  static final ByFrom BY_FROM = new ByFrom();

  private Tagged read(String raw) {
    String text = raw.length() > MAX_CHARS ? raw.substring(0, MAX_CHARS) : raw;
    String pre = Fold.nfc(text);
    pre = fractions(pre);
    Matcher m = THOUSANDS.matcher(pre);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, m.group(1).replaceAll("[^0-9]", ""));
    }
    m.appendTail(sb);
    pre = SLASH.matcher(sb.toString()).replaceAll(" mỗi ").replace("%", " phần trăm ").replace("&", " và ")
        .replace("+", " và ");
    pre = NUMBER_SIGN.matcher(romanLetters(pre)).replaceAll("$1 ");

    List<String> words = new ArrayList<>();
    List<String> original = new ArrayList<>();
    List<Boolean> typed = new ArrayList<>();
    // the token each word of a shorthand of several words came from ("cn" → "cong nhan"), else -1
    List<Integer> expanded = new ArrayList<>();
    // the words a comma or semicolon follows: "khu chế xuất, Cát Lái" is two sets, not one misnamed zone
    java.util.BitSet pauses = new java.util.BitSet();
    Set<Integer> tokenPauses = new java.util.HashSet<>();
    List<String> tokens = new ArrayList<>();
    for (String segment : PAUSE.split(pre)) {
      tokens.addAll(Words.split(segment));
      tokenPauses.add(tokens.size() - 1);
    }
    for (int ti = 0; ti < tokens.size(); ti++) {
      String tok = tokens.get(ti);
      String f = Fold.fold(tok);
      List<String> parts = new ArrayList<>();
      Matcher g = GLUED.matcher(f);
      if (g.matches() && !lex.isKnown(f)) {
        if (g.group(1) != null) {
          parts.add(g.group(1));
          parts.add(g.group(2));
        } else if (g.group(4).equals("k")) {
          parts.add(g.group(3));
          parts.add("nghin");
        } else {
          parts.add(g.group(3));
          parts.add(g.group(4));
        }
      } else {
        String[] zoneAndWord = zoneGluedToAWord(f);
        if (zoneAndWord != null) {
          parts.add(zoneAndWord[0]);
          parts.add(zoneAndWord[1]);
        } else {
          parts.add(f);
        }
      }
      for (String p : parts) {
        List<String> x = industrialPark(words, p, tokens, ti) ? INDUSTRIAL : Abbreviations.expand(p);
        if (x.isEmpty()) {
          words.add(p);
          original.add(tok);
          typed.add(true);
          expanded.add(-1);
        } else {
          for (String w : x) {
            words.add(w);
            original.add(tok);
            typed.add(false);
            expanded.add(x.size() > 1 ? ti : -1);
          }
        }
      }
      if (tokenPauses.contains(ti) && !words.isEmpty()) {
        pauses.set(words.size() - 1);
      }
    }
    List<Correction> fixed = new ArrayList<>();
    boolean[] done = zoneNamesWithATypo(words, original, typed, fixed);
    for (int i = 0; i < words.size() && fixed.size() < 8; i++) {
      if (typed.get(i) && !done[i] && !accented(original.get(i))) {
        String c = correct(words.get(i));
        if (!c.equals(words.get(i))) {
          fixed.add(new Correction(original.get(i), c));
          words.set(i, c);
        }
      }
    }
    perOne(words);
    List<Tag> tags = match(words, expanded);
    tags = superlatives(words, tags);
    tags = numbers(words, tags);
    tags = boundAfterPronoun(words, tags);
    tags = peopleAfterANumber(words, tags);
    tags = bounds(words, tags);
    tags = plusBetweenZones(words, tags);
    tags = plusOfZones(words, original, tags);
    tags = unknownZones(words, original, tags);
    tags = numberedByOrdinal(words, tags);
    tags = kindsOfZones(words, original, tags, fixed, pauses);
    tags = families(words, original, tags, fixed);
    tags = otherOfTwo(words, tags);
    tags = zonesOfTheCity(words, tags);
    tags = englishGap(words, original, tags);
    tags = notBeforeKind(words, tags);
    return new Tagged(text, List.copyOf(words), List.copyOf(original), List.copyOf(tags), List.copyOf(fixed),
        known(words));
  }

  /**
   * Whether a word was typed with its diacritics ("tướng"): a word typed that carefully is the word meant, never a slip
   * for another word the lexicon knows ("Thủ tướng" is no "thủ trưởng").
   */
  private static boolean accented(String token) {
    for (int k = 0; k < token.length(); k++) {
      if (token.charAt(k) > 0x7F && Character.isLetter(token.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** The last words of a count of people ("công nhân", "lao động", "nhân viên") before "trên 1 doanh nghiệp". */
  private static final Set<String> PEOPLE_END = Set.of("nhan", "dong", "vien");
  /** The first words of an enterprise ("doanh nghiệp", "công ty", "cty"). */
  private static final Set<String> FIRM_START = Set.of("doanh", "cong", "cty");

  /**
   * "số cn trên 1 dn", "lao động trên một công ty": the people of one enterprise, read as "trên mỗi" (workers per
   * enterprise), never a bound "more than one enterprise"; "khu nào có trên 1 dn" (no people right before) stays one.
   */
  private static void perOne(List<String> words) {
    for (int i = 1; i + 2 < words.size(); i++) {
      String n = words.get(i + 1);
      String firm = words.get(i + 2);
      boolean one = n.equals("1") || n.equals("mot");
      boolean toFirm = FIRM_START.contains(firm) && (!firm.equals("cong") || i + 3 < words.size()
          && words.get(i + 3).equals("ty"));
      if (words.get(i).equals("tren") && one && toFirm && PEOPLE_END.contains(words.get(i - 1))) {
        words.set(i + 1, "moi");
      }
    }
  }

  private static final List<String> INDUSTRIAL = List.of("cong", "nghiep");

  /**
   * "khu cn", "2 khu CN", "khu cn Cát Lái": "cn" right after "khu" is "công nghiệp" (an industrial park), not "công
   * nhân" (workers) as it is elsewhere; "khu cn cao" stays the Hi-Tech Park's shorthand, "mỗi / từng khu cn" workers.
   */
  private static boolean industrialPark(List<String> words, String p, List<String> tokens, int ti) {
    int n = words.size();
    if (!p.equals("cn") || n == 0 || !words.get(n - 1).equals("khu")
        || n >= 2 && (words.get(n - 2).equals("moi") || words.get(n - 2).equals("tung"))) {
      return false; // "mỗi khu cn bao nhiêu" is the workers of each zone
    }
    return ti + 1 >= tokens.size() || !Fold.fold(tokens.get(ti + 1)).equals("cao");
  }

  /** Words before "zones" that make them some zones, not all of them: "those zones", "two zones". */
  private static final Set<String> SOME = Set.of("these", "those", "two", "both", "three", "four", "2", "3", "4",
      "other", "which", "what", "such");

  /**
   * "zones have 51.21% of Thu Duc's workers, yes?": "zones" set against the city is the five zones (the share the
   * source gives), never the zone of the conversation; "those zones", "two zones", "which zones" stay as they are.
   */
  private static List<Tag> zonesOfTheCity(List<String> words, List<Tag> tags) {
    boolean city = false;
    boolean pointed = false;
    for (Tag x : tags) {
      city |= x.is(Tag.Kind.THUDUC);
      pointed |= x.is(Tag.Kind.PRONOUN) || x.is(Tag.Kind.ZONE) || x.is(Tag.Kind.KIND) || x.is(Tag.Kind.ALL);
    }
    if (!city || pointed) {
      return tags;
    }
    List<Tag> out = new ArrayList<>(tags.size());
    for (Tag x : tags) {
      String w = x.to() - x.from() == 1 ? words.get(x.from()) : "";
      boolean plural = x.is(Tag.Kind.ZONEWORD) && (w.equals("zones") || w.equals("parks") || w.equals("areas"))
          && (x.from() == 0 || !SOME.contains(words.get(x.from() - 1)));
      out.add(plural ? new Tag(Tag.Kind.ALL, x.from(), x.to(), x.arg()) : x);
    }
    return out;
  }

  /**
   * "catlaico bn cty", "binhchieuco": a zone's name glued to the short word typed after it, split in two; null when
   * {@code f} is a word of its own or does not begin with a glued name followed by a word the lexicon or the
   * shorthand knows.
   */
  private String[] zoneGluedToAWord(String f) {
    if (f.length() < 6 || lex.isKnown(f)) {
      return null;
    }
    for (int cut = f.length() - 1; cut >= 5; cut--) {
      String head = f.substring(0, cut);
      String tail = f.substring(cut);
      boolean zone = false;
      for (Lexicon.Entry e : lex.startingWith(head)) {
        zone |= e.kind() == Tag.Kind.ZONE && e.words().size() == 1;
      }
      if (zone && (lex.isKnown(tail) || !Abbreviations.expand(tail).isEmpty()
          || Stopwords.contains(tail))) {
        return new String[] {head, tail};
      }
    }
    return null;
  }

  /**
   * Zone names typed with one slip in one of their words ("cat lia", "lihn trung 2", "binh chiu"),
   * corrected in their context: one insertion, deletion, substitution or swap of two letters in a word of
   * three letters or more, the other words as in the name. Returns the positions it corrected.
   */
  private boolean[] zoneNamesWithATypo(List<String> words, List<String> original, List<Boolean> typed,
      List<Correction> fixed) {
    boolean[] done = new boolean[words.size()];
    boolean[] named = zoneNamesAsTyped(words);
    for (int i = 0; i < words.size(); i++) {
      for (Lexicon.Entry e : lex.zoneNames()) {
        int n = e.words().size();
        if (i + n > words.size()) {
          continue;
        }
        int differs = -1;
        boolean ok = true;
        for (int j = 0; j < n && ok; j++) {
          String w = words.get(i + j);
          String v = e.words().get(j);
          if (w.equals(v)) {
            continue;
          }
          ok = differs < 0 && typed.get(i + j) && (w.length() >= 3 || n >= 4 && w.length() >= 2 && letters(v)
              && allTyped(typed, i, n)) && v.length() >= 3 && letters(w) && Numbers.small(w) < 0 && Typos.oneEdit(w, v)
              || differs < 0 && typed.get(i + j) && shortCodeSlip(w, v, e.words(), j);
          differs = i + j;
        }
        if (ok && differs >= 0 && !named[differs] && !continuedAsAPhrase(words, i + n - 1)) {
          String v = e.words().get(differs - i);
          // a short code's slip is read as the code with its number ("ltr2" is “LT2”), never as its two letters
          String meant = v.length() == 2 && differs - i + 1 < n ? v.toUpperCase() + e.words().get(differs - i + 1) : v;
          fixed.add(new Correction(original.get(differs), meant));
          words.set(differs, e.words().get(differs - i));
          done[differs] = true;
        }
      }
    }
    return done;
  }

  /**
   * "ltr2", "lrt 2", "tl2": a letter added or two swapped in a zone's short code ("LT2"), its number typed right after
   * it and the same; a letter of the code changed ("dt2") or another number ("lt3") is no slip of it.
   */
  private static boolean shortCodeSlip(String w, String v, List<String> name, int j) {
    if (v.length() != 2 || !letters(v) || !letters(w) || j + 1 >= name.size()
        || !digits(name.get(j + 1)) || !Typos.oneEdit(w, v)) {
      return false;
    }
    if (w.length() == 2) {
      return w.charAt(0) == v.charAt(1) && w.charAt(1) == v.charAt(0);
    }
    return w.length() == 3 && w.indexOf(v.charAt(0)) >= 0 && w.indexOf(v.charAt(1)) > w.indexOf(v.charAt(0));
  }

  /** True for a word of digits only (a loop: no lambda on the way of a statistics question). */
  private static boolean digits(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return !w.isEmpty();
  }

  /**
   * The words that spell a zone's name exactly as typed: never "corrected" into another name ("khu CN Cát Lái" is no
   * "khu CN cao" with a slip).
   */
  private boolean[] zoneNamesAsTyped(List<String> words) {
    boolean[] named = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      for (Lexicon.Entry e : lex.zoneNames()) {
        int n = e.words().size();
        if (n >= 2 && matches(words, i, e.words())) {
          for (int k = i; k < i + n; k++) {
            named[k] = true;
          }
        }
      }
    }
    return named;
  }

  /**
   * Whether the {@code n} words from {@code i} were all typed as they stand: a two-letter slip ("khu cong nghe ca") is
   * read only in a name typed in full, never in one a shorthand made ("hai khu CN co tổng" is no "khu CN cao").
   */
  private static boolean allTyped(List<Boolean> typed, int i, int n) {
    for (int k = i; k < i + n; k++) {
      if (!typed.get(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "tính trung bình" is no "Linh Trung" typed with a slip: the name's last word begins a phrase of the lexicon with
   * the words after it ("trung bình").
   */
  private boolean continuedAsAPhrase(List<String> words, int last) {
    for (Lexicon.Entry e : lex.startingWith(words.get(last))) {
      if (e.kind() != Tag.Kind.ZONE && e.words().size() >= 2 && matches(words, last, e.words())) {
        return true;
      }
    }
    return false;
  }

  private List<Tag> match(List<String> words, List<Integer> expanded) {
    List<Tag> tags = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Lexicon.Entry hit = null;
      for (Lexicon.Entry e : lex.startingWith(words.get(i))) {
        if (matches(words, i, e.words()) && !cutsAName(words, i, e) && !cutsAShorthand(expanded, i, e)) {
          hit = e;
          break;
        }
      }
      if (hit == null) {
        i++;
        continue;
      }
      int end = i + hit.words().size();
      tags.add(new Tag(hit.kind(), i, end, hit.arg()));
      if (hit.kind() == Tag.Kind.ZONE) {
        end = continuedSeries(words, hit, end, tags);
      }
      i = end;
    }
    return tags;
  }

  /**
   * A kind word right beside a zone of that kind is part of its name ("Linh Trung two EPZ"), and the
   * Hi-Tech Park's name after "how many" is its kind ("có mấy khu công nghệ cao").
   */
  private List<Tag> kindsOfZones(List<String> words, List<String> original, List<Tag> given,
      List<Correction> fixed, java.util.BitSet pauses) {
    List<Tag> tags = new ArrayList<>(given);
    List<Tag> out = new ArrayList<>();
    for (int k = 0; k < tags.size(); k++) {
      Tag t = tags.get(k);
      Tag prev = k > 0 ? tags.get(k - 1) : null;
      Tag next = k + 1 < tags.size() ? tags.get(k + 1) : null;
      // "KCX Linh Trung", "Cat Lai industrial park": a kind word next to a zone's name is part of the name; the
      // wrong kind ("khu công nghiệp Linh Trung", "Binh Chieu EPZ") is a slip, read as that zone and said so,
      // never the kind's zones and that zone together
      if (t.kind() == Tag.Kind.KIND && prev != null && prev.kind() == Tag.Kind.ZONE && prev.to() == t.from()
          && !pauses.get(prev.to() - 1) && !out.isEmpty() && out.get(out.size() - 1) == prev) {
        mislabel(t, prev, words, original, fixed);
        out.set(out.size() - 1, new Tag(Tag.Kind.ZONE, prev.from(), t.to(), prev.arg()));
        continue;
      }
      if (t.kind() == Tag.Kind.KIND && next != null && next.kind() == Tag.Kind.ZONE && next.from() == t.to()
          && !pauses.get(t.to() - 1)) {
        mislabel(t, next, words, original, fixed);
        tags.set(k + 1, new Tag(Tag.Kind.ZONE, t.from(), next.to(), next.arg()));
        continue;
      }
      // "có 3 khu công nghệ cao không": a count before the Hi-Tech Park's name is a count of its kind too
      boolean counted = prev != null && prev.kind() == Tag.Kind.NUMBER && prev.to() == t.from();
      if (t.kind() == Tag.Kind.ZONE && prev != null && (prev.kind() == Tag.Kind.HOWMANY || counted)
          && prev.to() == t.from()) {
        String kind = lex.kindPhrase(words.subList(t.from(), t.to()));
        if (kind != null) {
          out.add(new Tag(Tag.Kind.KIND, t.from(), t.to(), kind));
          continue;
        }
      }
      out.add(t);
    }
    return out;
  }

  /**
   * "2 khu Linh Trung", "hai KCX Linh Trung", "Linh Trung (cả 2 khu)", "both Linh Trung zones": every zone whose name is
   * that name alone or with a number, never the first of them alone nor "the top 2".
   */
  private List<Tag> families(List<String> words, List<String> original, List<Tag> tags, List<Correction> fixed) {
    for (int k = 0; k < tags.size(); k++) {
      Tag z = tags.get(k);
      if (z.kind() != Tag.Kind.ZONE) {
        continue;
      }
      int from = z.from();
      while (from < z.to() && (words.get(from).equals("khu") || words.get(from).equals("cac"))) {
        from++;
      }
      List<String> family = familyOf(words.subList(from, z.to()));
      if (family.isEmpty()) {
        continue;
      }
      // the count before the name: "2 khu", "hai", "cả hai khu", "both", "the two"
      Tag before = k > 0 ? tags.get(k - 1) : null;
      Tag count = before != null && before.kind() == Tag.Kind.ZONEWORD && k > 1 ? tags.get(k - 2) : before;
      // "3 cái Linh Trung": "cái" counts zones as "khu" does
      int named = z.from();
      while (named > 0 && words.get(named - 1).equals("cai")) {
        named--;
      }
      // "tổng 3 khu Linh Trung" of a family of two: the zones the data has, and a note that it has only those
      boolean more = count != null && count.kind() == Tag.Kind.NUMBER && count.number() > family.size()
          && count.number() <= 9 && !t(tags, Tag.Kind.MAX) && !t(tags, Tag.Kind.MIN) && !t(tags, Tag.Kind.TOPWORD);
      boolean counted = count != null && count.kind() == Tag.Kind.NUMBER && (count.number() == family.size() || more)
          && (count == before ? before.to() == named : count.to() == before.from() && before.to() == named);
      boolean both = from > 0 && (from >= 1 && words.get(from - 1).equals("both") || from >= 2
          && words.get(from - 2).equals("the") && words.get(from - 1).equals("two"));
      // after the name: "Linh Trung (cả 2 khu)", "Linh Trung ca hai khu"
      int after = z.to() + (z.to() < words.size() && words.get(z.to()).equals("ca") ? 1 : 0);
      boolean countedAfter = after < words.size() && Numbers.small(words.get(after)) == family.size()
          && after + 1 < words.size() && words.get(after + 1).equals("khu");
      if (!counted && !both && !countedAfter) {
        continue;
      }
      int start = counted ? count.from() : z.from();
      int end = countedAfter ? after + 2 : z.to();
      if (counted && more) {
        StringBuilder typed = new StringBuilder();
        for (int i = start; i < end; i++) {
          if (i == start || original.get(i) != original.get(i - 1)) {
            typed.append(typed.length() == 0 ? "" : " ").append(original.get(i));
          }
        }
        boolean english = false;
        for (String w : words) {
          english |= ENGLISH_KIND_WORDS.contains(w) || w.equals("total") || w.equals("how") || w.equals("all");
        }
        StringBuilder meant = new StringBuilder();
        for (String id : family) {
          meant.append(meant.length() == 0 ? "" : ", ").append(lex.shortName(id, english));
        }
        meant.append(english ? " (the data has only " + family.size() + ")"
            : " (dữ liệu chỉ có " + family.size() + " khu)");
        fixed.add(new Correction(typed.toString(), meant.toString()));
      }
      List<Tag> out = new ArrayList<>();
      for (Tag t : tags) {
        if (t.to() <= start || t.from() >= end) {
          out.add(t);
        }
      }
      // one tag a word: the first zone on the words before the name's last, the others on its last word
      out.add(new Tag(Tag.Kind.ZONE, start, end - 1, family.get(0)));
      for (int f = 1; f < family.size(); f++) {
        out.add(new Tag(Tag.Kind.ZONE, end - 1, end, family.get(f)));
      }
      out.sort(BY_FROM);
      return out;
    }
    return tags;
  }

  private static boolean t(List<Tag> tags, Tag.Kind k) {
    for (Tag x : tags) {
      if (x.kind() == k) {
        return true;
      }
    }
    return false;
  }

  /**
   * "lt với lt2": a word every zone of a family of two begins with ("lt" for LT1 and LT2), beside the other zone of it
   * named, is the one not named; alone it stays unread (which of the two is then asked).
   */
  private List<Tag> otherOfTwo(List<String> words, List<Tag> tags) {
    for (int i = 0; i < words.size(); i++) {
      boolean free = true;
      for (Tag t : tags) {
        free &= i < t.from() || i >= t.to();
      }
      List<String> family = free ? lex.family(List.of(words.get(i))) : List.of();
      if (family.size() != 2) {
        continue;
      }
      List<String> named = new ArrayList<>();
      for (Tag t : tags) {
        if (t.kind() == Tag.Kind.ZONE && family.contains(t.arg()) && !named.contains(t.arg())) {
          named.add(t.arg());
        }
      }
      if (named.size() == 1) {
        List<Tag> out = new ArrayList<>(tags);
        out.add(new Tag(Tag.Kind.ZONE, i, i + 1, family.get(0).equals(named.get(0)) ? family.get(1) : family.get(0)));
        out.sort(BY_FROM);
        return out;
      }
    }
    return tags;
  }

  private List<String> familyOf(List<String> name) {
    List<String> f = lex.family(name);
    if (f.isEmpty()) {
      // "KCX Linh Trung" is the family of "khu che xuat linh trung" too
      for (int i = 1; i < name.size() && f.isEmpty(); i++) {
        f = lex.family(name.subList(i, name.size()));
      }
    }
    return f;
  }

  /** Notes "khu công nghiệp Linh Trung" read as "KCX Linh Trung" when the kind word is not the zone's kind. */
  private void mislabel(Tag kind, Tag zone, List<String> words, List<String> original, List<Correction> fixed) {
    if (kind.arg().equals(lex.kindOf(zone.arg()))) {
      return;
    }
    int from = Math.min(kind.from(), zone.from());
    int to = Math.max(kind.to(), zone.to());
    StringBuilder typed = new StringBuilder();
    for (int i = from; i < to; i++) {
      // an abbreviation expanded to several words keeps one original token for all of them
      if (i == from || original.get(i) != original.get(i - 1)) {
        typed.append(typed.length() == 0 ? "" : " ").append(original.get(i));
      }
    }
    boolean english = ENGLISH_KIND_WORDS.contains(words.get(kind.from()));
    fixed.add(new Correction(typed.toString(), lex.shortName(zone.arg(), english)));
  }

  /** The first words of the English kind phrases ("export processing zone", "industrial park", "EPZ"). */
  private static final Set<String> ENGLISH_KIND_WORDS = Set.of("export", "industrial", "epz", "epzs", "ip", "ips",
      "hi", "hitech", "high", "park", "parks", "saigon", "processing", "zone", "zones");

  /** True when every character of {@code w} is a letter. */
  private static boolean letters(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isLetter(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private List<Boolean> known(List<String> words) {
    List<Boolean> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(lex.isKnown(w));
    }
    return java.util.Collections.unmodifiableList(out);
  }

  /** True when one of {@code tags} is of {@code kind} and starts at word {@code from}. */
  /**
   * "các khu trên 20000 lao động": "trên" before a number is a bound, not the end of "các khu trên" (the zones above);
   * the words before it are read again on their own.
   */
  private List<Tag> boundAfterPronoun(List<String> words, List<Tag> tags) {
    List<Tag> out = new ArrayList<>();
    for (Tag t : tags) {
      String last = words.get(t.to() - 1);
      boolean bound = t.is(Tag.Kind.PRONOUN) && t.to() - t.from() >= 2 && (last.equals("tren") || last.equals("duoi"))
          && startsAt(tags, Tag.Kind.NUMBER, t.to());
      if (!bound) {
        out.add(t);
        continue;
      }
      for (Tag x : match(words.subList(t.from(), t.to() - 1), java.util.Collections.nCopies(t.to() - 1 - t.from(), -1))) {
        out.add(new Tag(x.kind(), x.from() + t.from(), x.to() + t.from(), x.arg()));
      }
      out.add(new Tag(last.equals("tren") ? Tag.Kind.MORE : Tag.Kind.LESS, t.to() - 1, t.to(), "-"));
    }
    return out;
  }

  /**
   * "khu CNC có đúng 53.000 người không": "người" (a filler word alone) right after a number counts people, the
   * workers, when no other measure is said.
   */
  private static List<Tag> peopleAfterANumber(List<String> words, List<Tag> tags) {
    List<Tag> out = null;
    for (Tag t : tags) {
      if (t.is(Tag.Kind.MEASURE)) {
        return tags;
      }
    }
    for (int k = 0; k < tags.size(); k++) {
      Tag t = tags.get(k);
      if (t.is(Tag.Kind.FILLER) && t.to() - t.from() == 1 && words.get(t.from()).equals("nguoi") && t.from() > 0
          && endsAt(tags, Tag.Kind.NUMBER, t.from())) {
        out = out == null ? new ArrayList<>(tags) : out;
        out.set(k, new Tag(Tag.Kind.MEASURE, t.from(), t.to(), Measure.WORKERS.code()));
      }
    }
    return out == null ? tags : out;
  }

  private static boolean endsAt(List<Tag> tags, Tag.Kind kind, int to) {
    for (Tag t : tags) {
      if (t.kind() == kind && t.to() == to) {
        return true;
      }
    }
    return false;
  }

  /** The words before a bound ("dưới 2000", "over 2000"): the number after them is a count, never a year. */
  private static final Set<String> BOUND_WORDS = Set.of("duoi", "tren", "hon", "qua", "vuot", "it", "under", "over",
      "above", "below", "than", "exceed", "exceeds");

  private static boolean startsAt(List<Tag> tags, Tag.Kind kind, int from) {
    for (Tag t : tags) {
      if (t.kind() == kind && t.from() == from) {
        return true;
      }
    }
    return false;
  }

  /**
   * "nhiều lao động nhất", "ít doanh nghiệp nhất": a superlative around its measure; an ordinal takes the place
   * of "nhất" ("khu có ít doanh nghiệp thứ hai" is the second fewest, not the second most).
   */
  private static List<Tag> superlatives(List<String> words, List<Tag> tags) {
    List<Tag> out = new ArrayList<>(tags);
    for (int i = 0; i < words.size(); i++) {
      boolean ordinal = startsAt(tags, Tag.Kind.ORDINAL, i);
      if (ordinal) {
        fewestBefore(words, out, i);
        continue;
      }
      if (!words.get(i).equals("nhat")) {
        continue;
      }
      final int at = i;
      Tag here = out.stream().filter(t -> t.from() <= at && at < t.to()).findFirst().orElse(null);
      if (here != null && here.kind() != Tag.Kind.FILLER) {
        continue;
      }
      // up to five words back, a phrase of the lexicon counting as one ("nhiều doanh nghiệp trên mỗi lao động nhất"),
      // not past another superlative ("khu đông nhất gấp mấy lần khu ít lao động nhất")
      int start = i;
      for (int n = 0; n < 5 && start > 0; n++) {
        final int prev = start - 1;
        Tag there = out.stream().filter(t -> t.from() <= prev && prev < t.to()).findFirst().orElse(null);
        if (there != null && (there.kind() == Tag.Kind.MAX || there.kind() == Tag.Kind.MIN)) {
          break;
        }
        start = there == null ? prev : there.from();
      }
      boolean superlative = false;
      for (int j = start; j < i && !superlative; j++) {
        final int w0 = j;
        if (out.stream().anyMatch(t -> t.kind() == Tag.Kind.ZONE && t.from() <= w0 && w0 < t.to())) {
          continue; // the "cao" of "Khu Công nghệ cao" is a name, not "highest"
        }
        String w = words.get(j);
        boolean crowded = w.equals("dong") && (j == 0 || !words.get(j - 1).equals("lao"));
        // the "nhiêu" of "bao nhiêu" is no "nhiều": "bao nhiêu công ty Nhật" has no superlative
        boolean many = w.equals("nhieu") && (j == 0 || !words.get(j - 1).equals("bao"));
        Tag.Kind kind = many || w.equals("lon") || w.equals("cao") || crowded ? Tag.Kind.MAX
            : w.equals("it") || w.equals("nho") || w.equals("thap") ? Tag.Kind.MIN : null;
        if (kind != null) {
          out.remove(here);
          out.add(new Tag(kind, i, i + 1, "-"));
          if (crowded && out.stream().noneMatch(t -> t.kind() == Tag.Kind.MEASURE)) {
            // "đông nhất" is the most workers, whatever measure the conversation was on
            final int d = j;
            out.removeIf(t -> t.from() <= d && d < t.to());
            out.add(new Tag(Tag.Kind.MEASURE, j, j + 1, "workers"));
          }
          superlative = true;
        }
      }
      Tag measure = out.stream().filter(t -> t.to() == at && t.kind() == Tag.Kind.MEASURE).findFirst().orElse(null);
      boolean counted = out.stream().anyMatch(t -> t.kind() == Tag.Kind.HOWMANY);
      if (!superlative && measure != null && counted) {
        // "bao nhiêu công ty Nhật", no "nhiều"/"ít" before it: Japanese companies, which the data does not count
        out.remove(here);
        out.remove(measure);
        out.add(new Tag(Tag.Kind.NOMEASURE, measure.from(), i + 1, "nationality"));
      }
    }
    out.sort(BY_FROM);
    return out;
  }

  /** "ít" (or "nhỏ", "thấp") untagged within the five words before an ordinal at {@code at}: a MIN tag there. */
  private static void fewestBefore(List<String> words, List<Tag> out, int at) {
    if (out.stream().anyMatch(t -> t.kind() == Tag.Kind.MIN || t.kind() == Tag.Kind.MAX)) {
      return;
    }
    for (int j = at - 1; j >= Math.max(0, at - 5); j--) {
      final int w = j;
      Tag there = out.stream().filter(t -> t.from() <= w && w < t.to()).findFirst().orElse(null);
      if (FEWER.contains(words.get(j)) && (there == null || there.kind() == Tag.Kind.FILLER)) {
        out.remove(there);
        out.add(new Tag(Tag.Kind.MIN, j, j + 1, "-"));
        return;
      }
    }
  }

  /** Superlative words that bound a number instead ("ít nhất 100" is at least 100, not the fewest). */
  private static final Set<String> AT_LEAST = Set.of("it nhat", "toi thieu", "at least", "it nhat la");
  private static final Set<String> AT_MOST = Set.of("nhieu nhat", "toi da", "at most", "khong qua");
  /** Words before a bare "hơn" that turn it into "fewer than": "ít doanh nghiệp hơn", "thấp hơn". */
  private static final Set<String> FEWER = Set.of("it", "nho", "thap");

  /**
   * Bounds and directions the words around a comparison give: a superlative or "more/less" word right before a
   * number is an inclusive bound when it says "at least / at most" ({@code arg} "incl"), and a bare "hơn" after
   * "ít" and the measure ("ít doanh nghiệp hơn") says fewer, not more.
   */
  private static List<Tag> bounds(List<String> words, List<Tag> tags) {
    List<Tag> out = new ArrayList<>(tags);
    for (int k = 0; k < out.size(); k++) {
      Tag x = out.get(k);
      String phrase = String.join(" ", words.subList(x.from(), x.to()));
      Tag next = k + 1 < out.size() ? out.get(k + 1) : null;
      boolean beforeNumber = next != null && next.kind() == Tag.Kind.NUMBER && next.from() == x.to();
      if (beforeNumber && AT_LEAST.contains(phrase)
          && (x.kind() == Tag.Kind.MIN || x.kind() == Tag.Kind.MORE)) {
        out.set(k, new Tag(Tag.Kind.MORE, x.from(), x.to(), "incl"));
      } else if (beforeNumber && AT_MOST.contains(phrase)
          && (x.kind() == Tag.Kind.MAX || x.kind() == Tag.Kind.LESS)) {
        out.set(k, new Tag(Tag.Kind.LESS, x.from(), x.to(), "incl"));
      } else if (!beforeNumber && x.kind() == Tag.Kind.MORE && phrase.equals("it nhat la")) {
        // "khu ít nhất là khu nào": the fewest, then "là"; "ít nhất là 30" is a bound only before its number
        out.set(k, new Tag(Tag.Kind.MIN, x.from(), x.to() - 1, "-"));
      } else if (x.kind() == Tag.Kind.MORE && phrase.equals("hon") && fewerBefore(words, out, k)) {
        out.set(k, new Tag(Tag.Kind.LESS, x.from(), x.to(), x.arg()));
      }
    }
    for (Tag n : List.copyOf(out)) {
      if (n.kind() == Tag.Kind.NUMBER) {
        boundAfter(words, out, n);
        enough(words, out, n);
        multiple(words, out, n);
      }
    }
    out.sort(BY_FROM);
    return out;
  }

  /**
   * "hơn 4 lần", "gấp hơn 5 lần", "5 times": a number of times is a multiple claimed ({@code TIMES} with the number
   * as its argument), never a bound on the measure ("ít lao động hơn 4 lần" is not "fewer than 4 workers").
   */
  private static void multiple(List<String> words, List<Tag> out, Tag number) {
    int at = number.to();
    if (at >= words.size() || number.number() < 1) {
      return;
    }
    Tag there = null;
    for (Tag x : out) {
      if (x.from() <= at && at < x.to()) {
        there = x;
      }
    }
    boolean lan = words.get(at).equals("lan") && (there == null || there.kind() == Tag.Kind.FILLER);
    boolean times = there != null && there.kind() == Tag.Kind.TIMES && there.from() == at && "-".equals(there.arg())
        && words.get(at).equals("times");
    if (!lan && !times) {
      return;
    }
    out.remove(number);
    if (there != null) {
      out.remove(there);
    }
    out.add(new Tag(Tag.Kind.TIMES, number.from(), there != null ? there.to() : at + 1, Long.toString(number.number())));
  }

  /**
   * "có đủ 10 doanh nghiệp không" asks for at least 10, "chưa đủ / không đủ 10" for fewer: a bare "đủ" right before
   * the number (folded, it is also the "dự" of attending, which no number follows).
   */
  private static void enough(List<String> words, List<Tag> out, Tag number) {
    int at = number.from() - 1;
    if (at < 0 || !words.get(at).equals("du")) {
      return;
    }
    for (Tag x : out) {
      if (x.from() <= at && at < x.to()) {
        return; // a phrase of its own ("dữ liệu") or a bound already
      }
    }
    boolean not = at > 0 && (words.get(at - 1).equals("chua") || words.get(at - 1).equals("khong"));
    if (not) {
      for (int k = out.size() - 1; k >= 0; k--) {
        Tag x = out.get(k);
        if (x.from() <= at - 1 && at - 1 < x.to()) {
          out.remove(k); // "chưa" / "không" belong to the bound, not to a yes/no of their own
        }
      }
    }
    out.add(not ? new Tag(Tag.Kind.LESS, at - 1, at + 1, "-") : new Tag(Tag.Kind.MORE, at, at + 1, "incl"));
  }

  /** Two words after a number that bound it inclusively: "từ 30 doanh nghiệp trở lên", "30 or more". */
  private static final Map<String, Tag.Kind> BOUNDS_AFTER = Map.of("tro len", Tag.Kind.MORE, "tro xuong",
      Tag.Kind.LESS, "or more", Tag.Kind.MORE, "or above", Tag.Kind.MORE, "or over", Tag.Kind.MORE, "or fewer",
      Tag.Kind.LESS, "or less", Tag.Kind.LESS, "or below", Tag.Kind.LESS, "hoac hon", Tag.Kind.MORE);

  /**
   * An inclusive bound within three words after {@code number} (arg "after"), replacing the tags of its words, unless
   * a bound already stands before the number.
   */
  private static void boundAfter(List<String> words, List<Tag> out, Tag number) {
    for (int i = number.to(); i + 1 < words.size() && i <= number.to() + 3; i++) {
      Tag.Kind kind = BOUNDS_AFTER.get(words.get(i) + " " + words.get(i + 1));
      if (kind != null) {
        final int from = i;
        out.removeIf(t -> t.from() < from + 2 && t.to() > from);
        out.add(new Tag(kind, from, from + 2, "after"));
        return;
      }
    }
  }

  /** "ít" (or "nhỏ", "thấp") within the four words before tag {@code k}, with no other direction between. */
  private static boolean fewerBefore(List<String> words, List<Tag> tags, int k) {
    int at = tags.get(k).from();
    for (int i = at - 1; i >= Math.max(0, at - 4); i--) {
      final int w = i;
      Tag there = tags.stream().filter(t -> t.from() <= w && w < t.to()).findFirst().orElse(null);
      if (there != null && (there.kind() == Tag.Kind.MORE || there.kind() == Tag.Kind.LESS
          || there.kind() == Tag.Kind.ZONE)) {
        return false;
      }
      if (FEWER.contains(words.get(i)) && (there == null || there.kind() == Tag.Kind.FILLER)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Bình Chiểu cộng Cát Lái", "Cat Lai plus Binh Chieu": "cộng" between two zones or kinds is a sum (alone elsewhere it is
   * no sum: "công tác", "công bố" fold to the same letters).
   */
  private static List<Tag> plusBetweenZones(List<String> words, List<Tag> tags) {
    List<Tag> out = new ArrayList<>(tags);
    for (int i = 1; i + 1 < words.size(); i++) {
      if (!words.get(i).equals("cong") && !words.get(i).equals("plus")) {
        continue;
      }
      final int at = i;
      int next = words.get(i + 1).equals("voi") || words.get(i + 1).equals("them") ? i + 2 : i + 1;
      Tag here = out.stream().filter(t -> t.from() <= at && at < t.to()).findFirst().orElse(null);
      // a zone or a kind on each side: "hai khu chế xuất cộng với khu công nghệ cao"
      boolean zoneBefore = out.stream().anyMatch(t -> isSet(t) && t.to() == at);
      boolean zoneAfter = out.stream().anyMatch(t -> isSet(t) && t.from() == next);
      if ((here == null || here.kind() == Tag.Kind.FILLER) && zoneBefore && zoneAfter) {
        out.remove(here);
        out.add(new Tag(Tag.Kind.SUM, i, next, "-"));
      }
    }
    out.sort(BY_FROM);
    return out;
  }

  /**
   * "cộng hai khu", "cộng cả ba khu vừa hỏi", "cong tat ca cac khu": "cộng" before a count of zones is a sum. Typed
   * "công" it is another word ("công nhân", "công ty" are matched before this and never reach here).
   */
  private static List<Tag> plusOfZones(List<String> words, List<String> original, List<Tag> tags) {
    List<Tag> out = new ArrayList<>(tags);
    for (int i = 0; i + 1 < words.size(); i++) {
      if (!words.get(i).equals("cong") || Fold.lower(original.get(i)).equals("công")) {
        continue;
      }
      final int at = i;
      int next = words.get(i + 1).equals("ca") ? i + 2 : i + 1;
      Tag here = out.stream().filter(t -> t.from() <= at && at < t.to()).findFirst().orElse(null);
      Tag after = out.stream().filter(t -> t.from() == next).findFirst().orElse(null);
      boolean zones = after != null && (after.kind() == Tag.Kind.ALL || after.kind() == Tag.Kind.NUMBER
          && out.stream().anyMatch(t -> t.from() == after.to()
          && (t.kind() == Tag.Kind.ZONEWORD || t.kind() == Tag.Kind.PRONOUN || t.kind() == Tag.Kind.KIND)));
      if ((here == null || here.kind() == Tag.Kind.FILLER) && zones) {
        out.remove(here);
        out.add(new Tag(Tag.Kind.SUM, i, i + 1, "-"));
      }
    }
    out.sort(BY_FROM);
    return out;
  }

  private static boolean isSet(Tag t) {
    return t.kind() == Tag.Kind.ZONE || t.kind() == Tag.Kind.KIND;
  }

  /** "Linh Trung 1 và 2": a number after "và" continues a numbered zone name. */
  private int continuedSeries(List<String> words, Lexicon.Entry zone, int end, List<Tag> tags) {
    List<String> w = zone.words();
    if (w.size() < 2 || Numbers.small(w.get(w.size() - 1)) < 0) {
      return end;
    }
    List<String> base = w.subList(0, w.size() - 1);
    int j = end;
    while (j + 1 < words.size() && (words.get(j).equals("va") || words.get(j).equals("and")
        || words.get(j).equals("hoac") || words.get(j).equals("or"))) {
      int n = Numbers.small(words.get(j + 1));
      final int next = j + 2;
      boolean followedByNoun = next < words.size() && lex.startingWith(words.get(next)).stream()
          .anyMatch(e -> (e.kind() == Tag.Kind.ZONEWORD || e.kind() == Tag.Kind.KIND || e.kind() == Tag.Kind.ALL)
              && matches(words, next, e.words()));
      if (n <= 0 || followedByNoun) {
        break;
      }
      String id = lex.numbered(base, String.valueOf(n));
      tags.add(new Tag(Tag.Kind.AND, j, j + 1, "-"));
      tags.add(id == null ? new Tag(Tag.Kind.UNKNOWN_ZONE, j + 1, j + 2, String.join(" ", base) + " " + n)
          : new Tag(Tag.Kind.ZONE, j + 1, j + 2, id));
      j += 2;
    }
    return j;
  }

  /** A phrase must not end inside a zone, kind or place name that starts within it and goes on. */
  /**
   * "tong cn": "tổng" and the first word of "công nhân" (what "cn" stands for) are no "tổng cộng"; a phrase that
   * begins outside a shorthand's words and ends inside them is not read.
   */
  private static boolean cutsAShorthand(List<Integer> expanded, int i, Lexicon.Entry e) {
    int last = i + e.words().size() - 1;
    int token = expanded.get(last);
    return token >= 0 && last + 1 < expanded.size() && expanded.get(last + 1) == token && expanded.get(i) != token;
  }

  private boolean cutsAName(List<String> words, int i, Lexicon.Entry e) {
    int end = i + e.words().size();
    for (int j = i + 1; j < end; j++) {
      for (Lexicon.Entry x : lex.startingWith(words.get(j))) {
        boolean name = x.kind() == Tag.Kind.ZONE || x.kind() == Tag.Kind.KIND;
        if (name && j + x.words().size() > end && matches(words, j, x.words())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "the industrial parks (not EPZs)", "all zones, not the hi-tech park": "not" right before a kind or a zone leaves
   * it out; elsewhere ("is it not more than …") it is no exclusion.
   */
  private static List<Tag> notBeforeKind(List<String> words, List<Tag> tags) {
    List<Tag> out = null;
    for (int i = 0; i + 1 < words.size(); i++) {
      if (!words.get(i).equals("not")) {
        continue;
      }
      int next = words.get(i + 1).equals("the") ? i + 2 : i + 1;
      boolean taken = false;
      boolean before = false;
      for (Tag x : tags) {
        taken |= x.from() <= i && i < x.to();
        before |= x.from() == next && (x.is(Tag.Kind.KIND) || x.is(Tag.Kind.ZONE));
      }
      if (taken || !before) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(tags);
      }
      int at = 0;
      while (at < out.size() && out.get(at).from() < i) {
        at++;
      }
      out.add(at, new Tag(Tag.Kind.MINUS, i, i + 1, "-"));
    }
    return out == null ? tags : out;
  }

  /** English words around "gap" that make it the English "gap" (a difference), not "gấp" typed without marks. */
  private static final Set<String> ENGLISH_AROUND_GAP = Set.of("and", "what", "whats", "is", "in",
      "between", "of", "how", "big", "their", "that");

  /** What follows "gấp" typed without marks: "gap may lan", "gap doi", "gap 3". */
  private static final Set<String> AFTER_GAP = Set.of("may", "bao", "doi", "hai", "ba", "lan", "muoi", "nhieu");

  /**
   * "and the workers gap?", "what's the gap?": the English "gap", a difference; "gap may lan", "gấp đôi" stay the
   * Vietnamese "gấp" (times).
   */
  private static List<Tag> englishGap(List<String> words, List<String> original, List<Tag> tags) {
    List<Tag> out = null;
    for (int k = 0; k < tags.size(); k++) {
      Tag x = tags.get(k);
      int i = x.from();
      if (!x.is(Tag.Kind.TIMES) || x.to() != i + 1 || !words.get(i).equals("gap")
          || !original.get(i).equalsIgnoreCase("gap")) {
        continue;
      }
      boolean english = false;
      for (String w : words) {
        english |= ENGLISH_AROUND_GAP.contains(w);
      }
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      if (!english || AFTER_GAP.contains(next) || next.matches("[0-9]+")) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(tags);
      }
      out.set(k, new Tag(Tag.Kind.DIFF, x.from(), x.to(), x.arg()));
    }
    return out == null ? tags : out;
  }

  /** Vietnamese words after "tên" (name), which folds to the English "ten": "tên các cty", "tên công ty". */
  private static final Set<String> AFTER_NAME = Set.of("cac", "cua", "nhung", "cong", "cty", "doanh", "dn", "khu",
      "nguoi", "ong", "ba", "anh", "chi", "em", "day", "du", "goi", "la", "gi", "nao", "tap", "ca", "don", "ho",
      "hoi", "quy", "kcx", "kcn", "kcnc", "chuc", "lanh");

  /** "ten các cty", "ke ten": the folded "tên" (name), not the English "ten". */
  private static boolean nameNotTen(List<String> words, int i) {
    if (!words.get(i).equals("ten")) {
      return false;
    }
    return i + 1 < words.size() && AFTER_NAME.contains(words.get(i + 1)) || i > 0 && words.get(i - 1).equals("ke");
  }

  private static List<Tag> numbers(List<String> words, List<Tag> tags) {
    boolean[] taken = new boolean[words.size()];
    for (Tag t : tags) {
      // a filler word that is a number or a multiplier after one ("vẫn" folds to "van", as "1 vạn" does)
      boolean fillerNumber = t.kind() == Tag.Kind.FILLER && t.to() - t.from() == 1
          && (Numbers.small(words.get(t.from())) > 0 || Numbers.multiplier(words.get(t.from())) && t.from() > 0
              && Numbers.small(words.get(t.from() - 1)) > 0);
      if (!fillerNumber) {
        for (int i = t.from(); i < t.to(); i++) {
          taken[i] = true;
        }
      }
    }
    List<Tag> out = new ArrayList<>();
    for (int i = 0; i < words.size(); ) {
      if (taken[i]) {
        i++;
        continue;
      }
      int limit = i;
      while (limit < words.size() && !taken[limit]) {
        limit++;
      }
      Numbers.Read r = Numbers.read(words.subList(0, limit), i);
      if (r == null || nameNotTen(words, i)) {
        i++;
        continue;
      }
      String w = words.get(i);
      boolean year = r.length() == 1 && w.length() == 4 && r.value() >= 1990 && r.value() <= 2100;
      // "dưới 2000 lao động", "2023 doanh nghiệp": a count of something, not a year
      // ("the 2019 workforce", "năm 2019 lao động" stay years)
      boolean yearWord = i > 0 && (words.get(i - 1).equals("the") || words.get(i - 1).equals("nam")
          || words.get(i - 1).equals("its") || words.get(i - 1).equals("s"));
      year &= (yearWord || !startsAt(tags, Tag.Kind.MEASURE, i + 1)) && !(i > 0 && BOUND_WORDS.contains(words.get(i - 1)));
      out.add(new Tag(year ? Tag.Kind.YEAR : Tag.Kind.NUMBER, i, i + r.length(), String.valueOf(r.value())));
      i += r.length();
    }
    for (Tag t : tags) {
      boolean overlapped = false;
      for (Tag n : out) {
        overlapped |= n.from() < t.to() && t.from() < n.to();
      }
      if (!overlapped) {
        out.add(t);
      }
    }
    out.sort(BY_FROM);
    return out;
  }

  /**
   * A zone or kind word followed by a name the data lacks, or an English kind word preceded by one,
   * or a zone name followed by a number it does not have.
   */
  private List<Tag> unknownZones(List<String> words, List<String> original, List<Tag> tags) {
    List<Tag> out = new ArrayList<>(tags);
    for (int k = 0; k < tags.size(); k++) {
      Tag t = tags.get(k);
      if (t.kind() != Tag.Kind.ZONE && t.kind() != Tag.Kind.KIND) {
        continue;
      }
      Tag next = k + 1 < tags.size() ? tags.get(k + 1) : null;
      int gapEnd = next == null ? words.size() : next.from();
      // "linh trung 5": a number right after a numbered zone's name
      if (t.kind() == Tag.Kind.ZONE && next != null && next.from() == t.to() && next.kind() == Tag.Kind.NUMBER
          && next.to() - next.from() == 1 && Numbers.small(words.get(next.from())) > 0
          && words.get(next.from()).matches("[0-9]{1,2}|i|ii|iii|iv|vi|vii|viii|ix|mot|hai|ba|bon|one|two|three|four|five|six")
          && (!followedByNoun(tags, k + 2, next.to()) || lex.isNumberedBase(words.subList(t.from(), t.to()))
              && (tags.get(k + 2).kind() == Tag.Kind.MEASURE || tags.get(k + 2).kind() == Tag.Kind.KIND
                  // "kcn linh trung 3, khu em …": a number no zone of that name has, whatever follows
                  || Numbers.small(words.get(next.from())) > 2))) {
        // ("Linh Trung 3 EPZ": the kind after the number is the unknown zone's kind, not a count of them)
        replace(out, t, next, new Tag(Tag.Kind.UNKNOWN_ZONE, t.from(), next.to(), span(original, t.from(), next.to())));
        continue;
      }
      if (t.kind() == Tag.Kind.ZONE && gapEnd > t.to() && Numbers.small(words.get(t.to())) > 2
          && words.get(t.to()).matches("[0-9]{1,2}|iii|iv|vi|vii|viii|ix|ba|bon|three|four|five|six")) {
        replace(out, t, null, new Tag(Tag.Kind.UNKNOWN_ZONE, t.from(), t.to() + 1, span(original, t.from(), t.to() + 1)));
        continue;
      }
      // a place the data lacks right after the zone or kind ("KCN Vĩnh Lộc", "khu công nghệ cao Hòa Lạc")
      if (next != null && next.from() == t.to() && next.kind() == Tag.Kind.PLACE) {
        replace(out, t, next, new Tag(Tag.Kind.UNKNOWN_ZONE, t.from(), next.to(), span(original, t.from(), next.to())));
        continue;
      }
      // ... or unknown words there: a name ("KCN Phú Hữu"); after a zone typed with capitals, a word in lower case is
      // no part of its name ("Binh Chieu out of the 5 zones", "what about Cat Lai then?")
      boolean lowerAfterName = t.kind() == Tag.Kind.ZONE && gapEnd > t.to()
          && Character.isUpperCase(original.get(t.from()).codePointAt(0))
          && !Character.isUpperCase(original.get(t.to()).codePointAt(0));
      if (gapEnd > t.to() && nameLike(words.get(t.to())) && !lowerAfterName) {
        int end = t.to();
        while (end < gapEnd && nameLike(words.get(end))) {
          end++;
        }
        replace(out, t, null, new Tag(Tag.Kind.UNKNOWN_ZONE, t.from(), end, span(original, t.from(), end)));
        continue;
      }
      // English order: "Hoa Lac Hi-Tech Park", "Tan Thuan EPZ"
      Tag prev = k > 0 ? tags.get(k - 1) : null;
      if (prev != null && prev.to() == t.from() && prev.kind() == Tag.Kind.PLACE) {
        replace(out, prev, t, new Tag(Tag.Kind.UNKNOWN_ZONE, prev.from(), t.to(), span(original, prev.from(), t.to())));
        continue;
      }
      int gapStart = prev == null ? 0 : prev.to();
      // (a Vietnamese kind, "khu …", "KCN", names its zone after it: "Nhóm KCN hay nhóm KCX" names none)
      if (t.kind() == Tag.Kind.KIND && !words.get(t.from()).equals("khu") || isEnglishZoneName(t, words)) {
        int start = t.from();
        while (start > gapStart && nameLike(words.get(start - 1))
            && Character.isUpperCase(original.get(start - 1).codePointAt(0))) {
          start--;
        }
        if (start < t.from()) {
          replace(out, t, null, new Tag(Tag.Kind.UNKNOWN_ZONE, start, t.to(), span(original, start, t.to())));
        }
      }
    }
    // a place named on its own ("Bình Dương có bao nhiêu KCN")
    List<Tag> result = new ArrayList<>();
    for (Tag t : out) {
      result.add(t.kind() == Tag.Kind.PLACE ? new Tag(Tag.Kind.UNKNOWN_ZONE, t.from(), t.to(),
          span(original, t.from(), t.to())) : t);
    }
    result.sort(BY_FROM);
    return result;
  }

  private static boolean isEnglishZoneName(Tag t, List<String> words) {
    String last = words.get(t.to() - 1);
    return last.equals("park") || last.equals("zone") || last.equals("parks") || last.equals("zones");
  }

  private boolean followedByNoun(List<Tag> tags, int k, int at) {
    if (k >= tags.size() || tags.get(k).from() != at) {
      return false;
    }
    Tag.Kind kind = tags.get(k).kind();
    return kind == Tag.Kind.ZONEWORD || kind == Tag.Kind.KIND || kind == Tag.Kind.MEASURE;
  }

  /**
   * "Khu chế xuất Linh Trung thứ hai": an ordinal right after a numbered zone's base name is the zone's number, not a
   * place in a ranking, unless the question ranks ("nhiều nhất", "đứng thứ mấy").
   */
  private List<Tag> numberedByOrdinal(List<String> words, List<Tag> tags) {
    for (Tag x : tags) {
      if (x.kind() == Tag.Kind.MAX || x.kind() == Tag.Kind.MIN || x.kind() == Tag.Kind.RANKOF) {
        return tags;
      }
    }
    List<Tag> out = new ArrayList<>(tags);
    for (int k = 0; k + 1 < tags.size(); k++) {
      Tag z = tags.get(k);
      Tag o = tags.get(k + 1);
      if (z.kind() != Tag.Kind.ZONE || o.kind() != Tag.Kind.ORDINAL || o.from() != z.to() || o.to() - o.from() != 2
          || !words.get(o.from()).equals("thu")) {
        continue;
      }
      String id = lex.numbered(words.subList(z.from(), z.to()), o.arg());
      if (id != null) {
        replace(out, z, o, new Tag(Tag.Kind.ZONE, z.from(), o.to(), id));
      }
    }
    return out;
  }

  private static void replace(List<Tag> out, Tag a, Tag b, Tag with) {
    int at = out.indexOf(a);
    out.remove(a);
    if (b != null) {
      out.remove(b);
    }
    out.add(Math.max(0, Math.min(at, out.size())), with);
  }

  /**
   * Words that follow a zone's name and are never part of a name: judgements ("lương ở khu CNC cao không") and the
   * words of a date ("số doanh nghiệp Cát Lái tháng 3 2024").
   */
  private static final Set<String> PREDICATES = Set.of("cao", "thap", "tot", "xau", "dep", "xa", "gan", "re", "on",
      "lon", "nho", "dong", "vang", "moi", "cu", "nhieu", "it", "hon", "nhat", "lam", "qua", "ha", "thang", "ngay",
      "quy", "tuan",
      // verbs of the meeting after a zone's name ("ai từ Bình Chiểu dự hội nghị"): never part of a name
      "du", "tham", "ky", "dai",
      // "I meant Linh Trung EPZ not that one": a correction's words
      "not", "khong", "ko", "instead", "chu",
      // particles typed after a name: "e o lt2 nek"
      "nek", "ne", "nha", "nhe", "hen", "nhen", "a", "ak", "ah",
      // "KCX so với KCN, loại nào …": a kind's word, never part of a name
      "loai");

  /** An untagged word that is not an ordinary word: part of a name. */
  private boolean nameLike(String w) {
    return w.length() >= 2 && !w.chars().allMatch(Character::isDigit) && !Stopwords.contains(w)
        && !PREDICATES.contains(w)
        && lex.startingWith(w).stream().noneMatch(e -> e.words().size() == 1);
  }

  private static String span(List<String> original, int from, int to) {
    List<String> out = new ArrayList<>();
    String last = null;
    for (int i = from; i < to; i++) {
      if (!original.get(i).equals(last)) {
        out.add(original.get(i));
      }
      last = original.get(i);
    }
    return String.join(" ", out);
  }

  private static boolean matches(List<String> words, int i, List<String> phrase) {
    if (i + phrase.size() > words.size()) {
      return false;
    }
    for (int j = 0; j < phrase.size(); j++) {
      if (!words.get(i + j).equals(phrase.get(j))) {
        return false;
      }
    }
    return true;
  }

  /** A word the lexicon does not know, corrected when one zone-name or statistics word is one edit away. */
  private String correct(String w) {
    if (w.length() < 4 || lex.isKnown(w) || !w.chars().allMatch(Character::isLetter)) {
      return w;
    }
    // building an automaton and running it over the lexicon costs tens of microseconds; words repeat
    String known = corrections.get(w);
    if (known != null) {
      return known;
    }
    String c = nearest(w);
    if (corrections.size() >= MAX_CACHED_CORRECTIONS) {
      corrections.clear(); // bounded: words typed by users are endless
    }
    corrections.put(w, c);
    return c;
  }

  private String nearest(String w) {
    CharacterRunAutomaton near = new CharacterRunAutomaton(new LevenshteinAutomata(w, true).toAutomaton(1));
    String best = null;
    for (String v : lex.correctable()) {
      // a word of four letters is too short to tell a slip from another word ("paid", "laid"), but for a zone's
      boolean plausible = w.length() > 4 || lex.isZoneWord(v);
      if (plausible && Math.abs(v.length() - w.length()) <= 1 && v.length() >= 3 && near.run(v)
          && (best == null || better(v, best))) {
        best = v;
      }
    }
    return best == null ? w : best;
  }

  /** Zone-name words first ("chiu" is "chieu" before "chi"), then the longer, then the first in order. */
  private boolean better(String v, String best) {
    boolean zv = lex.isZoneWord(v);
    if (zv != lex.isZoneWord(best)) {
      return zv;
    }
    return v.length() != best.length() ? v.length() > best.length() : v.compareTo(best) < 0;
  }
}
