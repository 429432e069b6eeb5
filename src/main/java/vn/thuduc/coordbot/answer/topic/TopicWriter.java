package vn.thuduc.coordbot.answer.topic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thuduc.coordbot.answer.Answer;
import vn.thuduc.coordbot.lang.Formats;
import vn.thuduc.coordbot.lang.Lang;
import vn.thuduc.coordbot.lang.Messages;
import vn.thuduc.coordbot.answer.SourceLabel;
import vn.thuduc.coordbot.answer.topic.TopicQuery.Aspect;
import vn.thuduc.coordbot.answer.topic.TopicQuery.AwardAspect;
import vn.thuduc.coordbot.data.Agreement;
import vn.thuduc.coordbot.data.Award;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Meeting;
import vn.thuduc.coordbot.data.Person;
import vn.thuduc.coordbot.data.Point;
import vn.thuduc.coordbot.data.Source;
import vn.thuduc.coordbot.search.PassageIndex;

/**
 * Writes the answer to one {@link TopicQuery} in one language, from the dataset only: the fact asked
 * for first, then what frames it, then the source. What the source does not say is said to be
 * unknown, never filled in.
 */
public final class TopicWriter {
  /** The speech points that are about labour law (the heading and the note of a law answer). */
  private static final Set<String> LAW_TOPICS = Set.of("law_dissemination", "legal_advice", "disputes", "strikes");

  private final Messages msg;
  private final Dataset ds;
  private final Lang lang;
  private final Set<String> sourceIds = new LinkedHashSet<>();

  public TopicWriter(Messages msg, Dataset ds, Lang lang) {
    this.msg = msg;
    this.ds = ds;
    this.lang = lang;
  }

  /** The answer to {@code q}; {@code desk} says where a worker with a problem can turn. */
  public Answer write(TopicQuery q, HelpDesk desk) {
    if (q instanceof TopicQuery.Claim c) {
      // the yes or the no first, then the fact that decides it
      Answer fact = write(c.asked(), desk);
      return prefixed(fact, msg.get(lang, c.holds() ? "answer.yes" : "answer.no")).withQuery(q.render());
    }
    if (q instanceof TopicQuery.Premise p) {
      Answer fact = write(p.asked(), desk);
      return prefixed(fact, msg.get(lang, "topic.premise." + p.kind(), p.asTyped()))
          .withQuery(q.render());
    }
    Answer a;
    if (q instanceof TopicQuery.UnknownPerson u) {
      a = unknownPerson(u);
    } else if (q instanceof TopicQuery.WhichPerson w) {
      a = whichPerson(w.ids());
    } else if (q instanceof TopicQuery.PeriodLength l) {
      a = periodLength(l);
    } else if (q instanceof TopicQuery.Abbreviations ab) {
      a = abbreviations(ab.spelled());
    } else if (q instanceof TopicQuery.NotStated n) {
      a = Answer.of(msg.get(lang, "topic.notstated." + n.what(), n.asTyped().isEmpty() ? "—" : n.asTyped()), false,
          "not_stated", List.of(), lang);
    } else if (q instanceof TopicQuery.Caption) {
      a = caption();
    } else if (q instanceof TopicQuery.Meeting m) {
      a = meeting(m.aspect());
    } else if (q instanceof TopicQuery.NoSuchMeeting n) {
      a = noSuchMeeting(n);
    } else if (q instanceof TopicQuery.MeetingNumber n) {
      a = meetingNumber(n);
    } else if (q instanceof TopicQuery.Person p) {
      a = people(p.ids(), p.askedIfSpoke());
    } else if (q instanceof TopicQuery.TitleHolder t) {
      a = holders(t.ids());
    } else if (q instanceof TopicQuery.NoSuchPerson n) {
      a = noSuchPerson(n);
    } else if (q instanceof TopicQuery.Points p) {
      a = points(p.pointIds());
    } else if (q instanceof TopicQuery.Awards aw) {
      a = awards(aw.aspect());
    } else if (q instanceof TopicQuery.Source s) {
      a = source(s.author());
    } else if (q instanceof TopicQuery.Industries i) {
      a = i.counted() ? industries().unanswered() : industries();
      if (i.counted()) {
        a = prefixed(a, msg.get(lang, "industries.count.none"));
      } else if (!i.zone().isEmpty()) {
        a = prefixed(a, msg.get(lang, "topic.premise.industry_zone", i.zone()));
      }
    } else if (q instanceof TopicQuery.Summary) {
      a = summary();
    } else if (q instanceof TopicQuery.Chat c) {
      a = chat(c.kind());
    } else {
      a = ownProblem(((TopicQuery.OwnProblem) q).kind(), desk);
    }
    return a.withQuery(q.render());
  }

