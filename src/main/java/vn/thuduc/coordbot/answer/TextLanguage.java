package vn.thuduc.coordbot.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.thuduc.coordbot.text.Fold;
import vn.thuduc.coordbot.text.LexiconFile;

/**
 * The language a question is written in, told by its words: Vietnamese letters, else the lexicon's
 * words of each language ({@code query/language.tsv}), so "cty e bi duoi viec ko ly do" is Vietnamese
 * although it has no diacritics.
 */
public final class TextLanguage {
  /** The file of the lexicon that holds the words. */
  public static final String FILE = "query/language.tsv";
  private static final Set<String> VI = new HashSet<>();
  private static final Set<String> EN = new HashSet<>();

  static {
    for (LexiconFile.Line l : LexiconFile.lines(FILE)) {
      String[] parts = l.text().split("\t");
      Set<String> into = parts.length != 2 ? null : parts[0].equals("vi") ? VI : parts[0].equals("en") ? EN : null;
      if (into == null) {
        throw l.error("expected vi or en, a tab and words");
      }
      for (String w : parts[1].trim().split(" +")) {
        if (!w.equals(Fold.fold(w))) {
          throw l.error("\"" + w + "\" is not folded");
        }
        into.add(w);
      }
    }
  }

  private TextLanguage() {}

  /** The language when the words tell it; empty when they do not ("Binh Chieu?", "ok"). */
  public static Optional<Lang> sure(String text) {
    if (Fold.hasVietnameseLetters(text)) {
      return Optional.of(Lang.VI);
    }
    int en = 0;
    int vi = 0;
    for (String w : Fold.words(text)) {
      en += EN.contains(w) ? 1 : 0;
      vi += VI.contains(w) ? 1 : 0;
    }
    return en == vi ? Optional.empty() : Optional.of(en > vi ? Lang.EN : Lang.VI);
  }

  /** The language of the text, Vietnamese when its words do not tell. */
  public static Lang of(String text) {
    return sure(text).orElse(Lang.VI);
  }

  /** True when {@code w} is a word the file lists for {@code lang}. */
  static boolean lists(Lang lang, String w) {
    return (lang == Lang.VI ? VI : EN).contains(w);
  }

  /** Every word the file lists, for tests. */
  static List<String> words(Lang lang) {
    return List.copyOf(lang == Lang.VI ? VI : EN);
  }
}
