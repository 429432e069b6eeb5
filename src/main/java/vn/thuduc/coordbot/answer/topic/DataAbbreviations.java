package vn.thuduc.coordbot.answer.topic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thuduc.coordbot.data.Agreement;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Meeting;
import vn.thuduc.coordbot.data.Person;
import vn.thuduc.coordbot.text.Fold;

/**
 * The abbreviations the dataset spells out itself, as in "Ban quản lý Khu chế xuất và Khu công nghiệp (BQL
 * KCX-KCN)" or "Export Processing and Industrial Zones Authority (HEPZA)": each with the words before it whose
 * initials it takes, and each of its parts ("BQL", "KCX", "KCN") with its own words. An abbreviation in the Vietnamese
 * text of a record and another in the English text of the same field name the same body. Built once per dataset.
 */
final class DataAbbreviations {
  /** An abbreviation in parentheses: capitals, digits, hyphens and spaces. */
  private static final Pattern IN_PARENS = Pattern.compile("\\(([A-ZĐ][A-ZĐ0-9 \\-]*[A-ZĐ0-9])\\)");
  /** At most this many words inside a long form may have no letter of the abbreviation ("và", "and", "Industrial"). */
  private static final int SKIPPED = 3;

  /**
   * What one abbreviation stands for and where the data says so; {@code same}: the abbreviation of the same body
   * in the other language ("HEPZA" of "BQL KCX-KCN").
   */
  public record Expansion(String abbreviation, String longForm, String quoted, Optional<Expansion> same) {}

  private final Map<String, Expansion> byKey = new LinkedHashMap<>();

  DataAbbreviations(Dataset ds) {
    List<String[]> pairs = new ArrayList<>();
    for (Meeting m : ds.meetings()) {
      pairs.add(new String[] {m.titleVi(), m.titleEn()});
    }
    for (Agreement a : ds.agreements()) {
      pairs.add(new String[] {a.partyBVi(), a.partyBEn()});
      pairs.add(new String[] {a.partyAVi(), a.partyAEn()});
    }
    for (Person p : ds.people()) {
      for (int i = 0; i < Math.max(p.titlesVi().size(), p.titlesEn().size()); i++) {
        pairs.add(new String[] {i < p.titlesVi().size() ? p.titlesVi().get(i) : null,
            i < p.titlesEn().size() ? p.titlesEn().get(i) : null});
      }
    }
    Map<String, String> other = new LinkedHashMap<>();
    for (String[] pair : pairs) {
      Optional<String> vi = first(pair[0]);
      Optional<String> en = first(pair[1]);
      read(pair[0]);
      read(pair[1]);
      if (vi.isPresent() && en.isPresent()) {
        other.putIfAbsent(key(vi.get()), key(en.get()));
        other.putIfAbsent(key(en.get()), key(vi.get()));
      }
    }
    spelled(pairs);
    // loops, not lambdas: built at every start of ask, where a lambda is a class made at its first use
    for (Map.Entry<String, String> pair : other.entrySet()) {
      Expansion e = byKey.get(pair.getKey());
      Expansion o = byKey.get(pair.getValue());
      if (e != null && o != null) {
        byKey.put(pair.getKey(), new Expansion(e.abbreviation(), e.longForm(), e.quoted(),
            Optional.of(new Expansion(o.abbreviation(), o.longForm(), o.quoted(), Optional.empty()))));
      }
    }
  }