  /** The passages of the source text that answer an open question, cited. */
  public Answer passages(List<PassageIndex.Hit> hits) {
    List<String> lines = new ArrayList<>();
    lines.add(msg.get(lang, "search.intro"));
    for (PassageIndex.Hit h : hits) {
      lines.add("• " + lang.pick(h.textVi(), h.textEn()));
    }
    ds.sources().stream().findFirst().ifPresent(s -> sourceIds.add(s.id()));
    return finish(String.join("\n", lines), "search");
  }

  private Answer meeting(Aspect aspect) {
    Optional<Meeting> om = ds.latestMeeting();
    if (om.isEmpty()) {
      return unknown("meeting");
    }
    Meeting m = om.get();
    sourceIds.add(m.source());
    String date = Formats.date(m.date(), lang);
    String title = lang.pick(m.titleVi(), m.titleEn());
    String organiser = lang.pick(m.organiserVi(), m.organiserEn());
    List<String> lines = new ArrayList<>();
    switch (aspect) {
      case WHEN -> lines.add(whenHeld(m, date, organiser));
      case ORGANISER -> lines.add(msg.get(lang, "meeting.organiser", capital(organiser), title, date));
      case CHAIR -> {
        // the source names who organised it and who spoke, not who chaired: both are said, the chair is not guessed
        lines.add(msg.get(lang, "topic.chair.unknown"));
        lines.add(msg.get(lang, "meeting.organiser", capital(organiser), title, date));
        speaker(m).ifPresent(p -> lines.add(msg.get(lang, "topic.chair.speaker", p.name(), String.join("; ", titles(p)))));
      }
      case ATTENDEES -> {
        lines.add(msg.get(lang, "meeting.attendees", title, date));
        for (Person p : attendees(m)) {
          lines.add(msg.get(lang, "meeting.attendee", p.name(), String.join("; ", titles(p))));
          sourceIds.add(p.source());
        }
        lines.add(msg.get(lang, "meeting.attendees.more"));
      }
      case REVIEWED -> {
        lines.add(msg.get(lang, "meeting.reviewed", date, Formats.years(m.reviewedFrom(), m.reviewedTo())));
        agreements(m, false).forEach(a -> lines.add(agreementLine(a)));
      }
      case SIGNED -> signed(m, date, lines);
      case SIGNERS -> {
        lines.add(msg.get(lang, "meeting.signers.unknown"));
        signed(m, date, lines);
      }
      case SPEECH -> {
        List<Point> speech = ds.points().stream().filter(p -> p.meeting().equals(m.id()))
            .filter(p -> "speech".equals(p.kind())).toList();
        lines.add(msg.get(lang, "meeting.speech", date, speaker(m).map(Person::name).orElse("")));
        speech.forEach(p -> lines.add(msg.get(lang, "meeting.point", lang.pick(p.textVi(), p.textEn()))));
      }
      case NEXT -> {
        lines.add(msg.get(lang, "meeting.next.unknown"));
        lines.add(msg.get(lang, "meeting.next.latest", title, date, organiser));
      }
      case DURATION -> {
        // the source gives the morning it was held on, not how long it lasted
        lines.add(msg.get(lang, "meeting.duration.unknown"));
        lines.add(whenHeld(m, date, organiser));
      }
      case WHERE -> {
        lines.add(msg.get(lang, "meeting.where.unknown"));
        lines.add(msg.get(lang, "meeting.overview", title, date, organiser));
      }
      case REGULATIONS -> {
        signed(m, date, lines);
        lines.add(msg.get(lang, "meeting.reviewed", date, Formats.years(m.reviewedFrom(), m.reviewedTo())));
        agreements(m, false).forEach(a -> lines.add(agreementLine(a)));
      }
      case PURPOSE -> lines.add(msg.get(lang, "meeting.purpose", lang.pick(m.purposeVi(), m.purposeEn())));
      case EDITION -> {
        // the source says it is held every year, not which time it was
        lines.add(msg.get(lang, "meeting.edition.unknown"));
        lines.add(msg.get(lang, "meeting.purpose", lang.pick(m.purposeVi(), m.purposeEn())));
      }
      case OVERVIEW -> {
        lines.add(msg.get(lang, "meeting.overview", title, date, organiser));
        lines.add(msg.get(lang, "meeting.overview.reviewed", Formats.years(m.reviewedFrom(), m.reviewedTo()),
            signedPeriods(m)));
        lines.add(msg.get(lang, "meeting.purpose", lang.pick(m.purposeVi(), m.purposeEn())));
      }
      default -> throw new IllegalStateException("unhandled aspect " + aspect);
    }
    Answer a = finish(String.join("\n", lines), "meeting");
    // the next meeting is not in the data: said with the latest one beside it, and not counted as answered
    return aspect == Aspect.NEXT || aspect == Aspect.EDITION ? a.unanswered() : a;
  }

