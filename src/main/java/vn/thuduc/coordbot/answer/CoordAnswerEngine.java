package vn.thuduc.coordbot.answer;

import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.lang.Formats;
import vn.thuduc.coordbot.lang.TextLanguage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thuduc.coordbot.answer.query.Conversations;
import vn.thuduc.coordbot.answer.query.Evaluator;
import vn.thuduc.coordbot.answer.query.Lexicon;
import vn.thuduc.coordbot.answer.query.Measure;
import vn.thuduc.coordbot.answer.query.Result;
import vn.thuduc.coordbot.answer.query.ResultWriter;
import vn.thuduc.coordbot.answer.query.StatQuery;
import vn.thuduc.coordbot.answer.query.Parse;
import vn.thuduc.coordbot.answer.query.QueryParser;
import vn.thuduc.coordbot.answer.query.Tag;
import vn.thuduc.coordbot.answer.query.Tagger;
import vn.thuduc.coordbot.answer.query.ZoneSet;
import vn.thuduc.coordbot.answer.topic.HelpDesk;
import vn.thuduc.coordbot.answer.topic.TopicLexicon;
import vn.thuduc.coordbot.answer.topic.TopicParser;
import vn.thuduc.coordbot.answer.topic.TopicQuery;
import vn.thuduc.coordbot.answer.topic.TopicWriter;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Source;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneStat;
import vn.thuduc.coordbot.figures.Totals;
import vn.thuduc.coordbot.records.RecordAnswers;
import vn.thuduc.coordbot.records.RecordShelf;
import vn.thuduc.coordbot.search.PassageIndex;

/**
 * The answer engine over one swappable knowledge snapshot: reads the question, resolves the intent,
 * composes the answer ({@link Asking}, one question at a time). A failure inside is logged and
 * answered with an apology, never thrown.
 */
public final class CoordAnswerEngine implements AnswerEngine {
  private static final Logger LOG = LoggerFactory.getLogger(CoordAnswerEngine.class);
  private static final String MESSAGES = "i18n/messages";

  private final PassageIndex index;
  private final Messages messages = new Messages(MESSAGES);
  private final AtomicReference<Snapshot> current = new AtomicReference<>();
  private final QueryParser parser = new QueryParser();
  private final Conversations conversations;
  private final Clock clock;
  private final Asking.Tools tools;
  private final RecordShelf records = new RecordShelf();

  /** One dataset version with what reading it needs; a question is answered on one snapshot throughout. */
  record Snapshot(Dataset dataset, long version, PassageIndex index, Instant importedAt, Tagger tagger,
      TopicParser topics, Evaluator evaluator) {}

  public CoordAnswerEngine(PassageIndex index) {
    this(index, Clock.systemUTC(), new Conversations(Clock.systemUTC(), Duration.ofMinutes(15), 50_000));
  }

  /** An engine whose conversations (follow-ups) live in {@code conversations}; {@code clock} dates "this year". */
  public CoordAnswerEngine(PassageIndex index, Clock clock, Conversations conversations) {
    this(index, clock, conversations, () -> HelpDesk.NONE);
  }

  /**
   * An engine whose answers to a worker's own problem say where to turn as {@code desk} tells at the
   * moment of answering (advisers reachable through the bot, the contacts of {@code contacts.yaml}).
   */
  public CoordAnswerEngine(PassageIndex index, Clock clock, Conversations conversations, Supplier<HelpDesk> desk) {
    this.index = Objects.requireNonNull(index, "index");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.conversations = Objects.requireNonNull(conversations, "conversations");
    this.tools = new Asking.Tools(messages, parser, conversations, clock, Objects.requireNonNull(desk, "desk"),
        new RecordAnswers(records, index));
    // the vocabulary a snapshot needs, read now: at start-up the database is still opening meanwhile
    // (see Database), and the dataset comes from it
    TopicLexicon.readVocabulary();
  }

  /**
   * Reads what every engine reads when it is made (the vocabulary, the messages) ahead of making one, for
   * a start with a core to spare meanwhile ({@code ask}); the engine then finds them read. Thread-safe.
   */
  public static void readAhead() {
    TopicLexicon.readVocabulary();
    new Messages(MESSAGES);
  }

