package vn.thuduc.coordbot.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import vn.thuduc.coordbot.answer.CoordAnswerEngine;
import vn.thuduc.coordbot.answer.Question;
import vn.thuduc.coordbot.data.DataException;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.DatasetLoader;
import vn.thuduc.coordbot.search.Passage;
import vn.thuduc.coordbot.search.PassageIndex;
import vn.thuduc.coordbot.search.Passages;

/**
 * One benchmark run in a fresh temporary directory: builds the index of the dataset's passages plus
 * {@code docs} synthetic ones, then times the answer pipeline, bare Lucene and SQLite FTS5 on the
 * same passages and questions, drives the Telegram adapter, and reads the heap with the index open.
 */
public final class Benchmark {
  /** What to run: synthetic documents, timed questions per measure, Telegram updates, the seed. */
  public record Options(int docs, int queries, int telegramSequential, int telegramBurst, long seed, Path dataDir,
      List<Integer> rttMillis) {
    public Options {
      if (docs < 0 || queries < 1 || telegramSequential < 0 || telegramBurst < 0) {
        throw new IllegalArgumentException("docs >= 0, queries >= 1, telegram updates >= 0");
      }
      rttMillis = List.copyOf(rttMillis);
      if (rttMillis.stream().anyMatch(r -> r < 0 || r > 10_000)) {
        throw new IllegalArgumentException("round-trip times must be 0..10000 ms");
      }
    }

    /** Without the runs at a Bot API round-trip time. */
    public Options(int docs, int queries, int telegramSequential, int telegramBurst, long seed, Path dataDir) {
      this(docs, queries, telegramSequential, telegramBurst, seed, dataDir, List.of());
    }
  }

  private static final int TOP_K = 10;
  private static final int FTS5_QUERIES = 140;
  private static final int PROGRESS_EVERY = 20_000;

  private final Options options;
  private final PrintWriter progress;

  public Benchmark(Options options, PrintWriter progress) {
    this.options = options;
    this.progress = progress;
  }

  /** Runs every phase; the temporary directory is deleted afterwards, whatever happened. */
  public BenchReport run() throws IOException, DataException, SQLException, InterruptedException {
    long start = System.nanoTime();
    Path tmp = Files.createTempDirectory("coordbot-bench-");
    try {
      return run(tmp, start);
    } finally {
      deleteTree(tmp);
    }
  }