  /** When the meeting was held: the part of the day, the date, who held it, and how the source dates it. */
  private String whenHeld(Meeting m, String date, String organiser) {
    String part = m.partOfDay() == null ? "" : msg.get(lang, "meeting.part." + m.partOfDay());
    String note = lang.pick(m.dateNoteVi(), m.dateNoteEn());
    return msg.get(lang, "meeting.when", part, date, organiser, note == null ? "" : note).trim();
  }

  /** {@code first} put before the first line of {@code a}. */
  private static Answer prefixed(Answer a, String first) {
    return new Answer(first + " " + a.text(), a.answered(), a.intent(), a.sources(), a.lang(), a.chart(),
        a.zoneIds(), a.query(), a.choices());
  }

  /** Someone the source does not name: not among the people it names (its list ends in "…"), who are listed. */
  private Answer unknownPerson(TopicQuery.UnknownPerson u) {
    Optional<Meeting> om = ds.latestMeeting();
    List<String> lines = new ArrayList<>();
    String date = om.map(m -> Formats.date(m.date(), lang)).orElse("—");
    Optional<Person> speaker = om.flatMap(this::speaker);
    if (u.spoke() && speaker.isPresent()) {
      lines.add(msg.get(lang, "person.not.speaker", u.name(), speaker.get().name()));
    } else {
      lines.add(msg.get(lang, "topic.person.unnamed", u.name(), date, ds.people().size()));
      for (Person p : ds.people()) {
        lines.add(msg.get(lang, "meeting.attendee", p.name(), String.join("; ", titles(p))));
        sourceIds.add(p.source());
      }
      lines.add(msg.get(lang, "meeting.attendees.more"));
    }
    return finish(String.join("\n", lines), "person_not_found").unanswered();
  }

  /** "ông ấy" after several people were named: which one. */
  private Answer whichPerson(List<String> ids) {
    List<String> names = ids.stream().map(ds::person).flatMap(Optional::stream).map(Person::name).toList();
    return Answer.of(msg.get(lang, "topic.person.which", joinAnd(names)), false, "clarify", List.of(), lang);
  }

