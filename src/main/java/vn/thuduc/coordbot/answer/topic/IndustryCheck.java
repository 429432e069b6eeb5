package vn.thuduc.coordbot.answer.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.thuduc.coordbot.answer.query.Lexicon;
import vn.thuduc.coordbot.answer.query.Tag;
import vn.thuduc.coordbot.answer.query.Tagger;
import vn.thuduc.coordbot.answer.topic.TopicLexicon.Cue;
import vn.thuduc.coordbot.answer.topic.TopicLexicon.Hit;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Industry;
import vn.thuduc.coordbot.text.Stopwords;

/**
 * Which industry a question names, against the source's list of industries ("có ngành gỗ không", "Cát Lái có doanh
 * nghiệp may không", "is there a car industry"). The list is the five zones' together and ends in "…": an industry
 * on it is a yes, one not on it is "not named" (never a no), and no industry is ever said of one zone.
 */
final class IndustryCheck {
  /** Words that end the industry typed after "ngành" ("ngành dầu khí có trong các khu không"). */
  private static final Set<String> AFTER = Set.of("co", "khong", "ko", "k", "trong", "tai", "cac", "khu", "nao", "chua",
      "ha", "nhi", "vay", "the", "in", "any", "zones", "zone", "there", "is", "are", "do", "does", "at", "a", "an",
      "hay", "or", "nhu", "la", "gi", "here", "of", "nhieu", "lon", "nhat", "among", "listed", "included", "mentioned",
      "named", "one", "part", "on", "within", "thuoc");
  /** Words that end it before "industry" ("is there a car industry"). */
  private static final Set<String> BEFORE = Set.of("a", "an", "the", "any", "there", "is", "are", "do", "does", "co",
      "nganh", "of", "have", "has", "zones", "zone", "nhung", "cac", "what", "which", "nao", "gi");

  private final Dataset ds;

  IndustryCheck(Dataset ds) {
    this.ds = ds;
  }

  /** Words that qualify an industry without naming another: "dệt may", "may mặc", "ngành sản xuất …". */
  private static final Set<String> QUALIFIERS = Set.of("det", "mac", "san", "xuat", "che", "bien", "nganh", "hang",
      "linh", "vuc", "industry", "sector", "the");

  /**
   * True when the source lists the industry asked: the words typed next to "ngành" are all in one name ("gỗ" is
   * "chế biến gỗ"), or hold a name and only words that qualify it ("dệt may"; "xe máy" is not "may"); with nothing
   * typed there, a name anywhere in {@code words}.
   */
  boolean listed(List<String> words, List<String> typed) {
    words = stems(words);
    typed = stems(typed);
    String asked = " " + String.join(" ", words) + " ";
    for (Industry x : ds.industries()) {
      for (String name : List.of(x.nameVi(), x.nameEn())) {
        List<String> n = stems(Lexicon.normalise(name));
        if (typed.isEmpty() ? asked.contains(" " + String.join(" ", n) + " ") : n.containsAll(typed)
            || typed.containsAll(n) && QUALIFIERS.containsAll(without(typed, n))) {
          return true;
        }
      }
    }
    return false;
  }

  /** English words without their plural "s" ("garments" and "garment" are one industry); others as they are. */
  private static List<String> stems(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
    }
    return out;
  }

  private static List<String> without(List<String> typed, List<String> name) {
    List<String> out = new ArrayList<>(typed);
    out.removeAll(name);
    return out;
  }

  /**
   * An industry of the list named right after a word for enterprises ("doanh nghiệp may", "cty điện tử"), as its
   * word positions [from, to); empty when none is. "mấy" typed with its marks is "how many", never "may".
   */
  Optional<int[]> afterEnterprises(Tagger.Tagged t) {
    for (Tag m : t.all(Tag.Kind.MEASURE)) {
      if (!m.arg().equals("enterprises")) {
        continue;
      }
      for (Industry x : ds.industries()) {
        for (String name : List.of(x.nameVi(), x.nameEn())) {
          List<String> n = Lexicon.normalise(name);
          int from = m.to();
          boolean at = from + n.size() <= t.words().size() && t.words().subList(from, from + n.size()).equals(n);
          boolean marked = from < t.original().size() && t.original().get(from).toLowerCase(java.util.Locale.ROOT)
              .equals("mấy");
          // "bn dn, may ld" asks how many workers: a count word before a measure is no industry
          int next = from + n.size();
          boolean counts = next < t.words().size() && (t.at(next) != null && t.at(next).is(Tag.Kind.MEASURE)
              || t.words().get(next).equals("nguoi"));
          if (at && !marked && !counts) {
            return Optional.of(new int[] {from, from + n.size()});
          }
          // "footwear companies", "electronics firms": the English name right before the word for enterprises
          int before = m.from() - n.size();
          if (name.equals(x.nameEn()) && before >= 0 && t.words().subList(before, m.from()).equals(n)) {
            return Optional.of(new int[] {before, m.from()});
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The industry as typed next to the word for industry, folded word by word and as typed: after it ("ngành dầu
   * khí"), else before it ("car industry"); empty when nothing is typed there.
   */
  Typed typed(Tagger.Tagged t, Cues c) {
    // "Các khu có những ngành nghề nào? có ngành dệt may không?": the industry typed after any word for industry
    // first, before one only when none has words after it
    for (Hit h : c.hits()) {
      if (h.cue() != Cue.THING || !h.arg().equals("industry")) {
        continue;
      }
      int to = h.to();
      while (to < t.words().size() && !AFTER.contains(t.words().get(to)) && free(t, to)) {
        to++;
      }
      if (to > h.to()) {
        return new Typed(t.words().subList(h.to(), to), t.span(h.to(), to));
      }
    }
    for (Hit h : c.hits()) {
      if (h.cue() != Cue.THING || !h.arg().equals("industry")) {
        continue;
      }
      int from = h.from();
      while (from > 0 && !BEFORE.contains(t.words().get(from - 1)) && !Stopwords.contains(t.words().get(from - 1))
          && free(t, from - 1)) {
        from--;
      }
      if (from < h.from()) {
        return new Typed(t.words().subList(from, h.from()), t.span(from, h.from()));
      }
    }
    return new Typed(List.of(), "");
  }

  /** True when word {@code i} is no zone or measure of the tagger's (a filler word is free, and "máy" of "xe máy"). */
  private static boolean free(Tagger.Tagged t, int i) {
    Tag at = t.at(i);
    // ("dược" of "dược phẩm" is a word the tagger marks too, and no zone nor measure)
    return at == null || !(at.is(Tag.Kind.ZONE) || at.is(Tag.Kind.KIND) || at.is(Tag.Kind.MEASURE)
        || at.is(Tag.Kind.UNKNOWN_ZONE) || at.is(Tag.Kind.NUMBER) || at.is(Tag.Kind.YEAR) || at.is(Tag.Kind.ALL)
        || at.is(Tag.Kind.THUDUC));
  }

  /** An industry as typed: its folded words and the text as the user wrote it. */
  record Typed(List<String> words, String text) {
    Typed {
      words = List.copyOf(new ArrayList<>(words));
    }
  }
}
