package vn.thuduc.coordbot.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Zone;

/**
 * The questions the benchmark asks: the same number of each kind (zone metric, total, rank, compare,
 * law, awards, open search), interleaved, in Vietnamese with and without diacritics and in English.
 */
public final class QueryMix {
  /** One question and the kind it stands for. */
  public record Probe(String kind, String text) {}

  public static final List<String> KINDS = List.of("zone_metric", "total", "rank", "compare", "law", "awards",
      "open_search");

  private QueryMix() {}

  /** {@code n} probes, kinds in turn; the open questions come from {@code corpus}. */
  public static List<Probe> of(Dataset dataset, SyntheticCorpus corpus, int n) {
    List<Zone> zones = dataset.zones();
    List<String> zoneQ = new ArrayList<>();
    List<String> compareQ = new ArrayList<>();
    for (int i = 0; i < zones.size(); i++) {
      Zone z = zones.get(i);
      Zone other = zones.get((i + 1) % zones.size());
      zoneQ.add(z.shortVi() + " có bao nhiêu lao động?");
      zoneQ.add(vn.thuduc.coordbot.text.Fold.fold(z.shortVi()) + " co bao nhieu doanh nghiep");
      zoneQ.add("How many workers are in " + z.shortEn() + "?");
      compareQ.add("So sánh số lao động giữa " + z.shortVi() + " và " + other.shortVi());
      compareQ.add("so sanh doanh nghiep " + vn.thuduc.coordbot.text.Fold.fold(z.shortVi()) + " va "
          + vn.thuduc.coordbot.text.Fold.fold(other.shortVi()));
    }
    Map<String, List<String>> byKind = Map.of(
        "zone_metric", zoneQ,
        "total", List.of("Tổng số doanh nghiệp trong các khu ở TP Thủ Đức là bao nhiêu?",
            "Hai khu chế xuất có tổng cộng bao nhiêu lao động?", "tong so lao dong cac khu",
            "How many workers are there in all the zones?"),
        "rank", List.of("Khu nào có nhiều lao động nhất?", "Khu nào có ít doanh nghiệp nhất?",
            "Which zone has the fewest workers?", "xep hang cac khu theo so lao dong"),
        "compare", compareQ,
        "law", List.of("Tôi muốn được tư vấn pháp luật lao động miễn phí", "tranh chap lao dong",
            "Có hoạt động tuyên truyền pháp luật lao động cho công nhân không?",
            "Is there free legal advice for workers?"),
        "awards", List.of("Ai được tặng giấy khen?", "Bao nhiêu tập thể và cá nhân được khen thưởng?",
            "Who received awards?", "khen thuong quy che phoi hop"),
        "open_search", corpus.openQuestions(openQuestions(n)));
    List<Probe> out = new ArrayList<>(n);
    int[] next = new int[KINDS.size()];
    for (int i = 0; i < n; i++) {
      int k = i % KINDS.size();
      List<String> qs = byKind.get(KINDS.get(k));
      out.add(new Probe(KINDS.get(k), qs.get(next[k]++ % qs.size())));
    }
    return List.copyOf(out);
  }

  /** How many open questions a mix of {@code n} probes draws from the corpus. */
  private static int openQuestions(int n) {
    return Math.max(16, n / KINDS.size() + 1);
  }

  /**
   * Up to {@code count} open questions of {@code corpus} that a mix of {@code n} probes does not ask (the
   * corpus draws them after the mix's), each once, in the order drawn.
   */
  public static List<String> otherOpenQuestions(SyntheticCorpus corpus, int n, int count) {
    List<String> all = corpus.openQuestions(openQuestions(n) + count);
    Set<String> mix = new HashSet<>(all.subList(0, openQuestions(n)));
    Set<String> out = new java.util.LinkedHashSet<>();
    for (String q : all.subList(openQuestions(n), all.size())) {
      if (!mix.contains(q)) {
        out.add(q);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The same questions as others would type them, each text new: some letters' case changed (which the
   * understanding folds away) until the text is unlike every text of {@code probes} and of the ones before
   * it. The answer pipeline keeps what it read of a text it has seen (the tagging, the passages found), and
   * the mix repeats its texts, so its latency is mostly of texts seen before; these measure reading anew.
   */
  public static List<Probe> retyped(List<Probe> probes, long seed) {
    Random random = new Random(seed);
    Set<String> seen = new HashSet<>();
    for (Probe p : probes) {
      seen.add(p.text());
    }
    List<Probe> out = new ArrayList<>(probes.size());
    for (Probe p : probes) {
      String text = p.text();
      for (int tries = 0; !seen.add(text); tries++) {
        if (tries == 1_000) {
          throw new IllegalStateException("no new way to type " + p.text());
        }
        text = retyped(p.text(), random);
      }
      out.add(new Probe(p.kind(), text));
    }
    return List.copyOf(out);
  }

  /** {@code text} with the case of about one letter in four changed. */
  static String retyped(String text, Random random) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) && random.nextInt(4) == 0) {
        c = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
