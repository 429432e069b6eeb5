package vn.thuduc.coordbot.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.thuduc.coordbot.text.Abbreviations;
import vn.thuduc.coordbot.text.Fold;
import vn.thuduc.coordbot.text.TextMemo;
import vn.thuduc.coordbot.text.Stopwords;

/**
 * The Lucene index of passages. A rebuild replaces every document in one commit that also records
 * the dataset version; searchers switch to it through a {@link SearcherManager}, so a failed
 * rebuild leaves the previous commit serving.
 *
 * <p>This class is long because it owns one Lucene index's whole life (documents, commits, refresh,
 * queries, search), and those parts must agree on the fields and the analyser.
 */
public final class PassageIndex implements Closeable {
  public static final String F_ID = "id";
  public static final String F_KIND = "kind";
  public static final String F_TEXT = "text";
  public static final String F_ORIG = "orig";
  private static final String F_VI = "vi";
  private static final String F_EN = "en";
  private static final String F_RECORD = "record";
  private static final String F_PROVENANCE = "provenance";
  private static final String VERSION_KEY = "dataset_version";
  private static final String ANALYSIS_KEY = "analysis";
  /**
   * Stamped on every commit: the tokens it was written with. A commit with another stamp (or none:
   * before the analyser used {@link WordTokenizer}) counts as no index, so it is rebuilt, never
   * searched with tokens it does not hold. Change it whenever the analyser's tokens change.
   */
  static final String ANALYSIS = "words-1";
  private static final int MAX_QUERY_TERMS = 64;

  /** Opens the directory; Lucene's classes (memory mapping, its JVM checks) load then, not at start. */
  private final Supplier<Directory> opener;
  /** The directory on disk; null in memory. */
  private final Path path;
  private volatile Directory dir;
  private volatile Analyzers analyzers;
  private volatile SearcherManager manager;
  private volatile boolean looked;
  /**
   * The dataset's passages found for a question's text, kept while the searcher reads the same commit:
   * the same questions come again, and a search costs more than the rest of an answer (a rebuild or a
   * reload opens a new reader, and the kept results go with the old one).
   */
  private volatile Found found;

  private record Found(IndexReader reader, TextMemo<List<Hit>> hits) {}

  /** Lucene searches run (kept results not counted): what an answer's latency mostly depends on. */
  private final java.util.concurrent.atomic.LongAdder searches = new java.util.concurrent.atomic.LongAdder();

  private PassageIndex(Path path, Supplier<Directory> opener) {
    this.path = path;
    this.opener = opener;
  }

  /** The folded field's analyser, the original one's, and both by field for writing. */
  private record Analyzers(Analyzer folded, Analyzer original, Analyzer byField) {
    static Analyzers create() {
      Analyzer folded = new VietnameseAnalyzer(VietnameseAnalyzer.Mode.FOLDED);
      Analyzer original = new VietnameseAnalyzer(VietnameseAnalyzer.Mode.ORIGINAL);
      return new Analyzers(folded, original, new PerFieldAnalyzerWrapper(folded, Map.of(F_ORIG, original)));
    }
  }

  /** Made on first use, like the directory: answering from the dataset needs no Lucene class. */
  private Analyzers analyzers() {
    Analyzers a = analyzers;
    if (a == null) {
      synchronized (this) {
        a = analyzers;
        if (a == null) {
          a = Analyzers.create();
          analyzers = a;
        }
      }
    }
    return a;
  }