  /** How many years a period of the data spans, counting both ends, and what the data says of it. */
  private Answer periodLength(TopicQuery.PeriodLength l) {
    List<String> lines = new ArrayList<>();
    String years = Formats.years(l.from(), l.to());
    lines.add(msg.get(lang, "topic.period.length", years, l.to() - l.from() + 1, String.valueOf(l.from()),
        String.valueOf(l.to())));
    for (Meeting m : ds.meetings()) {
      if (m.reviewedFrom() == l.from() && m.reviewedTo() == l.to()) {
        sourceIds.add(m.source());
        lines.add(msg.get(lang, "topic.period.reviewed", Formats.date(m.date(), lang)));
      }
    }
    ds.latestMeeting().ifPresent(m -> ds.agreements().stream().filter(a -> a.signed() && a.fromYear() == l.from()
        && a.toYear() == l.to()).findFirst().ifPresent(a -> {
          sourceIds.add(a.source());
          lines.add(msg.get(lang, "topic.period.signed", Formats.date(m.date(), lang)));
        }));
    return finish(String.join("\n", lines), "period");
  }

  /** What abbreviations stand for, as the data spells them out, with where it does. */
  private Answer abbreviations(List<DataAbbreviations.Expansion> spelled) {
    List<String> lines = new ArrayList<>();
    for (DataAbbreviations.Expansion e : spelled) {
      lines.add(msg.get(lang, "topic.abbreviation", e.abbreviation(), e.longForm(), e.quoted()));
      e.same().ifPresent(o -> lines.add(msg.get(lang, "topic.abbreviation.same", e.abbreviation(), o.abbreviation(),
          o.longForm())));
    }
    ds.sources().stream().findFirst().ifPresent(s -> sourceIds.add(s.id()));
    return finish(String.join("\n", lines), "abbreviation");
  }

  /** The source in short: the meeting and what it reviewed and signed, the zones' figures, the speech, the awards. */
  private Answer summary() {
    Optional<Meeting> om = ds.latestMeeting();
    if (om.isEmpty()) {
      return source(false);
    }
    Meeting m = om.get();
    sourceIds.add(m.source());
    List<String> lines = new ArrayList<>();
    lines.add(msg.get(lang, "meeting.overview", lang.pick(m.titleVi(), m.titleEn()), Formats.date(m.date(), lang),
        lang.pick(m.organiserVi(), m.organiserEn())));
    lines.add(msg.get(lang, "meeting.overview.reviewed", Formats.years(m.reviewedFrom(), m.reviewedTo()),
        signedPeriods(m)));
    ds.latestAreaStat().ifPresent(a -> {
      sourceIds.add(a.source());
      lines.add(msg.get(lang, "summary.figures", lang.pick(a.areaVi(), a.areaEn()), a.zones().size(),
          Formats.number(a.enterprises(), lang), Formats.number(a.workers(), lang),
          Formats.percent(a.enterpriseSharePct(), 2, lang), Formats.percent(a.workerSharePct(), 2, lang)));
    });
    List<Point> speech = ds.points().stream().filter(p -> p.meeting().equals(m.id()) && "speech".equals(p.kind()))
        .toList();
    speaker(m).ifPresent(p -> lines.add(msg.get(lang, "summary.speech", p.name(), speech.size())));
    if (!ds.awards().isEmpty()) {
      Award first = ds.awards().get(0);
      List<String> counts = ds.awards().stream().map(this::recipients).toList();
      ds.awards().forEach(aw -> sourceIds.add(aw.source()));
      lines.add(msg.get(lang, "awards", lang.pick(first.givenByVi(), first.givenByEn()), lang.pick(first.awardVi(),
          first.awardEn()), joinAnd(counts), msg.get(lang, "awards.parties"), Formats.years(first.fromYear(),
          first.toYear())));
    }
    return finish(String.join("\n", lines), "summary");
  }

