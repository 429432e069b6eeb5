package vn.thuduc.coordbot.answer;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thuduc.coordbot.data.AreaStat;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Source;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.data.ZoneStat;
import vn.thuduc.coordbot.search.PassageIndex;

/**
 * The answer engine over one swappable knowledge snapshot: reads the question, resolves the intent,
 * composes the answer. A failure inside is logged and answered with an apology, never thrown.
 */
public final class CoordAnswerEngine implements AnswerEngine {
  private static final Logger LOG = LoggerFactory.getLogger(CoordAnswerEngine.class);

  private final PassageIndex index;
  private final Messages messages = new Messages("i18n/messages");
  private final QuestionReader reader = new QuestionReader();
  private final IntentResolver resolver = new IntentResolver();
  private final Composer composer = new Composer(messages);
  private final AtomicReference<Snapshot> current = new AtomicReference<>();

  private record Snapshot(Knowledge knowledge, Instant importedAt) {}

  public CoordAnswerEngine(PassageIndex index) {
    this.index = Objects.requireNonNull(index, "index");
  }

  /** Switches to another dataset version; answers in flight finish on the one they started with. */
  public void use(Dataset dataset, long version, Instant importedAt) {
    current.set(new Snapshot(new Knowledge(dataset, version, index), importedAt));
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
    Knowledge k = knowledge();
    String text = question.text();
    try {
      Parsed p = reader.read(text, question.lang(), k);
      Intent intent = resolver.resolve(p, k);
      return composer.compose(intent, k, p.lang());
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
      String names = k.dataset().zones().stream().map(x -> lang == Lang.VI ? x.shortVi() : x.shortEn())
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
        .map(z -> new ZoneLabel(z.id(), lang == Lang.VI ? z.shortVi() : z.shortEn())).toList();
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
      sb.append('\n').append(messages.get(lang, "stats.row", lang == Lang.VI ? en.getKey().shortVi() : en.getKey().shortEn(),
          Formats.number(s.enterprises(), lang), Formats.percent(AnswerWriter.share(s.enterprises(), e), 2, lang),
          Formats.number(s.workers(), lang), Formats.percent(AnswerWriter.share(s.workers(), w), 2, lang)));
    }
    sb.append('\n').append(messages.get(lang, "stats.total", Formats.number(e, lang), Formats.number(w, lang)));
    Optional<AreaStat> area = ds.latestAreaStat();
    List<String> sources = new java.util.ArrayList<>();
    if (area.isPresent() && area.get().asOf().equals(asOf)) {
      Answer share = composer.compose(new Intent.AreaShare(java.util.EnumSet.allOf(Metric.class)), k, lang);
      String body = share.text();
      int cut = body.lastIndexOf('\n');
      sb.append('\n').append(cut > 0 ? body.substring(0, cut) : body);
    }
    Answer card = composer.compose(new Intent.Total(ZoneGroup.ALL, java.util.EnumSet.allOf(Metric.class), List.of()), k, lang);
    sources.addAll(card.sources());
    String footer = card.text().substring(card.text().lastIndexOf('\n') + 1);
    sb.append('\n').append(footer);
    ChartData chart = new ChartData(messages.get(lang, "chart.stats.title", Formats.date(asOf, lang)),
        messages.get(lang, "chart.axis.workers"),
        stats.keySet().stream().map(z -> lang == Lang.VI ? z.shortVi() : z.shortEn()).toList(),
        List.of(new ChartData.Series(messages.get(lang, "metric.workers"),
            stats.values().stream().map(ZoneStat::workers).toList()),
            new ChartData.Series(messages.get(lang, "metric.enterprises"),
            stats.values().stream().map(ZoneStat::enterprises).toList())));
    return new Answer(sb.toString(), true, "stats", sources, lang, Optional.of(chart),
        stats.keySet().stream().map(Zone::id).toList());
  }

  private Answer about(Lang lang) {
    Snapshot s = current.get();
    Dataset ds = s.knowledge().dataset();
    Source src = ds.sources().isEmpty() ? null : ds.sources().get(0);
    String imported = s.importedAt().toString().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z");
    String text = messages.get(lang, "about", s.knowledge().version(), imported,
        src == null ? "" : (lang == Lang.VI || src.titleEn() == null ? src.titleVi() : src.titleEn()),
        src == null ? "" : src.site(), src == null ? "" : src.author());
    return Answer.of(text, true, "about", src == null ? List.of() : List.of(src.site()), lang);
  }
}
