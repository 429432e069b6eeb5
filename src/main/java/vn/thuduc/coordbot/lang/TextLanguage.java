package vn.thuduc.coordbot.lang;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.thuduc.coordbot.text.Fold;
import vn.thuduc.coordbot.text.LexiconFile;

/**
 * The language a text is written in: Vietnamese when it has Vietnamese letters, else the language
 * more of its words belong to ({@code query/languages.tsv}), else the one of its first such word, else unknown.
 */
public final class TextLanguage {
  private static final String FILE = "query/languages.tsv";
  private static final Map<Lang, Set<String>> WORDS = load();

  /** Vietnamese particles of a chat that English never has. */
  private static final Set<String> PARTICLES = Set.of("nha", "nhe", "oi", "nhi", "ne", "vay");
  /** The words after "the" that make it Vietnamese "thế": "thế còn", "thế nào", "thế thì". */
  private static final Set<String> VI_AFTER_THE = Set.of("con", "nao", "thi", "a", "ha", "sao");

  private TextLanguage() {}

  /** The language of {@code text}: Vietnamese unless it reads as English. */
  public static Lang of(String text) {
    return sure(text).orElse(Lang.VI);
  }

  /** The language when the words tell it; empty when they do not ("Binh Chieu?", "ok"). */
  public static Optional<Lang> sure(String text) {
    if (Fold.hasVietnameseLetters(text) || hasVietnameseMarks(text)) {
      return Optional.of(Lang.VI);
    }
    int en = 0;
    int vi = 0;
    Lang first = null;
    List<String> words = Fold.words(text);
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      // "thế còn …", "thế nào" typed without marks: Vietnamese, not the English article
      // "the" before a word only Vietnamese has ("the khu", "the luong") is "thế", no article
      boolean theVi = w.equals("the") && (VI_AFTER_THE.contains(next)
          || WORDS.get(Lang.VI).contains(next) && !WORDS.get(Lang.EN).contains(next));
      boolean isEn = WORDS.get(Lang.EN).contains(w) && !theVi;
      boolean isVi = WORDS.get(Lang.VI).contains(w) || theVi;
      // a closing particle ("bye nha", "ok nhé") is said only in Vietnamese: it outweighs a borrowed word
      vi += PARTICLES.contains(w) ? 1 : 0;
      en += isEn ? 1 : 0;
      vi += isVi ? 1 : 0;
      if (first == null && isEn != isVi) {
        first = isEn ? Lang.EN : Lang.VI;
      }
    }
    // a tie ("Who is Cao Van Minh?": names read as Vietnamese words) goes to the language the question opens in
    return en == vi ? Optional.ofNullable(first) : Optional.of(en > vi ? Lang.EN : Lang.VI);
  }

  /**
   * True when "the" is the only word of {@code text} either language lists ("the" before a zone's name, which is
   * taken out first: "the kcn binh chieu"): English "the" or Vietnamese "thế" typed without marks, which the
   * conversation's language decides.
   */
  public static boolean onlyThe(String text) {
    int listed = 0;
    boolean the = false;
    for (String w : Fold.words(text)) {
      the |= w.equals("the");
      listed += WORDS.get(Lang.EN).contains(w) || WORDS.get(Lang.VI).contains(w) ? 1 : 0;
    }
    return the && listed == 1;
  }

  /**
   * A circumflex or a grave or tilde vowel ("à không, Linh Trung 2", "ô"): Vietnamese marks an English question
   * never has, though they are Latin-1 letters {@link Fold#hasVietnameseLetters} leaves to French and the like.
   */
  private static boolean hasVietnameseMarks(String text) {
    String n = Fold.nfc(text);
    for (int i = 0; i < n.length(); i++) {
      if ("àãèìòõùỳâêôÀÃÈÌÒÕÙÂÊÔ".indexOf(n.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code w} is a word the file lists for {@code lang}. */
  static boolean lists(Lang lang, String w) {
    return WORDS.get(lang).contains(w);
  }

  /** Every word the file lists for {@code lang}, for tests. */
  static List<String> words(Lang lang) {
    return List.copyOf(WORDS.get(lang));
  }

  private static Map<Lang, Set<String>> load() {
    Map<Lang, Set<String>> out = new EnumMap<>(Lang.class);
    for (LexiconFile.Line l : LexiconFile.lines(FILE)) {
      String[] parts = l.text().split("\t");
      Optional<Lang> named = Lang.fromCode(parts[0]); // not orElseThrow(lambda): read at every start of ask
      if (named.isEmpty()) {
        throw l.error("no language " + parts[0]);
      }
      Lang lang = named.get();
      if (parts.length != 2) {
        throw l.error("expected a language and its words");
      }
      out.put(lang, Set.copyOf(List.of(parts[1].split("\\|"))));
    }
    for (Lang lang : Lang.values()) {
      out.putIfAbsent(lang, Set.of());
    }
    return out;
  }
}