  /** The caption of the source's photo: what it shows, and who looked on at the signing. */
  private Answer caption() {
    Optional<Source> s = ds.sources().stream().filter(x -> x.photoCaptionVi() != null).findFirst();
    if (s.isEmpty()) {
      return Answer.of(msg.get(lang, "topic.photo.none"), false, "photo", List.of(), lang);
    }
    sourceIds.add(s.get().id());
    return finish(msg.get(lang, "topic.photo", s.get().photoCaptionVi()), "photo");
  }

  /** The period signed and between whom: the fact asked by "mới ký cho giai đoạn nào", never the one reviewed. */
  private void signed(Meeting m, String date, List<String> lines) {
    lines.add(msg.get(lang, "meeting.signed", date, signedPeriods(m)));
    agreements(m, true).forEach(a -> lines.add(agreementLine(a)));
  }

  private String signedPeriods(Meeting m) {
    return agreements(m, true).stream().map(a -> Formats.years(a.fromYear(), a.toYear())).distinct()
        .collect(Collectors.joining(", "));
  }

  /** Nobody of the data holds the role asked: said so, with where the people it does name are found. */
  private Answer noSuchPerson(TopicQuery.NoSuchPerson n) {
    if (!n.deputies().isEmpty()) {
      List<String> lines = new ArrayList<>();
      lines.add(msg.get(lang, n.ofBoard() ? "topic.person.ofboard" : "topic.person.deputies", n.asTyped()));
      for (String id : n.deputies()) {
        ds.person(id).ifPresent(p -> lines.add("• " + msg.get(lang, "person.title", p.name(),
            String.join("; ", titles(p)))));
      }
      return Answer.of(String.join("\n", lines), false, "person_not_found", List.of(), lang);
    }
    String date = ds.latestMeeting().map(m -> Formats.date(m.date(), lang)).orElse("—");
    return Answer.of(msg.get(lang, "topic.person.none", n.asTyped(), ds.people().size(), date), false,
        "person_not_found", List.of(), lang);
  }

  private Answer noSuchMeeting(TopicQuery.NoSuchMeeting n) {
    String asked;
    if (n.day() > 0) {
      asked = msg.get(lang, "topic.date.day", n.day(), n.month()) + (n.year() > 0 ? "/" + n.year() : "");
    } else if (n.month() > 0) {
      asked = n.year() > 0 ? msg.get(lang, "topic.date.month.year", n.month(), n.year())
          : msg.get(lang, "topic.date.month", n.month());
    } else {
      asked = msg.get(lang, "topic.date.year", n.year());
    }
    List<String> lines = new ArrayList<>();
    lines.add(msg.get(lang, "topic.meeting.none", asked, ds.meetings().size()));
    for (Meeting m : ds.meetings()) {
      lines.add(msg.get(lang, "meeting.point", msg.get(lang, "meeting.overview", lang.pick(m.titleVi(), m.titleEn()),
          Formats.date(m.date(), lang), lang.pick(m.organiserVi(), m.organiserEn()))));
    }
    return Answer.of(String.join("\n", lines), false, "meeting_not_found", List.of(), lang);
  }

