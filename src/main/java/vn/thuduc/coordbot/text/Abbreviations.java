package vn.thuduc.coordbot.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Abbreviations and chat shorthand people type, folded, and what they stand for (the lexicon's
 * {@code query/shorthand.tsv}). Used at index and query time, so
 * "KCX" finds "khu chế xuất" and the other way round.
 */
public final class Abbreviations {
  /** The file of the lexicon that holds them: folded shorthand, a tab, what it stands for. */
  public static final String FILE = "query/shorthand.tsv";
  private static final Map<String, List<String>> EXPANSIONS = load();

  private Abbreviations() {}

  private static Map<String, List<String>> load() {
    Map<String, List<String>> out = new HashMap<>();
    for (LexiconFile.Line l : LexiconFile.lines(FILE)) {
      String[] parts = l.text().split("\t");
      if (parts.length != 2 || parts[0].isBlank() || !parts[0].equals(Fold.fold(parts[0]))) {
        throw l.error("expected folded shorthand, a tab and what it stands for");
      }
      if (out.put(parts[0], List.of(parts[1].trim().split(" +"))) != null) {
        throw l.error("\"" + parts[0] + "\" twice");
      }
    }
    return Map.copyOf(out);
  }

  /** The words {@code folded} stands for, or empty when it is no abbreviation. */
  public static List<String> expand(String folded) {
    return EXPANSIONS.getOrDefault(folded, List.of());
  }

  /** Folded words with every abbreviation expanded. */
  public static List<String> expandAll(List<String> words) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>(words.size() + 4);
    for (String w : words) {
      List<String> x = EXPANSIONS.get(w);
      if (x == null) {
        out.add(w);
      } else {
        out.addAll(x);
      }
    }
    return out;
  }
}
