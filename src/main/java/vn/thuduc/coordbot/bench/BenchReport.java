package vn.thuduc.coordbot.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The figures of one benchmark run, all from the same passages on the same machine. */
public record BenchReport(
    int docs,
    int indexedDocs,
    double indexDocsPerS,
    long indexBytes,
    Timings answerMs,
    Map<String, Timings> answerMsByKind,
    Timings answerNewTextMs,
    Map<String, Timings> answerNewTextMsByKind,
    Timings luceneMs,
    Timings fts5Ms,
    double fts5IndexDocsPerS,
    int telegramUpdates,
    double telegramUpdatesPerS,
    Timings telegramMs,
    int telegramLost,
    int telegramDuplicated,
    double heapMb,
    double totalSeconds,
    java.util.List<RttFigures> telegramAtRtt,
    ConversationLoad.Result conversations) {

  public BenchReport {
    telegramAtRtt = java.util.List.copyOf(telegramAtRtt);
  }

  /** The keys of {@link #toMap()} that the issue fixes; more may follow them. */
  public static final java.util.List<String> KEYS = java.util.List.of("docs", "index_docs_per_s", "index_bytes",
      "answer_ms", "lucene_ms", "fts5_ms", "ratio_answer_vs_lucene", "ratio_lucene_vs_fts5",
      "telegram_updates_per_s", "telegram_ms", "telegram_lost", "telegram_duplicated", "heap_mb");

  public double ratioAnswerVsLucene() {
    return ratio(answerMs.p50(), luceneMs.p50());
  }

  public double ratioLuceneVsFts5() {
    return ratio(luceneMs.p50(), fts5Ms.p50());
  }

  private static double ratio(double a, double b) {
    return b <= 0 ? 0 : round(a / b, 3);
  }

  private static double round(double v, int places) {
    double f = Math.pow(10, places);
    return Math.round(v * f) / f;
  }

  /** The figures under the keys (plus a few that explain them), in a stable order. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("docs", docs);
    m.put("index_docs_per_s", round(indexDocsPerS, 0));
    m.put("index_bytes", indexBytes);
    m.put("answer_ms", timings(answerMs));
    m.put("lucene_ms", timings(luceneMs));
    m.put("fts5_ms", timings(fts5Ms));
    m.put("ratio_answer_vs_lucene", ratioAnswerVsLucene());
    m.put("ratio_lucene_vs_fts5", ratioLuceneVsFts5());
    m.put("telegram_updates_per_s", round(telegramUpdatesPerS, 0));
    m.put("telegram_ms", timings(telegramMs));
    m.put("telegram_lost", telegramLost);
    m.put("telegram_duplicated", telegramDuplicated);
    m.put("heap_mb", round(heapMb, 1));
    m.put("indexed_docs", indexedDocs);
    Map<String, Object> kinds = new LinkedHashMap<>();
    answerMsByKind.forEach((k, t) -> kinds.put(k, timings(t)));
    m.put("answer_ms_by_kind", kinds);
    // the mix repeats its texts, and the pipeline keeps what it read of a text: the same questions, each text new
    m.put("answer_new_text_ms", timings(answerNewTextMs));
    Map<String, Object> newKinds = new LinkedHashMap<>();
    answerNewTextMsByKind.forEach((k, t) -> newKinds.put(k, timings(t)));
    m.put("answer_new_text_ms_by_kind", newKinds);
    m.put("queries", answerMs.count());
    m.put("fts5_queries", fts5Ms.count());
    m.put("fts5_index_docs_per_s", round(fts5IndexDocsPerS, 0));
    m.put("telegram_updates", telegramUpdates);
    Map<String, Object> conv = new LinkedHashMap<>();
    conv.put("conversations", conversations.conversations());
    conv.put("heap_mb", round(conversations.heapMb(), 1));
    conv.put("followup_ms", timings(conversations.followUpMs()));
    conv.put("fresh_ms", timings(conversations.freshMs()));
    m.put("conversations", conv);
    m.put("total_s", round(totalSeconds, 1));
    if (!telegramAtRtt.isEmpty()) {
      Map<String, Object> rtt = new LinkedHashMap<>();
      telegramAtRtt.forEach(r -> rtt.put(String.valueOf(r.rttMillis()), r.toMap()));
      m.put("telegram_at_rtt", rtt);
    }
    return m;
  }

  private static Map<String, Object> timings(Timings t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("p50", t.p50());
    m.put("p99", t.p99());
    m.put("max", t.max());
    return m;
  }

  /** The figures as pretty-printed JSON. */
  public String toJson() {
    return toJson(Map.of());
  }

  /** The figures as pretty-printed JSON, followed by {@code more} (figures measured beside these, e.g. the cold ask). */
  public String toJson(Map<String, Object> more) {
    Map<String, Object> all = toMap();
    all.putAll(more);
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(all);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report as JSON", e);
    }
  }

  /** The figures as a table for people. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    line(sb, "documents in the index", String.format(Locale.ROOT, "%,d (%,d synthetic + %,d from the dataset)",
        indexedDocs, docs, indexedDocs - docs));
    line(sb, "index build", String.format(Locale.ROOT, "%,.0f docs/s, %,.1f MB on disk", indexDocsPerS,
        indexBytes / 1048576.0));
    sb.append(String.format(Locale.ROOT, "%-28s %9s %9s %9s%n", "latency (ms)", "p50", "p99", "max"));
    row(sb, "answer_ms (full pipeline)", answerMs);
    answerMsByKind.forEach((k, t) -> row(sb, "  " + k, t));
    row(sb, "answer_ms, every text new", answerNewTextMs);
    answerNewTextMsByKind.forEach((k, t) -> row(sb, "  " + k, t));
    row(sb, "lucene_ms (bare BM25 top 10)", luceneMs);
    row(sb, "fts5_ms (FTS5 bm25 top 10)", fts5Ms);
    row(sb, "telegram_ms (update->reply)", telegramMs);
    line(sb, "answer / lucene (p50)", String.format(Locale.ROOT, "%.2f", ratioAnswerVsLucene()));
    line(sb, "lucene / fts5 (p50)", String.format(Locale.ROOT, "%.3f", ratioLuceneVsFts5()));
    line(sb, "telegram", String.format(Locale.ROOT, "%,.0f updates/s; %d updates, %d lost, %d answered twice",
        telegramUpdatesPerS, telegramUpdates, telegramLost, telegramDuplicated));
    line(sb, "heap after GC, index open", String.format(Locale.ROOT, "%.1f MB", heapMb));
    line(sb, "conversations", String.format(Locale.ROOT, "%,d filled frames: %.1f MB of heap after GC",
        conversations.conversations(), conversations.heapMb()));
    row(sb, "follow-up question", conversations.followUpMs());
    row(sb, "fresh question (same run)", conversations.freshMs());
    line(sb, "FTS5 build", String.format(Locale.ROOT, "%,.0f docs/s", fts5IndexDocsPerS));
    for (RttFigures r : telegramAtRtt) {
      line(sb, "telegram at " + r.rttMillis() + " ms rtt", String.format(Locale.ROOT,
          "%,.1f updates/s; 120 at once: last %.2f s, median %.2f s; %d lost, %d answered twice",
          r.updatesPerSecond(), r.burstLastSeconds(), r.burstMedianSeconds(), r.lost(), r.duplicated()));
    }
    line(sb, "benchmark wall time", String.format(Locale.ROOT, "%.1f s", totalSeconds));
    return sb.toString();
  }

  private static void line(StringBuilder sb, String label, String value) {
    sb.append(String.format(Locale.ROOT, "%-28s %s%n", label, value));
  }

  private static void row(StringBuilder sb, String label, Timings t) {
    sb.append(String.format(Locale.ROOT, "%-28s %9.3f %9.3f %9.3f%n", label, t.p50(), t.p99(), t.max()));
  }
}