  /**
   * The meeting asked for by its number: the source numbers none, so the data's meetings of the year are counted by
   * date; one the data lacks is said so, with those it has, never the one it has presented as that number.
   */
  private Answer meetingNumber(TopicQuery.MeetingNumber n) {
    List<Meeting> had = new ArrayList<>();
    for (Meeting m : ds.meetings()) {
      if (n.year() == 0 || m.date().getYear() == n.year()) {
        int at = 0;
        while (at < had.size() && !had.get(at).date().isAfter(m.date())) {
          at++;
        }
        had.add(at, m);
      }
    }
    String year = n.year() > 0 ? msg.get(lang, "topic.date.year", n.year()) : "";
    boolean found = n.number() <= had.size();
    String noun = msg.get(lang, had.size() == 1 ? "meeting.noun.one" : "meeting.noun.many");
    List<String> lines = new ArrayList<>();
    if (!found) {
      lines.add(msg.get(lang, n.year() > 0 ? "meeting.number.none.year" : "meeting.number.none", had.size(),
          n.number(), year, noun));
    } else {
      lines.add(msg.get(lang, n.year() > 0 ? "meeting.number.year" : "meeting.number", had.size(), n.number(), year,
          noun));
      had = List.of(had.get(n.number() - 1));
    }
    for (Meeting m : had) {
      sourceIds.add(m.source());
      lines.add(msg.get(lang, "meeting.point", msg.get(lang, "meeting.overview", lang.pick(m.titleVi(), m.titleEn()),
          Formats.date(m.date(), lang), lang.pick(m.organiserVi(), m.organiserEn()))));
    }
    Answer a = finish(String.join("\n", lines), "meeting");
    return found && n.year() > 0 ? a : a.unanswered();
  }

  private String agreementLine(Agreement a) {
    sourceIds.add(a.source());
    return msg.get(lang, "meeting.agreement", lang.pick(a.partyAVi(), a.partyAEn()), lang.pick(a.partyBVi(),
        a.partyBEn()), Formats.years(a.fromYear(), a.toYear()));
  }

  private List<Agreement> agreements(Meeting m, boolean signed) {
    return ds.agreements().stream().filter(a -> a.meeting().equals(m.id()) && a.signed() == signed).toList();
  }

  private List<Person> attendees(Meeting m) {
    return ds.people().stream().filter(p -> m.id().equals(p.meeting())).toList();
  }

  private Optional<Person> speaker(Meeting m) {
    return ds.points().stream().filter(p -> p.meeting().equals(m.id()) && p.speaker() != null).map(Point::speaker)
        .findFirst().flatMap(ds::person);
  }

  private Answer people(List<String> ids, boolean askedIfSpoke) {
    List<String> lines = new ArrayList<>();
    if (askedIfSpoke) {
      // "Cao Văn Minh có phát biểu không?" of someone the source does not quote: no, and who spoke
      String names = ids.stream().map(ds::person).flatMap(Optional::stream).map(Person::name)
          .collect(Collectors.joining(", "));
      ds.latestMeeting().flatMap(this::speaker).ifPresentOrElse(
          s -> lines.add(msg.get(lang, "person.not.speaker", names, s.name())),
          () -> lines.add(msg.get(lang, "person.not.quoted", names)));
    }
    for (String id : ids) {
      ds.person(id).ifPresent(p -> {
        sourceIds.add(p.source());
        lines.add(msg.get(lang, "person.title", p.name(), String.join("; ", titles(p))));
        ds.meetings().stream().filter(m -> m.id().equals(p.meeting())).findFirst().ifPresent(m ->
            lines.add(msg.get(lang, "person.meeting", p.name(), Formats.date(m.date(), lang),
                p.roles().contains("speaker") ? msg.get(lang, "person.speaker") : "")));
      });
    }
    return lines.isEmpty() ? unknown("person") : finish(String.join("\n", lines), "person");
  }

  private Answer holders(List<String> ids) {
    List<String> lines = new ArrayList<>();
    for (String id : ids) {
      ds.person(id).ifPresent(p -> {
        sourceIds.add(p.source());
        lines.add(msg.get(lang, "person.holder", String.join("; ", titles(p)), p.name()));
      });
    }
    return lines.isEmpty() ? unknown("person") : finish(String.join("\n", lines), "person");
  }