  private BenchReport run(Path tmp, long start) throws IOException, DataException, SQLException,
      InterruptedException {
    progress.printf("bench: %,d synthetic documents, %,d questions per measure, in %s%n", options.docs(),
        options.queries(), tmp);
    Dataset dataset = new DatasetLoader().load(options.dataDir()).dataset();
    SyntheticCorpus corpus = new SyntheticCorpus(dataset, options.seed());
    List<Passage> real = Passages.from(dataset);
    Iterable<Passage> all = () -> concat(real.iterator(), corpus.passages(options.docs()).iterator());
    Path luceneDir = tmp.resolve("lucene");
    List<QueryMix.Probe> probes = QueryMix.of(dataset, corpus, options.queries());

    try (PassageIndex index = PassageIndex.open(luceneDir)) {
      progress.println("[1/6] index build");
      long t0 = System.nanoTime();
      index.rebuild(counted(all, "indexed"), 1);
      double indexSeconds = (System.nanoTime() - t0) / 1e9;
      int indexed = index.documents();
      long indexBytes = size(luceneDir);

      CoordAnswerEngine engine = new CoordAnswerEngine(index);
      engine.use(dataset, 1, Instant.now());
      progress.println("[2/6] answer pipeline");
      Map<String, List<Long>> byKind = new LinkedHashMap<>();
      List<Slow> slowestMix = new ArrayList<>();
      long[] answer = timeAnswers(engine, probes, byKind, index, slowestMix);
      printSlowest(slowestMix);
      progress.println("[2/6] answer pipeline, every text new");
      // right after the mix warmed it up: the same questions, each text new to it (see QueryMix.retyped)
      Map<String, List<Long>> newByKind = new LinkedHashMap<>();
      List<QueryMix.Probe> retyped = QueryMix.retyped(probes, options.seed());
      long warmSearches = index.searches();
      int warm = warmNewTexts(engine, corpus, options.queries(), retyped);
      progress.printf("  first, %,d other open questions answered untimed: %,d passage searches%n", warm,
          index.searches() - warmSearches);
      long searched = index.searches();
      List<Slow> slowest = new ArrayList<>();
      long[] unique = timed(engine, retyped, newByKind, index, slowest);
      // the tail of new texts is the questions that search the passages: how many of them there were
      progress.printf("  %,d passage searches; the slowest answers:%n", index.searches() - searched);
      printSlowest(slowest);

      progress.println("[3/6] bare Lucene");
      List<List<String>> terms = probes.stream().map(p -> index.queryTerms(p.text())).toList();
      long[] lucene = timeLucene(luceneDir, terms);

      progress.println("[4/6] SQLite FTS5");
      double[] ftsRate = new double[1];
      long[] fts = timeFts5(tmp.resolve("fts5.db"), all, terms, ftsRate);

      progress.println("[5/6] Telegram adapter");
      List<String> questions = probes.stream().map(QueryMix.Probe::text)
          .distinct().toList();
      TelegramLoad.Result tg = TelegramLoad.run(engine, tmp.resolve("telegram"), questions,
          options.telegramSequential(), options.telegramBurst(), progress);
      List<RttFigures> atRtt = new ArrayList<>();
      for (int rtt : options.rttMillis()) {
        progress.printf("[5/6] Telegram adapter, every Bot API call answered %d ms late%n", rtt);
        atRtt.add(TelegramLoad.atRtt(engine, tmp.resolve("telegram-rtt-" + rtt), questions, rtt, progress));
      }

      progress.println("[6/6] heap with the index open");
      terms = null;
      double heapMb = heapAfterGc(engine);

      progress.println("[conversations] filled frames, a follow-up beside a fresh question");
      // the 50,000 in a real run (1,000 questions per measure or so); a tiny run stays tiny
      int conversations = options.queries() >= 500 ? 50_000 : 1_000;
      ConversationLoad.Result conv = ConversationLoad.run(index, dataset, conversations,
          Math.min(options.queries(), 3_000), progress);

      Map<String, Timings> kinds = byKind(byKind);
      return new BenchReport(options.docs(), indexed, indexed / indexSeconds, indexBytes, Timings.ofNanos(answer),
          kinds, Timings.ofNanos(unique), byKind(newByKind), Timings.ofNanos(lucene), Timings.ofNanos(fts), ftsRate[0], tg.updates(),
          tg.updatesPerSecond(), tg.latency(), tg.lost(), tg.duplicated(), heapMb, (System.nanoTime() - start) / 1e9, atRtt, conv);
    }
  }

  private static Map<String, Timings> byKind(Map<String, List<Long>> nanos) {
    Map<String, Timings> kinds = new LinkedHashMap<>();
    nanos.forEach((k, v) -> kinds.put(k, Timings.ofNanos(v.stream().mapToLong(Long::longValue).toArray())));
    return kinds;
  }

  private long[] timeAnswers(CoordAnswerEngine engine, List<QueryMix.Probe> probes, Map<String, List<Long>> byKind,
      PassageIndex index, List<Slow> slowest) {
    for (int round = 0; round < 3; round++) { // warm: JIT, caches, the index pages
      for (QueryMix.Probe p : probes) {
        engine.answer(Question.of(p.text()));
      }
    }
    return timed(engine, probes, byKind, index, slowest);
  }

  /**
   * The slowest answers, each with what else happened meanwhile, after how many answers over a millisecond the
   * kernel preempted: on a shared machine those waited for another process, and the p99 is theirs.
   */
  private void printSlowest(List<Slow> slowest) {
    for (Slow s : slowest) {
      progress.printf("  %7.3f ms %-11s %s gc %d (%d ms) jit +%d ms %s %s%n", s.nanos() / 1e6, s.kind(),
          s.searched() ? "search" : "      ", s.gcs(), s.gcMillis(), s.jitMillis(),
          s.preempted() > 0 ? "preempted" : s.preempted() < 0 ? "" : "         ", s.text());
    }
  }

