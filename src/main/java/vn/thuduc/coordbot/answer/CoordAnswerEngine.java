package vn.thuduc.coordbot.answer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thuduc.coordbot.answer.query.Conversations;
import vn.thuduc.coordbot.answer.query.Evaluator;
import vn.thuduc.coordbot.answer.query.Lexicon;
import vn.thuduc.coordbot.answer.query.Parse;
import vn.thuduc.coordbot.answer.query.QueryParser;
import vn.thuduc.coordbot.answer.query.Tag;
import vn.thuduc.coordbot.answer.query.Tagger;
import vn.thuduc.coordbot.answer.query.ZoneSet;
import vn.thuduc.coordbot.data.AreaStat;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Source;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneStat;
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

  private final PassageIndex index;
  private final Messages messages = new Messages("i18n/messages");
  private final QuestionReader reader = new QuestionReader();
  private final IntentResolver resolver = new IntentResolver();
  private final Composer composer = new Composer(messages);
  private final AtomicReference<Snapshot> current = new AtomicReference<>();
  private final QueryParser parser = new QueryParser();
  private final Conversations conversations;
  private final Clock clock;
  private final Asking.Tools tools;
  private final RecordShelf records = new RecordShelf();

  /** One dataset version with what reading it needs; a question is answered on one snapshot throughout. */
  record Snapshot(Knowledge knowledge, Instant importedAt, Tagger tagger, Evaluator evaluator) {}

  public CoordAnswerEngine(PassageIndex index) {
    this(index, Clock.systemUTC(), new Conversations(Clock.systemUTC(), Duration.ofMinutes(15), 50_000));
  }

  /** An engine whose conversations (follow-ups) live in {@code conversations}; {@code clock} dates "this year". */
  public CoordAnswerEngine(PassageIndex index, Clock clock, Conversations conversations) {
    this.index = Objects.requireNonNull(index, "index");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.conversations = Objects.requireNonNull(conversations, "conversations");
    this.tools = new Asking.Tools(messages, reader, resolver, composer, parser, conversations, clock,
        new RecordAnswers(records, index));
  }

  /** Switches to another dataset version; answers in flight finish on the one they started with. */
  public void use(Dataset dataset, long version, Instant importedAt) {
    Knowledge k = new Knowledge(dataset, version, index);
    Tagger tagger = new Tagger(new Lexicon(dataset, k.vocabulary()));
    current.set(new Snapshot(k, importedAt, tagger, new Evaluator(dataset)));
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
    return knowledge().dataset();
  }

  private Knowledge knowledge() {
    Snapshot s = current.get();
    if (s == null) {
      throw new IllegalStateException("no dataset loaded");
    }
    return s.knowledge();
  }

  @Override
  public Answer answer(Question question) {
    Snapshot snap = current.get();
    if (snap == null) {
      throw new IllegalStateException("no dataset loaded");
    }
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
    Knowledge k = knowledge();
    Intent intent = switch (topic) {
      case HELP -> new Intent.Help();
      case ZONES -> new Intent.ZoneList(ZoneGroup.ALL);
      case MEETING -> new Intent.MeetingInfo(Intent.MeetingAspect.OVERVIEW);
      case AWARDS -> new Intent.Awards(false, false);
      case LAW -> new Intent.Law(List.of());
      case STATS -> null;
      case ABOUT -> null;
    };
    if (topic == Topic.STATS) {
      return stats(k, lang);
    }
    if (topic == Topic.ABOUT) {
      return about(lang);
    }
    return composer.compose(intent, k, lang);
  }

  @Override
  public Answer zoneCard(String zoneId, Lang lang) {
    Knowledge k = knowledge();
    Optional<Zone> z = k.dataset().zone(zoneId);
    if (z.isEmpty()) {
      String names = k.dataset().zones().stream().map(x -> lang.pick(x.shortVi(), x.shortEn()))
          .collect(Collectors.joining(", "));
      return Answer.of(messages.get(lang, "zone.notfound.id", Formats.number(k.dataset().zones().size(), lang), names),
          false, "zone_not_found", List.of(), lang);
    }
    return composer.compose(new Intent.ZoneCard(z.get()), k, lang);
  }

  @Override
  public Answer search(String text, Lang lang) {
    Knowledge k = knowledge();
    String t = text.length() > QuestionReader.MAX_CHARS ? text.substring(0, QuestionReader.MAX_CHARS) : text;
    List<PassageIndex.Hit> hits = k.index().search(t, 5);
    if (hits.isEmpty()) {
      String shown = t.length() > 80 ? t.substring(0, 80) + "…" : t;
      return Answer.of(messages.get(lang, "search.none", shown), false, "search", List.of(), lang);
    }
    return composer.compose(new Intent.Search(hits), k, lang);
  }

  @Override
  public List<ZoneLabel> zones(Lang lang) {
    return knowledge().dataset().zones().stream()
        .map(z -> new ZoneLabel(z.id(), lang.pick(z.shortVi(), z.shortEn()))).toList();
  }

  @Override
  public List<String> zonesNamed(String text, Lang lang) {
    Snapshot snap = current.get();
    if (snap == null) {
      throw new IllegalStateException("no dataset loaded");
    }
    Tagger.Tagged t = snap.tagger().tag(text);
    int dataYear = snap.evaluator().asOf().map(java.time.LocalDate::getYear).orElse(0);
    Parse parse = parser.parse(t, Optional.empty(), List.of(), dataYear, java.time.LocalDate.now(clock).getYear());
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
    String t = text.length() > QuestionReader.MAX_CHARS ? text.substring(0, QuestionReader.MAX_CHARS) : text;
    return TextLanguage.of(t);
  }

  @Override
  public long datasetVersion() {
    return knowledge().version();
  }

  @Override
  public int documents() {
    return index.documents();
  }

  private Answer stats(Knowledge k, Lang lang) {
    Dataset ds = k.dataset();
    var stats = ds.latestStats();
    if (stats.isEmpty()) {
      return Answer.of(messages.get(lang, "zone.card.nostats"), false, "stats", List.of(), lang);
    }
    long e = stats.values().stream().mapToLong(ZoneStat::enterprises).sum();
    long w = stats.values().stream().mapToLong(ZoneStat::workers).sum();
    var asOf = stats.values().stream().map(ZoneStat::asOf).max(java.util.Comparator.naturalOrder()).orElseThrow();
    StringBuilder sb = new StringBuilder();
    sb.append(messages.get(lang, "stats.title", Formats.number(stats.size(), lang), Formats.date(asOf, lang)));
    for (var en : stats.entrySet()) {
      ZoneStat s = en.getValue();
      sb.append('\n').append(messages.get(lang, "stats.row", lang.pick(en.getKey().shortVi(), en.getKey().shortEn()),
          Formats.number(s.enterprises(), lang), Formats.percent(AnswerWriter.share(s.enterprises(), e), 2, lang),
          Formats.number(s.workers(), lang), Formats.percent(AnswerWriter.share(s.workers(), w), 2, lang)));
    }
    sb.append('\n').append(messages.get(lang, "stats.total", Formats.number(e, lang), Formats.number(w, lang)));
    Optional<AreaStat> area = ds.latestAreaStat();
    List<String> sources = new java.util.ArrayList<>();
    if (area.isPresent() && area.get().asOf().equals(asOf)) {
      List<String> shares = composer.areaShareLines(k, lang, java.util.EnumSet.allOf(Metric.class), area.get());
      if (!shares.isEmpty()) {
        sb.append('\n').append(String.join("\n", shares));
      }
    }
    // the sources of the totals, as the total answer names them (its figures are as of the first zone's)
    Answer total = composer.compose(new Intent.Total(ZoneGroup.ALL, java.util.EnumSet.allOf(Metric.class), List.of()),
        k, lang);
    sources.addAll(total.sources());
    composer.sourceLine(k, lang, total, stats.values().iterator().next().asOf())
        .ifPresent(line -> sb.append('\n').append(line));
    ChartData chart = new ChartData(messages.get(lang, "chart.stats.title", Formats.date(asOf, lang)),
        messages.get(lang, "chart.axis.workers"),
        stats.keySet().stream().map(z -> lang.pick(z.shortVi(), z.shortEn())).toList(),
        List.of(new ChartData.Series(messages.get(lang, "metric.workers"),
            stats.values().stream().map(ZoneStat::workers).toList()),
            new ChartData.Series(messages.get(lang, "metric.enterprises"),
            stats.values().stream().map(ZoneStat::enterprises).toList())));
    // the image travels alone (forwarded, printed): it names its source and date itself
    String site = stats.values().stream().map(st -> ds.source(st.source()).map(Source::site).orElse(st.source()))
        .distinct().collect(java.util.stream.Collectors.joining(", "));
    chart = chart.withLangAndNote(lang, messages.get(lang, "chart.note", site, Formats.date(asOf, lang)));
    return new Answer(sb.toString(), true, "stats", sources, lang, Optional.of(chart),
        stats.keySet().stream().map(Zone::id).toList());
  }

  private Answer about(Lang lang) {
    Snapshot s = current.get();
    Dataset ds = s.knowledge().dataset();
    Source src = ds.sources().isEmpty() ? null : ds.sources().get(0);
    String imported = s.importedAt().toString().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z");
    String text = messages.get(lang, "about", s.knowledge().version(), imported,
        src == null ? "" : (src.titleEn() == null ? src.titleVi() : lang.pick(src.titleVi(), src.titleEn())),
        src == null ? "" : src.site(), src == null ? "" : src.author());
    return Answer.of(text, true, "about", src == null ? List.of() : List.of(src.site()), lang);
  }
}