  /** The points asked about; none named: every point on labour law, with the aims of the coordination. */
  private Answer points(List<String> pointIds) {
    List<Point> chosen = ds.points().stream().filter(p -> pointIds.contains(p.id())).toList();
    boolean all = chosen.isEmpty();
    if (all) {
      chosen = ds.points().stream().filter(p -> !"thanks".equals(p.topic())).toList();
    }
    if (chosen.isEmpty()) {
      return unknown("law");
    }
    List<String> lines = new ArrayList<>();
    List<Point> speech = chosen.stream().filter(p -> "speech".equals(p.kind())).toList();
    List<Point> purpose = chosen.stream().filter(p -> !"speech".equals(p.kind())).toList();
    if (!speech.isEmpty()) {
      Point first = speech.get(0);
      String date = ds.meetings().stream().filter(m -> m.id().equals(first.meeting())).findFirst()
          .map(m -> Formats.date(m.date(), lang)).orElse("");
      String speaker = ds.person(first.speaker()).map(Person::name).orElse("");
      boolean law = all || speech.stream().allMatch(p -> LAW_TOPICS.contains(p.topic()));
      // the thanks are what he said, not something he asked for
      boolean thanks = speech.stream().allMatch(p -> "thanks".equals(p.topic()));
      lines.add(msg.get(lang, law ? "law.intro" : thanks ? "topic.points.intro.said" : "topic.points.intro", date,
          speaker));
      speech.forEach(p -> lines.add(msg.get(lang, "meeting.point", lang.pick(p.textVi(), p.textEn()))));
    }
    if (!purpose.isEmpty()) {
      lines.add(msg.get(lang, "law.intro.purpose"));
      purpose.forEach(p -> lines.add(msg.get(lang, "meeting.point", lang.pick(p.textVi(), p.textEn()))));
    }
    chosen.forEach(p -> sourceIds.add(p.source()));
    if (chosen.stream().anyMatch(p -> "legal_advice".equals(p.topic()) || "law_dissemination".equals(p.topic()))) {
      lines.add(msg.get(lang, "law.note"));
    }
    return finish(String.join("\n", lines), "law");
  }

  private Answer awards(AwardAspect aspect) {
    if (ds.awards().isEmpty()) {
      return unknown("awards");
    }
    Award first = ds.awards().get(0);
    List<String> counts = new ArrayList<>();
    for (Award aw : ds.awards()) {
      counts.add(recipients(aw));
      sourceIds.add(aw.source());
    }
    String giver = lang.pick(first.givenByVi(), first.givenByEn());
    String award = lang.pick(first.awardVi(), first.awardEn());
    List<String> lines = new ArrayList<>();
    switch (aspect) {
      case GIVER -> lines.add(msg.get(lang, "topic.awards.giver", capital(award), giver, joinAnd(counts)));
      case REASON -> lines.add(msg.get(lang, "topic.awards.reason", joinAnd(counts), award,
          lang.pick(first.reasonVi(), first.reasonEn()), Formats.years(first.fromYear(), first.toYear())));
      case COUNT -> lines.add(counts.size() > 1
          // "bao nhiêu tập thể và cá nhân": the parts and their sum, which the source leaves to the reader
          ? msg.get(lang, "topic.awards.count.total", joinAnd(counts), award, giver,
              Formats.number(ds.awards().stream().mapToInt(Award::count).sum(), lang))
          : msg.get(lang, "topic.awards.count", joinAnd(counts), award, giver));
      default -> lines.add(msg.get(lang, "awards", giver, award, joinAnd(counts), msg.get(lang, "awards.parties"),
          Formats.years(first.fromYear(), first.toYear())));
    }
    boolean named = false;
    for (Award aw : ds.awards()) {
      if (!aw.recipients().isEmpty()) {
        named = true;
        lines.add(msg.get(lang, "awards.names.list", recipients(aw), String.join(", ", aw.recipients())));
      }
    }
    boolean incomplete = ds.awards().stream().anyMatch(x -> x.recipients().size() < x.count());
    if (incomplete && (aspect == AwardAspect.RECIPIENTS || aspect == AwardAspect.ALL || !named)) {
      lines.add(msg.get(lang, "awards.names.unknown"));
    }
    return finish(String.join("\n", lines), "awards");
  }

