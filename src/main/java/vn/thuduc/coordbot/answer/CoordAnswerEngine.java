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
import vn.thuduc.coordbot.answer.query.ResultWriter;
import vn.thuduc.coordbot.answer.query.StatQuery;
import vn.thuduc.coordbot.answer.query.Tag;
import vn.thuduc.coordbot.answer.query.Tagger;
import vn.thuduc.coordbot.answer.query.ZoneSet;
import vn.thuduc.coordbot.data.AreaStat;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Source;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneStat;
import vn.thuduc.coordbot.search.PassageIndex;

/**
 * The answer engine over one swappable knowledge snapshot: reads the question, resolves the intent,
 * composes the answer. A failure inside is logged and answered with an apology, never thrown. It is
 * long because it is the one place that decides which part answers a question (typed statistics,
 * topics, search, clarifying questions, follow-ups); each part is a class of its own.
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

  private record Snapshot(Knowledge knowledge, Instant importedAt, Tagger tagger, Evaluator evaluator) {}

  public CoordAnswerEngine(PassageIndex index) {
    this(index, Clock.systemUTC(), new Conversations(Clock.systemUTC(), Duration.ofMinutes(15), 50_000));
  }

  /** An engine whose conversations (follow-ups) live in {@code conversations}; {@code clock} dates "this year". */
  public CoordAnswerEngine(PassageIndex index, Clock clock, Conversations conversations) {
    this.index = Objects.requireNonNull(index, "index");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.conversations = Objects.requireNonNull(conversations, "conversations");
  }

  /** Switches to another dataset version; answers in flight finish on the one they started with. */
  public void use(Dataset dataset, long version, Instant importedAt) {
    Knowledge k = new Knowledge(dataset, version, index);
    Tagger tagger = new Tagger(new Lexicon(dataset, k.vocabulary()));
    current.set(new Snapshot(k, importedAt, tagger, new Evaluator(dataset)));
  }

  /** The conversations this engine remembers. */
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
      return new Asking(snap, question).answer();
    } catch (RuntimeException e) {
      Lang lang = question.lang().orElse(Lang.VI);
      LOG.error("answering failed for a question of {} chars", text.length(), e);
      return Answer.of(messages.get(lang, "unknown"), false, "error", List.of(), lang);
    }
  }

  /** One question being answered: understanding, the conversation's frame, and the answer. */
  private final class Asking {
    private final Snapshot snap;
    private final Knowledge k;
    private final Question question;
    private final Optional<Conversations.Frame> frame;

    Asking(Snapshot snap, Question question) {
      this.snap = snap;
      this.k = snap.knowledge();
      this.question = question;
      this.frame = question.conversation().flatMap(conversations::get);
    }

    Answer answer() {
      String text = question.text();
      Tagger.Tagged t = snap.tagger().tag(text);
      // a follow-up whose words do not tell the language ("Binh Chieu too?") keeps the conversation's
      Lang lang = ReplyLanguage.of(question.lang(), null, text, x -> QuestionReader.detectSure(t.text(),
          vn.thuduc.coordbot.text.Fold.words(t.text())).orElseGet(() -> frame.map(Conversations.Frame::lang)
          .orElse(Lang.VI)));
      if (t.has(Tag.Kind.NEW) && t.tags().stream().allMatch(x -> x.is(Tag.Kind.NEW) || x.is(Tag.Kind.FILLER))) {
        question.conversation().ifPresent(conversations::forget);
        return Answer.of(messages.get(lang, "conversation.new"), true, "new", List.of(), lang).withQuery("new()");
      }
      if (AdviceNeed.in(t.words())) {
        Answer law = composer.compose(new Intent.Law(List.of()), k, lang);
        remember(Optional.empty(), Optional.of("tư vấn pháp luật"), Optional.empty(), lang);
        return new Answer(messages.get(lang, "advice.need") + "\n" + law.text(), true, "advice", law.sources(), lang,
            Optional.empty(), List.of(), Optional.of("advice()"), List.of());
      }
      Optional<StatQuery> previous = frame.flatMap(Conversations.Frame::query);
      int dataYear = snap.evaluator().asOf().map(java.time.LocalDate::getYear).orElse(0);
      List<String> recent = frame.map(Conversations.Frame::recentZones).orElse(List.of());
      Parse parse = parser.parse(t, previous, recent, dataYear, java.time.LocalDate.now(clock).getYear());
      boolean strong = strongStatistics(t, parse);
      if (strong && parse instanceof Parse.Stat st) {
        // a clear statistics question: the topic reader could not change the answer, so it is not run
        return statistics(st, lang);
      }
      Parsed p = reader.read(text, Optional.of(lang), k);
      Intent old = resolver.resolve(p, k);
      boolean topic = isTopic(old);
      if (topic && !strong) {
        return topicAnswer(old, p, lang);
      }
      if (parse instanceof Parse.Stat st) {
        return statistics(st, lang);
      }
      if (parse instanceof Parse.NotFound nf) {
        List<vn.thuduc.coordbot.data.Zone> begun = zonesBegunBy(nf.asTyped());
        if (begun.size() >= 2) {
          return new ResultWriter(messages, k.dataset(), lang).which(begun, nf.asTyped());
        }
        return composer.compose(new Intent.ZoneNotFound(nf.asTyped()), k, lang).withQuery("not_found(" + nf.asTyped() + ")");
      }
      if (parse instanceof Parse.MissingYear my) {
        return new ResultWriter(messages, k.dataset(), lang).missingYear(my.year(),
            snap.evaluator().evaluate(my.query()), my.query());
      }
      if (parse instanceof Parse.Missing m && (m.explicit() || !topic && !(old instanceof Intent.Search))) {
        return new ResultWriter(messages, k.dataset(), lang).missing(m, snap.evaluator().asOf())
            .withQuery("no_data(" + m.label() + ")");
      }
      if (parse instanceof Parse.Clarify c) {
        return new ResultWriter(messages, k.dataset(), lang).clarify(c.measures());
      }
      // a topic follow-up ("thế còn các tập thể?", "người đó phát biểu gì?"): the question completed from the frame
      if (!topic && frame.isPresent() && frame.get().topicSeed().isPresent() && p.contentWords() <= 6) {
        String completed = frame.get().person().map(n -> replacePronoun(text, n)).orElse(text);
        if (completed.equals(text)) {
          completed = frame.get().topicSeed().get() + " " + text;
        }
        Parsed p2 = reader.read(completed, Optional.of(lang), k);
        Intent again = resolver.resolve(p2, k);
        if (isTopic(again)) {
          return topicAnswer(again, p2, lang);
        }
      }
      if (isStatistics(old)) {
        // the old chain no longer decides statistics: what the query parser did not read stays unanswered
        old = searchOrUnknown(p);
      }
      return topicAnswer(old, p, lang);
    }

    /**
     * The zones whose names what was typed begins ("kcx lt" begins LT1 and LT2, "Linh Trung" would too but
     * is a name of its own): then it is not a place the data lacks but a question to ask back.
     */
    private List<vn.thuduc.coordbot.data.Zone> zonesBegunBy(String typed) {
      List<String> words = new ArrayList<>(Lexicon.normalise(typed));
      List<String> kindWords = List.of("khu", "che", "xuat", "cong", "nghiep", "nghe", "cao", "export", "processing",
          "zone", "industrial", "park", "epz", "ip");
      while (!words.isEmpty() && kindWords.contains(words.get(0))) {
        words.remove(0);
      }
      while (!words.isEmpty() && kindWords.contains(words.get(words.size() - 1))) {
        words.remove(words.size() - 1);
      }
      if (words.isEmpty()) {
        return List.of();
      }
      String prefix = String.join(" ", words);
      List<vn.thuduc.coordbot.data.Zone> out = new ArrayList<>();
      for (vn.thuduc.coordbot.data.Zone z : k.dataset().zones()) {
        for (String alias : z.aliases()) {
          String a = String.join(" ", Lexicon.normalise(alias));
          boolean begins = a.length() > prefix.length() && a.startsWith(prefix)
              && (a.charAt(prefix.length()) == ' ' || Character.isDigit(a.charAt(prefix.length())));
          if (begins) {
            out.add(z);
            break;
          }
        }
      }
      return out;
    }

    private Answer statistics(Parse.Stat st, Lang lang) {
      Answer a = new ResultWriter(messages, k.dataset(), lang).write(snap.evaluator().evaluate(st.query()), st.query());
      remember(Optional.of(st.query()), Optional.empty(), Optional.empty(), lang);
      return a;
    }

    private Answer topicAnswer(Intent intent, Parsed p, Lang lang) {
      Answer a = composer.compose(intent, k, lang);
      if (isTopic(intent)) {
        a = a.withQuery("topic(" + intent.name() + ")");
        String seed = switch (intent.name()) {
          case "awards" -> "khen thưởng";
          case "person" -> "ai là";
          case "meeting" -> "hội nghị";
          case "law" -> "pháp luật lao động";
          case "industries" -> "ngành nghề";
          default -> "";
        };
        Optional<String> person = intent instanceof Intent.PersonInfo pi && pi.people().size() == 1
            ? Optional.of(pi.people().get(0).name()) : Optional.empty();
        remember(Optional.empty(), seed.isEmpty() ? Optional.empty() : Optional.of(seed), person, lang);
      }
      return a;
    }

    private void remember(Optional<StatQuery> q, Optional<String> seed, Optional<String> person, Lang lang) {
      question.conversation().ifPresent(id -> conversations.put(id, q, seed, person, lang));
    }

    private Intent searchOrUnknown(Parsed p) {
      List<PassageIndex.Hit> hits = k.index().search(p.text(), 3);
      if (!hits.isEmpty() && hits.get(0).coverage() >= IntentResolver.MIN_COVERAGE) {
        return new Intent.Search(hits.stream().filter(h -> h.coverage() >= IntentResolver.MIN_COVERAGE).toList());
      }
      return new Intent.Unknown();
    }
  }

  private static String replacePronoun(String text, String name) {
    String out = text.replaceAll("(?iu)\\b(người đó|người này|ông ấy|ông đó|bà ấy|đồng chí đó|đồng chí ấy|nguoi do|ong ay|he|she|him|her)\\b",
        name);
    return out;
  }

  private static boolean isTopic(Intent i) {
    return i instanceof Intent.Industries || i instanceof Intent.MeetingInfo || i instanceof Intent.PersonInfo
        || i instanceof Intent.TitleHolder || i instanceof Intent.Law || i instanceof Intent.Awards
        || i instanceof Intent.SourceInfo;
  }

  private static boolean isStatistics(Intent i) {
    return i instanceof Intent.ZoneCard || i instanceof Intent.ZoneMetric || i instanceof Intent.ZoneList
        || i instanceof Intent.ZoneCount || i instanceof Intent.Total || i instanceof Intent.AreaShare
        || i instanceof Intent.ZoneShare || i instanceof Intent.Rank || i instanceof Intent.Compare
        || i instanceof Intent.Difference || i instanceof Intent.Average || i instanceof Intent.AsOf;
  }

  /** A statistics question beyond doubt: a set or place together with a figure or an operation on figures. */
  private static boolean strongStatistics(Tagger.Tagged t, Parse parse) {
    boolean set = t.has(Tag.Kind.ZONE) || t.has(Tag.Kind.KIND) || t.has(Tag.Kind.ALL) || t.has(Tag.Kind.UNKNOWN_ZONE);
    boolean figure = t.has(Tag.Kind.MEASURE) || t.has(Tag.Kind.NOMEASURE) || t.has(Tag.Kind.COUNTZ)
        || t.has(Tag.Kind.SHARE) || t.has(Tag.Kind.RANK) || t.has(Tag.Kind.MAX) || t.has(Tag.Kind.MIN);
    if (parse instanceof Parse.Missing m && !m.explicit()) {
      return false;
    }
    return set && figure || parse instanceof Parse.Stat s && s.followUp() && figure;
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
    return QuestionReader.detect(t, vn.thuduc.coordbot.text.Fold.words(t));
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