  /** Switches to another dataset version; answers in flight finish on the one they started with. */
  public void use(Dataset dataset, long version, Instant importedAt) {
    // the words of the dataset's text and the evaluator on a second thread while this one reads the
    // topics: at start-up they are what is left before the first answer, and the other core is free
    // (a class, not a lambda: a lambda is a class made at its first use, and every start of ask builds this)
    FutureTask<Aside> aside = new FutureTask<>(new Callable<Aside>() {
      @Override
      public Aside call() {
        return new Aside(Lexicon.textWords(dataset), new Evaluator(dataset));
      }
    });
    Thread builder = new Thread(aside, "coordbot-engine-build");
    builder.setDaemon(true);
    builder.start();
    TopicLexicon topics = new TopicLexicon(dataset);
    TopicParser topicParser = new TopicParser(topics, dataset);
    Aside built = built(aside);
    Tagger tagger = new Tagger(new Lexicon(dataset, topics.words(), built.textWords()));
    current.set(new Snapshot(dataset, version, index, importedAt, tagger, topicParser, built.evaluator()));
  }

  /** What {@link #use} builds on its second thread. */
  private record Aside(Set<String> textWords, Evaluator evaluator) {}

  /** The second thread's build; waits for it whatever interrupts come (it is short), keeping the interrupt. */
  private static Aside built(FutureTask<Aside> aside) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return aside.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      // what the build threw, as if it had run on this thread
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }


  /** The conversations this engine remembers. */
  /** The meeting records being served; the dataset service switches them with each version. */
  public RecordShelf records() {
    return records;
  }

  public Conversations conversations() {
    return conversations;
  }

  @Override
  public void forget(String conversation) {
    conversations.forget(conversation);
  }

  /** The dataset answers currently come from. */
  public Dataset dataset() {
    return snapshot().dataset();
  }

  private Snapshot snapshot() {
    Snapshot s = current.get();
    if (s == null) {
      throw new IllegalStateException("no dataset loaded");
    }
    return s;
  }

  @Override
  public Answer answer(Question question) {
    Snapshot snap = snapshot();
    String text = question.text();
    try {
      return new Asking(snap, question, tools).answer();
    } catch (RuntimeException e) {
      Lang lang = question.lang().orElse(Lang.VI);
      LOG.error("answering failed for a question of {} chars", text.length(), e);
      return Answer.of(messages.get(lang, "unknown"), false, "error", List.of(), lang);
    }
  }

  @Override
  public Answer topic(Topic topic, Lang lang) {
    Snapshot snap = snapshot();
    TopicWriter topics = new TopicWriter(messages, snap.dataset(), lang);
    return switch (topic) {
      case HELP -> topics.write(new TopicQuery.Chat("help"), HelpDesk.NONE);
      case ZONES -> statistics(snap, new StatQuery.ListZones(new ZoneSet.All()), lang);
      case MEETING -> topics.write(new TopicQuery.Meeting(TopicQuery.Aspect.OVERVIEW), HelpDesk.NONE);
      case AWARDS -> topics.write(new TopicQuery.Awards(TopicQuery.AwardAspect.ALL), HelpDesk.NONE);
      case LAW -> topics.write(new TopicQuery.Points(List.of()), HelpDesk.NONE);
      case STATS -> stats(snap, lang);
      case ABOUT -> about(lang);
    };
  }

  @Override
  public Answer zoneCard(String zoneId, Lang lang) {
    Snapshot snap = snapshot();
    Optional<Zone> z = snap.dataset().zone(zoneId);
    if (z.isEmpty()) {
      String names = snap.dataset().zones().stream().map(x -> lang.pick(x.shortVi(), x.shortEn()))
          .collect(Collectors.joining(", "));
      return Answer.of(messages.get(lang, "zone.notfound.id", Formats.number(snap.dataset().zones().size(), lang),
          names), false, "zone_not_found", List.of(), lang);
    }
    return statistics(snap, new StatQuery.Card(zoneId), lang);
  }

  private Answer statistics(Snapshot snap, StatQuery q, Lang lang) {
    return new ResultWriter(messages, snap.dataset(), lang).write(snap.evaluator().evaluate(q), q);
  }

  @Override
  public Answer search(String text, Lang lang) {
    Snapshot snap = snapshot();
    String t = text.length() > Tagger.MAX_CHARS ? text.substring(0, Tagger.MAX_CHARS) : text;
    List<PassageIndex.Hit> hits = snap.index().search(t, 5);
    if (hits.isEmpty()) {
      String shown = t.length() > 80 ? t.substring(0, 80) + "…" : t;
      return Answer.of(messages.get(lang, "search.none", shown), false, "search", List.of(), lang);
    }
    return new TopicWriter(messages, snap.dataset(), lang).passages(hits);
  }

  @Override
  public List<ZoneLabel> zones(Lang lang) {
    return snapshot().dataset().zones().stream()
        .map(z -> new ZoneLabel(z.id(), lang.pick(z.shortVi(), z.shortEn()))).toList();
  }

  @Override
  public List<String> zonesNamed(String text, Lang lang) {
    Snapshot snap = snapshot();
    Tagger.Tagged t = snap.tagger().tag(text);
    Parse parse = parser.parse(t, QueryParser.Context.NONE, java.time.LocalDate.now(clock).getYear());
    if (parse instanceof Parse.Stat st) {
      ZoneSet set = QueryParser.setOf(st.query());
      if (set != null) {
        return snap.evaluator().zoneIds(set);
      }
    }
    // a zone named alone, without a question around it
    return t.all(Tag.Kind.ZONE).stream().map(Tag::arg).distinct().toList();
  }

  @Override
  public Lang detectLanguage(String text) {
    return TextLanguage.of(text.length() > Tagger.MAX_CHARS ? text.substring(0, Tagger.MAX_CHARS) : text);
  }

  @Override
  public long datasetVersion() {
    return snapshot().version();
  }

  @Override
  public int documents() {
    return index.documents();
  }

  private Answer stats(Snapshot snap, Lang lang) {
    Dataset ds = snap.dataset();
    // one date for the whole table: the newest every zone has; newer figures of some zones are named under it
    Optional<Totals> now = Totals.now(snap.evaluator().timeline());
    if (now.isEmpty()) {
      // no figures, or the zones share no date: the sum answer says each zone's own date
      return statistics(snap, new StatQuery.Figures(new ZoneSet.All(), List.of(Measure.WORKERS, Measure.ENTERPRISES),
          StatQuery.Agg.SUM), lang);
    }
    Totals t = now.get();
    java.time.LocalDate asOf = t.asOf();
    StringBuilder sb = new StringBuilder();
    sb.append(messages.get(lang, "stats.title", Formats.number(t.lines().size(), lang), Formats.date(asOf, lang)));
    for (Totals.Line row : t.lines()) {
      sb.append('\n').append(messages.get(lang, "stats.row", lang.pick(row.zone().shortVi(), row.zone().shortEn()),
          Formats.number(row.enterprises(), lang), Formats.percent(row.enterpriseShare(), 2, lang),
          Formats.number(row.workers(), lang), Formats.percent(row.workerShare(), 2, lang)));
    }
    sb.append('\n').append(messages.get(lang, "stats.total", Formats.number(t.enterprises(), lang),
        Formats.number(t.workers(), lang)));
    new ResultWriter(messages, ds, lang).notes(new Result.Noted(new Result.AsOf(asOf), t.newer(), List.of(), List.of()))
        .forEach(line -> sb.append('\n').append(line));
    // the shares of Thu Duc City and the sources, as the share answer writes them (its last line names the sources)
    StatQuery share = new StatQuery.Share(new ZoneSet.All(), Optional.empty(),
        List.of(Measure.WORKERS, Measure.ENTERPRISES));
    Answer shares = statistics(snap, share, lang);
    List<String> sources = new java.util.ArrayList<>(shares.sources());
    if (shares.answered()) {
      sb.append('\n').append(shares.text());
    }
    String zones = lang.pick(t.lines().size() + " khu", t.lines().size() + " zones");
    ChartData chart = new ChartData(messages.get(lang, "chart.stats.title", zones, Formats.date(asOf, lang)),
        messages.get(lang, "chart.axis.workers"),
        t.lines().stream().map(z -> lang.pick(z.zone().shortVi(), z.zone().shortEn())).toList(),
        List.of(new ChartData.Series(messages.get(lang, "metric.workers"),
            t.lines().stream().map(Totals.Line::workers).toList()),
            new ChartData.Series(messages.get(lang, "metric.enterprises"),
            t.lines().stream().map(Totals.Line::enterprises).toList())));
    // the image travels alone (forwarded, printed): it names its source and date itself
    String site = t.lines().stream().map(l -> ds.source(l.stat().source()).map(Source::site).orElse(l.stat().source()))
        .distinct().collect(Collectors.joining(", "));
    chart = chart.withLangAndNote(lang, messages.get(lang, "chart.note", site, Formats.date(asOf, lang)));
    List<String> ids = t.lines().stream().map(x -> x.zone().id()).toList();
    return new Answer(sb.toString(), true, "stats", sources, lang, Optional.of(chart), ids);
  }


  private Answer about(Lang lang) {
    Snapshot s = current.get();
    Dataset ds = s.dataset();
    Source src = ds.sources().isEmpty() ? null : ds.sources().get(0);
    String imported = s.importedAt().toString().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z");
    String text = messages.get(lang, "about", s.version(), imported,
        src == null ? "" : (src.titleEn() == null ? src.titleVi() : lang.pick(src.titleVi(), src.titleEn())),
        src == null ? "" : src.site(), src == null ? "" : src.author());
    return Answer.of(text, true, "about", src == null ? List.of() : List.of(src.site()), lang);
  }
}