  private String recipients(Award aw) {
    return msg.get(lang, aw.collective() ? "awards.recipients.collective" : "awards.recipients.individual",
        Formats.number(aw.count(), lang));
  }

  private Answer source(boolean author) {
    if (ds.sources().isEmpty()) {
      return unknown("source");
    }
    Source s = ds.sources().get(0);
    sourceIds.add(s.id());
    String title = s.titleEn() == null ? s.titleVi() : lang.pick(s.titleVi(), s.titleEn());
    String text = author ? msg.get(lang, "source.info.author", s.author(), s.site(), title)
        : s.pageDate() == null ? msg.get(lang, "source.info", title, s.site(), s.author())
        : msg.get(lang, "source.info.dated", title, s.site(), s.author(), Formats.date(s.pageDate(), lang));
    return new Answer(text, true, "source", labels(), lang, Optional.empty(), List.of());
  }

  private Answer industries() {
    if (ds.industries().isEmpty()) {
      return unknown("industries");
    }
    ds.industries().forEach(i -> sourceIds.add(i.source()));
    String list = ds.industries().stream().map(i -> lang.pick(i.nameVi(), i.nameEn())).collect(Collectors.joining(", "));
    return finish(msg.get(lang, "industries", list), "industries");
  }

  private Answer chat(String kind) {
    String intent = kind.equals("help") ? "help" : kind.equals("thanks") ? "thanks" : "chat";
    return Answer.of(msg.get(lang, kind.equals("help") ? "help" : kind.equals("thanks") ? "thanks" : "topic.chat." + kind),
        true, intent, List.of(), lang);
  }

  /**
   * One line of empathy, the next step (an adviser through the bot, the contacts the data has, or that
   * neither is there), and the free legal advice the source promises: no list of directives.
   */
  private Answer ownProblem(String kind, HelpDesk desk) {
    List<String> lines = new ArrayList<>();
    lines.add(msg.get(lang, "topic.problem." + kind));
    lines.add(msg.get(lang, desk.advisers() ? "topic.problem.adviser" : "topic.problem.no.adviser"));
    if (!desk.contacts().isEmpty()) {
      lines.add(msg.get(lang, "topic.problem.contacts"));
      desk.contacts().forEach(c -> lines.add("• " + c));
    } else if (!desk.advisers()) {
      lines.add(msg.get(lang, "topic.problem.no.contacts"));
    }
    ds.points().stream().filter(p -> "legal_advice".equals(p.topic())).findFirst().ifPresent(p -> {
      sourceIds.add(p.source());
      String date = ds.meetings().stream().filter(m -> m.id().equals(p.meeting())).findFirst()
          .map(m -> Formats.date(m.date(), lang)).orElse("");
      lines.add(msg.get(lang, "topic.problem.promise", date, ds.person(p.speaker()).map(Person::name).orElse(""),
          lang.pick(p.textVi(), p.textEn())));
    });
    return finish(String.join("\n", lines), "advice");
  }

  private Answer unknown(String intent) {
    return Answer.of(msg.get(lang, "unknown"), false, intent, List.of(), lang);
  }

  private Answer finish(String body, String intent) {
    List<String> labels = labels();
    String text = labels.isEmpty() ? body : body + "\n" + msg.get(lang, "source.footer", String.join("; ", labels));
    return new Answer(text, true, intent, labels, lang, Optional.empty(), List.of());
  }

  private List<String> labels() {
    List<String> out = new ArrayList<>();
    for (String id : sourceIds) {
      ds.source(id).ifPresent(s -> out.add(SourceLabel.of(msg, lang, s)));
    }
    return out;
  }

  private List<String> titles(Person p) {
    return lang.pick(p.titlesVi(), p.titlesEn());
  }

  private String joinAnd(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + msg.get(lang, "and") + " "
        + parts.get(parts.size() - 1);
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