  /** Open questions drawn (after the mix's) to answer before the timed new texts, per timed question. */
  static final int NEW_TEXT_WARM_PER_QUESTION = 20;

  /**
   * Other open questions, none of the mix's, answered untimed before the new texts are timed: the mix keeps
   * what it read of each text, so it runs the passage search only a few times in all, and without these the
   * timed pass would meet the search's code before the JIT has compiled it. The timed texts stay new: nothing
   * kept from these can answer them. Returns how many questions were answered (the draws repeat themselves).
   */
  private static int warmNewTexts(CoordAnswerEngine engine, SyntheticCorpus corpus, int n,
      List<QueryMix.Probe> timed) {
    java.util.Set<String> later = new java.util.HashSet<>();
    for (QueryMix.Probe p : timed) {
      later.add(p.text());
    }
    int answered = 0;
    for (String q : QueryMix.otherOpenQuestions(corpus, n, NEW_TEXT_WARM_PER_QUESTION * n)) {
      if (!later.contains(q)) {
        engine.answer(Question.of(q));
        answered++;
      }
    }
    return answered;
  }

  /** One of the slowest answers, with what else happened while it ran: a search, collections, JIT compiling. */
  private record Slow(long nanos, String kind, String text, boolean searched, long gcs, long gcMillis,
      long jitMillis, long preempted) {}

  /** An answer slower than this counts as slow in the line on preemption. */
  private static final long SLOW_NANOS = 1_000_000;

  private static final int SLOWEST = 12;

  /**
   * Each question once, timed; with an {@code index}, {@code slowest} gets the {@link #SLOWEST} slowest answers
   * with whether each searched the passages and the collections and JIT compiling that ran meanwhile (read
   * outside the timed span), so the tail can be told apart.
   */
  private long[] timed(CoordAnswerEngine engine, List<QueryMix.Probe> probes, Map<String, List<Long>> byKind,
      PassageIndex index, List<Slow> slowest) {
    long[] out = new long[probes.size()];
    int unanswered = 0;
    var gcBeans = ManagementFactory.getGarbageCollectorMXBeans();
    var jit = ManagementFactory.getCompilationMXBean();
    int slow = 0;
    int slowPreempted = 0;
    for (int i = 0; i < probes.size(); i++) {
      QueryMix.Probe p = probes.get(i);
      long searches = 0;
      long gcs = 0;
      long gcMillis = 0;
      long jitMillis = 0;
      if (slowest != null) {
        searches = index.searches();
        for (var b : gcBeans) {
          gcs -= b.getCollectionCount();
          gcMillis -= b.getCollectionTime();
        }
        jitMillis = -jit.getTotalCompilationTime();
      }
      long switches = slowest != null ? Preemption.count() : -1;
      long t0 = System.nanoTime();
      boolean answered = engine.answer(Question.of(p.text())).answered();
      out[i] = System.nanoTime() - t0;
      byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(out[i]);
      unanswered += answered ? 0 : 1;
      if (slowest != null) {
        for (var b : gcBeans) {
          gcs += b.getCollectionCount();
          gcMillis += b.getCollectionTime();
        }
        jitMillis += jit.getTotalCompilationTime();
        long preempted = Preemption.between(switches, Preemption.count());
        if (out[i] > SLOW_NANOS) {
          slow++;
          slowPreempted += preempted > 0 ? 1 : 0;
        }
        slowest.add(new Slow(out[i], p.kind(), p.text(), index.searches() > searches, gcs, gcMillis, jitMillis,
            preempted));
        if (slowest.size() > SLOWEST) {
          slowest.sort(Comparator.comparingLong(Slow::nanos).reversed());
          slowest.remove(SLOWEST);
        }
      }
    }
    if (slowest != null) {
      slowest.sort(Comparator.comparingLong(Slow::nanos).reversed());
    }
    progress.printf("  %,d questions, %,d not answered%n", probes.size(), unanswered);
    if (slowest != null) {
      progress.printf("  %,d answers over 1 ms, %,d of them preempted by the kernel (another process ran meanwhile)%n",
          slow, slowPreempted);
    }
    return out;
  }