  /**
   * Prepares the index in {@code path}; the directory and the last commit are opened on first use, so
   * a process that never searches never pays for them. It is empty until the first rebuild.
   */
  public static PassageIndex open(Path path) {
    try {
      Files.createDirectories(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index in " + path, e);
    }
    // a class, not a lambda: every start of ask opens the index (a lambda is a class made at its first use)
    return new PassageIndex(path, new java.util.function.Supplier<Directory>() {
      @Override
      public Directory get() {
        try {
          return FSDirectory.open(path);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot open the index in " + path, e);
        }
      }
    });
  }

  /** An index in memory, for benchmarks and tests. */
  public static PassageIndex inMemory() {
    return new PassageIndex(null, ByteBuffersDirectory::new);
  }

  /**
   * How the store records a commit of dataset {@code version} written with this analyser: a start
   * that finds it recorded, and a commit file present ({@link #hasCommitFile}), need not open Lucene.
   */
  public static String commitName(long version) {
    return version + " " + ANALYSIS;
  }

  /** True when the directory holds a commit file, looked up without Lucene (an in-memory index: its commit). */
  public boolean hasCommitFile() {
    if (path != null) {
      // a loop, not a stream's lambda: every start of ask looks (a lambda is a class made at its first use)
      try (java.nio.file.DirectoryStream<Path> files = Files.newDirectoryStream(path)) {
        for (Path f : files) {
          if (f.getFileName().toString().startsWith("segments_")) {
            return true;
          }
        }
        return false;
      } catch (IOException e) {
        return false;
      }
    }
    return hasCommit();
  }

  private Directory dir() {
    Directory d = dir;
    if (d == null) {
      synchronized (this) {
        d = dir;
        if (d == null) {
          d = opener.get();
          dir = d;
        }
      }
    }
    return d;
  }

  /** One search result: the passage, its BM25 score and the share of the query's words it contains. */
  public record Hit(String id, String kind, String textVi, String textEn, float score, double coverage) {}

  /** Replaces the whole index by {@code passages} in one commit stamped with {@code version}. */
  public synchronized void rebuild(Iterable<Passage> passages, long version) {
    IndexWriterConfig cfg = new IndexWriterConfig(analyzers().byField())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(64)
        .setCommitOnClose(false);
    try (IndexWriter w = new IndexWriter(dir(), cfg)) {
      for (Passage p : passages) {
        w.addDocument(document(p));
      }
      w.setLiveCommitData(Map.of(VERSION_KEY, Long.toString(version), ANALYSIS_KEY, ANALYSIS).entrySet());
      w.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("index rebuild failed; the previous index keeps serving", e);
    }
    try {
      SearcherManager m = manager();
      if (m == null) {
        manager = new SearcherManager(dir(), null);
      } else {
        m.maybeRefreshBlocking();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the rebuilt index", e);
    }
  }

  private static Document document(Passage p) {
    Document d = new Document();
    d.add(new StringField(F_ID, p.id(), Field.Store.YES));
    d.add(new StringField(F_KIND, p.kind(), Field.Store.YES));
    d.add(new StoredField(F_VI, p.textVi()));
    d.add(new StoredField(F_EN, p.textEn()));
    if (!p.record().isEmpty()) {
      d.add(new StringField(F_RECORD, p.record(), Field.Store.YES));
      d.add(new StoredField(F_PROVENANCE, p.provenance()));
    }
    String both = p.textVi() + "\n" + p.textEn();
    d.add(new TextField(F_TEXT, both, Field.Store.NO));
    d.add(new TextField(F_ORIG, both, Field.Store.NO));
    return d;
  }

  /** Sees a commit another process made (a {@code coordbot reload} while the bot runs). */
  public synchronized void refresh() {
    try {
      SearcherManager m = manager();
      if (m != null) {
        m.maybeRefreshBlocking();
      } else {
        looked = false;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot refresh the index", e);
    }
  }

  /**
   * True when the directory holds a commit written with this analyser (the commit's own data is
   * read; no index reader is opened).
   */
  public boolean hasCommit() {
    try {
      for (String f : dir().listAll()) {
        if (f.startsWith("segments_")) {
          return ANALYSIS.equals(SegmentInfos.readLatestCommit(dir()).getUserData().get(ANALYSIS_KEY));
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  /** The searcher manager over the last commit, opened on first use; null while there is none. */
  private SearcherManager manager() {
    SearcherManager m = manager;
    if (m != null || looked) {
      return m;
    }
    synchronized (this) {
      if (manager == null && !looked) {
        try {
          if (DirectoryReader.indexExists(dir())) {
            manager = new SearcherManager(dir(), null);
          }
        } catch (IOException e) {
          throw new UncheckedIOException("cannot open the index", e);
        }
        looked = true;
      }
      return manager;
    }
  }

  /** The dataset version of the current commit; -1 when the index is empty or written with other tokens. */
  public long version() {
    SearcherManager m = manager();
    if (m == null) {
      return -1;
    }
    try {
      IndexSearcher s = m.acquire();
      try {
        Map<String, String> data = ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData();
        String v = data.get(VERSION_KEY);
        return v == null || !ANALYSIS.equals(data.get(ANALYSIS_KEY)) ? -1 : Long.parseLong(v);
      } finally {
        m.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int documents() {
    SearcherManager m = manager();
    if (m == null) {
      return 0;
    }
    try {
      IndexSearcher s = m.acquire();
      try {
        return s.getIndexReader().numDocs();
      } finally {
        m.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many Lucene searches ran since the index was opened (a question asked again is not searched again). */
  public long searches() {
    return searches.sum();
  }

  /** The analysed terms of {@code text} for the folded field: unigrams (no stop words) and bigrams. */
  public List<String> queryTerms(String text) {
    return terms(analyzers().folded(), F_TEXT, text, true);
  }

  /** Builds the query the search runs: a disjunction of the analysed terms, never parsed syntax. */
  public Query query(String text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : queryTerms(text)) {
      float boost = t.indexOf(' ') >= 0 ? 1.5f : 1f;
      b.add(new BoostQuery(new TermQuery(new Term(F_TEXT, t)), boost), BooleanClause.Occur.SHOULD);
    }
    for (String t : terms(analyzers().original(), F_ORIG, text, true)) {
      b.add(new BoostQuery(new TermQuery(new Term(F_ORIG, t)), 0.3f), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /**
   * The best {@code k} passages of the dataset for {@code text} (meeting records' passages are searched
   * by {@link #searchRecords}); empty when nothing matches or the index is empty.
   */
  public List<Hit> search(String text, int k) {
    return searching(s -> found(s).get(k + " " + text, x -> hits(s, text, k,
        new TermQuery(new Term(F_KIND, Passage.RECORD)), BooleanClause.Occur.MUST_NOT)));
  }

  /** What was found with the reader of {@code s}: a new reader starts afresh. */
  private TextMemo<List<Hit>> found(IndexSearcher s) {
    Found f = found;
    if (f == null || f.reader() != s.getIndexReader()) {
      f = new Found(s.getIndexReader(), new TextMemo<>(512, 160));
      found = f;
    }
    return f.hits();
  }

  /**
   * The best {@code k} passages of meeting records for {@code text}, only of the records {@code ids}
   * (all records when it is empty).
   */
  public List<Hit> searchRecords(String text, int k, java.util.Collection<String> ids) {
    Query only = new TermQuery(new Term(F_KIND, Passage.RECORD));
    if (!ids.isEmpty()) {
      only = new BooleanQuery.Builder().add(only, BooleanClause.Occur.FILTER)
          .add(new org.apache.lucene.search.TermInSetQuery(F_RECORD,
              ids.stream().map(org.apache.lucene.util.BytesRef::new).toList()), BooleanClause.Occur.FILTER)
          .build();
    }
    return search(text, k, only, BooleanClause.Occur.FILTER);
  }

  private List<Hit> search(String text, int k, Query kinds, BooleanClause.Occur how) {
    return searching(s -> hits(s, text, k, kinds, how));
  }

  /** {@code f} on the current searcher, released after; nothing when there is no index. */
  private List<Hit> searching(java.util.function.Function<IndexSearcher, List<Hit>> f) {
    SearcherManager m = manager();
    if (m == null) {
      return List.of();
    }
    try {
      IndexSearcher s = m.acquire();
      try {
        return f.apply(s);
      } finally {
        m.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Hit> hits(IndexSearcher s, String text, int k, Query kinds, BooleanClause.Occur how) {
    Query words = query(text);
    if (((BooleanQuery) words).clauses().isEmpty()) {
      return List.of();
    }
    searches.increment();
    Query q = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST).add(kinds, how).build();
    Set<String> want = contentWords(text);
    try {
      // counting stops at k hits, so block-max pruning skips postings from the start (search(q, k) counts up to
      // 1,000 first): the same top k, about a tenth less work at 100,000 passages; the total is never used
      TopDocs top = s.search(q, new TopScoreDocCollectorManager(k, k));
      List<Hit> out = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = s.storedFields().document(sd.doc);
        String vi = d.get(F_VI);
        String en = d.get(F_EN);
        Set<String> have = contentWords(vi + " " + en);
        long covered = want.stream().filter(have::contains).count();
        double coverage = want.isEmpty() ? 0 : (double) covered / want.size();
        out.add(new Hit(d.get(F_ID), d.get(F_KIND), vi, en, sd.score, coverage));
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Folded words with abbreviations expanded, without stop words: what coverage is counted on. */
  public static Set<String> contentWords(String text) {
    Set<String> out = new HashSet<>();
    for (String w : Abbreviations.expandAll(Fold.words(text))) {
      if (!Stopwords.contains(w) && (w.length() > 1 || Character.isDigit(w.charAt(0)))) {
        out.add(w);
      }
    }
    return out;
  }

  private static List<String> terms(Analyzer a, String field, String text, boolean dropStop) {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream ts = a.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken() && out.size() < MAX_QUERY_TERMS) {
        String t = term.toString();
        if (dropStop && t.indexOf(' ') < 0 && Stopwords.contains(Fold.fold(t))) {
          continue;
        }
        out.add(t);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ArrayList<>(out);
  }

  @Override
  public void close() throws IOException {
    SearcherManager m = manager;
    if (m != null) {
      m.close();
    }
    Directory d = dir;
    if (d != null) {
      d.close();
    }
  }
}
