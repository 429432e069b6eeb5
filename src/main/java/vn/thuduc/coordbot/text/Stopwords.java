package vn.thuduc.coordbot.text;

import java.util.HashSet;
import java.util.Set;

/**
 * Folded function words of questions in Vietnamese and English, which say nothing about the topic (the
 * lexicon's {@code query/stopwords.txt}).
 */
public final class Stopwords {
  /** The file of the lexicon that holds them: folded words, several a line. */
  public static final String FILE = "query/stopwords.txt";
  private static final Set<String> WORDS = load();

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    for (LexiconFile.Line l : LexiconFile.lines(FILE)) {
      for (String w : l.text().trim().split(" +")) {
        if (!w.equals(Fold.fold(w))) {
          throw l.error("\"" + w + "\" is not folded");
        }
        out.add(w);
      }
    }
    return Set.copyOf(out);
  }

  private Stopwords() {}

  public static boolean contains(String folded) {
    return WORDS.contains(folded);
  }
}