  private long[] timeLucene(Path dir, List<List<String>> terms) throws IOException {
    List<Query> queries = terms.stream().map(Benchmark::bareQuery).toList();
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      long sink = 0;
      for (int round = 0; round < 3; round++) {
        for (Query q : queries) {
          sink += searcher.search(q, TOP_K).scoreDocs.length;
        }
      }
      long[] out = new long[queries.size()];
      for (int i = 0; i < queries.size(); i++) {
        long t0 = System.nanoTime();
        sink += searcher.search(queries.get(i), TOP_K).scoreDocs.length;
        out[i] = System.nanoTime() - t0;
      }
      // a search reads the segments one after another: their sizes bound what reading them on several cores could save
      progress.printf("  %,d searches, %,d hits in all, %d segments of %s documents%n", queries.size() * 4, sink,
          reader.leaves().size(), reader.leaves().stream().map(l -> String.format("%,d", l.reader().maxDoc())).toList());
      return out;
    }
  }

  /** A disjunction of the analysed terms on the folded field: what BM25 alone costs. */
  static Query bareQuery(List<String> terms) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : terms) {
      b.add(new TermQuery(new Term(PassageIndex.F_TEXT, t)), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  private long[] timeFts5(Path file, Iterable<Passage> all, List<List<String>> terms, double[] rate)
      throws SQLException {
    try (Fts5Index fts = new Fts5Index(file)) {
      long t0 = System.nanoTime();
      int n = fts.insert(counted(all, "inserted"));
      rate[0] = n / ((System.nanoTime() - t0) / 1e9);
      // FTS5 answers an OR of common words in tens to hundreds of milliseconds at 100,000 passages:
      // every kth question (all kinds still in turn) keeps the run within minutes.
      int step = Math.max(1, (int) Math.ceil(terms.size() / (double) FTS5_QUERIES));
      if (step % QueryMix.KINDS.size() == 0) {
        step++; // else every sample would be of one kind
      }
      List<String> matches = new ArrayList<>();
      for (int i = 0; i < terms.size(); i += step) {
        matches.add(Fts5Index.match(terms.get(i)));
      }
      for (int i = 0; i < Math.min(matches.size(), 5); i++) {
        fts.search(matches.get(i), TOP_K);
      }
      long[] out = new long[matches.size()];
      long hits = 0;
      long t1 = System.nanoTime();
      for (int i = 0; i < matches.size(); i++) {
        long s = System.nanoTime();
        hits += fts.search(matches.get(i), TOP_K).size();
        out[i] = System.nanoTime() - s;
        if (System.nanoTime() - t1 > 10_000_000_000L) {
          progress.printf("  %,d of %,d FTS5 searches%n", i + 1, matches.size());
          t1 = System.nanoTime();
        }
      }
      progress.printf("  %,d searches, %,d hits in all%n", matches.size(), hits);
      return out;
    }
  }

  private static double heapAfterGc(Object keptAlive) {
    var memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      memory.gc();
    }
    double mb = memory.getHeapMemoryUsage().getUsed() / 1048576.0;
    java.lang.ref.Reference.reachabilityFence(keptAlive);
    return mb;
  }

  private Iterable<Passage> counted(Iterable<Passage> passages, String verb) {
    return () -> new Iterator<>() {
      private final Iterator<Passage> it = passages.iterator();
      private int n;

      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Passage next() {
        Passage p = it.next();
        if (++n % PROGRESS_EVERY == 0) {
          progress.printf("  %,d documents %s%n", n, verb);
        }
        return p;
      }
    };
  }

  private static <T> Iterator<T> concat(Iterator<T> a, Iterator<T> b) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return a.hasNext() || b.hasNext();
      }

      @Override
      public T next() {
        return a.hasNext() ? a.next() : b.next();
      }
    };
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    }
  }

  /** Deletes {@code dir} and everything under it. */
  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
