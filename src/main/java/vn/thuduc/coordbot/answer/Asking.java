package vn.thuduc.coordbot.answer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thuduc.coordbot.answer.CoordAnswerEngine.Snapshot;
import vn.thuduc.coordbot.answer.query.Conversations;
import vn.thuduc.coordbot.answer.query.Lexicon;
import vn.thuduc.coordbot.answer.query.Parse;
import vn.thuduc.coordbot.answer.query.QueryParser;
import vn.thuduc.coordbot.answer.query.Result;
import vn.thuduc.coordbot.answer.query.ResultWriter;
import vn.thuduc.coordbot.answer.query.StatQuery;
import vn.thuduc.coordbot.answer.query.Tag;
import vn.thuduc.coordbot.answer.query.Tagger;
import vn.thuduc.coordbot.records.RecordAnswers;
import vn.thuduc.coordbot.search.PassageIndex;

/**
 * One question being answered by {@link CoordAnswerEngine}: understanding, the conversation's frame,
 * and the answer, all on one knowledge snapshot.
 */
final class Asking {
  /** The engine's parts a question is answered with; they are shared by every question. */
  record Tools(Messages messages, QuestionReader reader, IntentResolver resolver, Composer composer,
      QueryParser parser, Conversations conversations, Clock clock, RecordAnswers records) {}

  private final Snapshot snap;
  private final Knowledge k;
  private final Question question;
  private final Optional<Conversations.Frame> frame;
  private final Messages messages;
  private final QuestionReader reader;
  private final IntentResolver resolver;
  private final Composer composer;
  private final QueryParser parser;
  private final Conversations conversations;
  private final Clock clock;
  private final RecordAnswers records;

  Asking(Snapshot snap, Question question, Tools tools) {
    this.snap = snap;
    this.k = snap.knowledge();
    this.question = question;
    this.messages = tools.messages();
    this.reader = tools.reader();
    this.resolver = tools.resolver();
    this.composer = tools.composer();
    this.parser = tools.parser();
    this.conversations = tools.conversations();
    this.clock = tools.clock();
    this.records = tools.records();
    this.frame = question.conversation().flatMap(conversations::get);
  }

  Answer answer() {
    String text = question.text();
    Tagger.Tagged t = snap.tagger().tag(text);
    // a follow-up whose words do not tell the language ("Binh Chieu too?") keeps the conversation's
    Lang lang = ReplyLanguage.of(question.lang(), null, text, x -> TextLanguage.sure(t.text())
        .orElseGet(() -> frame.map(Conversations.Frame::lang).orElse(Lang.VI)));
    if (t.has(Tag.Kind.NEW) && t.tags().stream().allMatch(x -> x.is(Tag.Kind.NEW) || x.is(Tag.Kind.FILLER))) {
      question.conversation().ifPresent(conversations::forget);
      return Answer.of(messages.get(lang, "conversation.new"), true, "new", List.of(), lang).withQuery("new()");
    }
    Optional<Answer> fromRecords = fromRecords(text, lang);
    if (fromRecords.isPresent()) {
      return fromRecords.get();
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
    List<String> shown = frame.map(Conversations.Frame::shown).orElse(List.of());
    Parse parse = parser.parse(t, previous, recent, shown, dataYear, java.time.LocalDate.now(clock).getYear());
    boolean strong = strongStatistics(t, parse);
    if (strong && parse instanceof Parse.Stat st) {
      // a clear statistics question: the topic reader could not change the answer, so it is not run
      return statistics(st, lang, t);
    }
    Parsed p = reader.read(text, Optional.of(lang), k);
    Intent old = resolver.resolve(p, k);
    boolean topic = isTopic(old);
    if (topic && !strong) {
      return topicAnswer(old, p, lang);
    }
    if (parse instanceof Parse.Stat st && !(st.topical() && old instanceof Intent.Search)) {
      return statistics(st, lang, t);
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

  /** A question about the meeting records (a period, a list, who attended, what one says): the records answer it. */
  private Optional<Answer> fromRecords(String text, Lang lang) {
    return records.answer(text, lang == Lang.EN).map(r -> Answer.of(r.text(), r.answered(), r.intent(), r.sources(),
        lang).withQuery(r.query()));
  }

  private Answer statistics(Parse.Stat st, Lang lang, Tagger.Tagged t) {
    Result r = snap.evaluator().evaluate(st.query());
    ResultWriter writer = new ResultWriter(messages, k.dataset(), lang);
    Answer a = writer.understood(writer.write(r, st.query()), t.corrections(), st.dropped());
    question.conversation().ifPresent(id -> conversations.put(id, Optional.of(st.query()), Optional.empty(),
        Optional.empty(), lang, Conversations.shown(r)));
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
    if (parse instanceof Parse.Missing m && !m.explicit() || parse instanceof Parse.Stat st && st.topical()) {
      return false;
    }
    return set && figure || parse instanceof Parse.Stat s && s.followUp() && figure;
  }
}