  /** Abbreviations the data's texts use without spelling them out, with their long forms (a lexicon file). */
  static final String SPELLED_FILE = "query/spelled.tsv";
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /**
   * The abbreviations of {@link #SPELLED_FILE} that a Vietnamese text of the data holds as a word ("HĐND" in "Chủ tịch
   * HĐND TP Thủ Đức"), each quoting the shortest such text; one the data spells out itself is kept as the data has it.
   */
  private void spelled(List<String[]> pairs) {
    // each text's words found once, not each text scanned again for every line of the file (at every start of ask)
    List<Set<String>> words = new ArrayList<>(pairs.size());
    for (String[] pair : pairs) {
      Set<String> ws = new HashSet<>();
      Matcher w = WORD.matcher(pair[0] == null ? "" : pair[0]);
      while (w.find()) {
        ws.add(w.group());
      }
      words.add(ws);
    }
    for (vn.thuduc.coordbot.text.LexiconFile.Line l : vn.thuduc.coordbot.text.LexiconFile.lines(SPELLED_FILE)) {
      String[] f = l.text().split("\t");
      if (f.length != 3) {
        throw l.error("expected: abbreviation <TAB> Vietnamese <TAB> English");
      }
      if (byKey.containsKey(key(f[0]))) {
        continue;
      }
      String quoted = null;
      for (int i = 0; i < pairs.size(); i++) {
        String[] pair = pairs.get(i);
        if (words.get(i).contains(f[0]) && (quoted == null || pair[0].length() < quoted.length())) {
          quoted = pair[0];
        }
      }
      if (quoted != null) {
        byKey.put(key(f[0]), new Expansion(f[0], f[1] + " (" + f[2] + ")", quoted, Optional.empty()));
      }
    }
  }

  /** The abbreviations of the data {@code text} names, longest first, left to right ("BQL KCX-KCN" before "BQL"). */
  List<String> named(String text) {
    List<String> words = keyWords(text);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int len = 0;
      for (String key : byKey.keySet()) {
        List<String> k = List.of(key.split(" "));
        if (k.size() > len && i + k.size() <= words.size() && words.subList(i, i + k.size()).equals(k)) {
          len = k.size();
        }
      }
      if (len > 0) {
        String key = String.join(" ", words.subList(i, i + len));
        if (!out.contains(key)) {
          out.add(key);
        }
      }
      i += Math.max(len, 1);
    }
    return out;
  }

  Optional<Expansion> of(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  private static Optional<String> first(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = IN_PARENS.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Every abbreviation in parentheses in {@code text}, with its parts, unless one of the same name was read before. */
  private void read(String text) {
    if (text == null) {
      return;
    }
    Matcher m = IN_PARENS.matcher(text);
    while (m.find()) {
      String abbr = m.group(1);
      List<String> before = List.of(text.substring(0, m.start()).trim().split("\\s+"));
      List<String> groups = List.of(abbr.split("[ \\-]+"));
      String letters = String.join("", groups);
      int[] wordOf = align(before, letters);
      if (wordOf.length == 0) {
        continue;
      }
      String whole = String.join(" ", before.subList(wordOf[0], before.size()));
      keep(new Expansion(abbr, whole, text, Optional.empty()));
      int at = 0;
      for (String g : groups) {
        int from = wordOf[at];
        int to = wordOf[at + g.length() - 1];
        at += g.length();
        if (groups.size() > 1) {
          keep(new Expansion(g, String.join(" ", before.subList(from, to + 1)), text, Optional.empty()));
        }
      }
    }
  }

  /** {@code e}, unless one of the same abbreviation is quoted from a shorter text (a title, not a whole heading). */
  private void keep(Expansion e) {
    Expansion a = byKey.get(key(e.abbreviation()));
    byKey.put(key(e.abbreviation()), a == null || e.quoted().length() < a.quoted().length() ? e : a);
  }

  /**
   * For each letter of {@code letters}, the word of {@code words} it is the initial of, matched from the end; empty
   * when the words before do not spell it.
   */
  private static int[] align(List<String> words, String letters) {
    int[] out = new int[letters.length()];
    int j = letters.length() - 1;
    int skipped = 0;
    for (int i = words.size() - 1; i >= 0 && j >= 0; i--) {
      String w = Fold.fold(words.get(i));
      if (!w.isEmpty() && Character.toUpperCase(w.charAt(0)) == Character.toUpperCase(Fold.fold(
          String.valueOf(letters.charAt(j))).charAt(0))) {
        out[j--] = i;
      } else if (++skipped > SKIPPED || j == letters.length() - 1) {
        return new int[0];
      }
    }
    return j < 0 ? out : new int[0];
  }

  private static String key(String abbr) {
    return String.join(" ", keyWords(abbr));
  }

  /** Folded words as typed, without the shorthand expanded ("BQL" stays "bql"). */
  private static List<String> keyWords(String text) {
    return Fold.words(text);
  }
}
