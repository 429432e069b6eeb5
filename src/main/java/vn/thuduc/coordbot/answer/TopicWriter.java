package vn.thuduc.coordbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.thuduc.coordbot.answer.Intent.MeetingAspect;
import vn.thuduc.coordbot.data.Agreement;
import vn.thuduc.coordbot.data.Award;
import vn.thuduc.coordbot.data.Meeting;
import vn.thuduc.coordbot.data.Person;
import vn.thuduc.coordbot.data.Point;
import vn.thuduc.coordbot.data.Source;
import vn.thuduc.coordbot.search.PassageIndex;

/** Answers about the meeting, people, labour law, awards, industries, the source, and not-found. */
final class TopicWriter extends AnswerWriter {
  TopicWriter(Messages msg, Knowledge k, Lang lang) {
    super(msg, k, lang);
  }

    Answer industries() {
      if (ds.industries().isEmpty()) {
        return Answer.of(msg.get(lang, "unknown"), false, "industries", List.of(), lang);
      }
      ds.industries().forEach(i -> sourceIds.add(i.source()));
      String list = ds.industries().stream().map(i -> lang.pick(i.nameVi(), i.nameEn()))
          .collect(Collectors.joining(", "));
      return finish(msg.get(lang, "industries", list), "industries", null);
    }

    Answer meeting(MeetingAspect aspect) {
      Optional<Meeting> om = ds.latestMeeting();
      if (om.isEmpty()) {
        return Answer.of(msg.get(lang, "unknown"), false, "meeting", List.of(), lang);
      }
      Meeting m = om.get();
      sourceIds.add(m.source());
      String date = Formats.date(m.date(), lang);
      String title = lang.pick(m.titleVi(), m.titleEn());
      String organiser = lang.pick(m.organiserVi(), m.organiserEn());
      List<String> lines = new ArrayList<>();
      switch (aspect) {
        case WHEN -> {
          String part = m.partOfDay() == null ? "" : msg.get(lang, "meeting.part." + m.partOfDay());
          String note = lang.pick(m.dateNoteVi(), m.dateNoteEn());
          lines.add(msg.get(lang, "meeting.when", part, date, organiser, note == null ? "" : note).trim());
        }
        case ORGANISER -> lines.add(msg.get(lang, "meeting.organiser", capital(organiser), title, date));
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
        case SIGNED -> {
          List<Agreement> signed = agreements(m, true);
          String period = signed.stream().map(a -> Formats.years(a.fromYear(), a.toYear())).distinct()
              .collect(Collectors.joining(", "));
          lines.add(msg.get(lang, "meeting.signed", date, period));
          signed.forEach(a -> lines.add(agreementLine(a)));
        }
        case SPEECH -> {
          List<Point> speech = ds.points().stream().filter(p -> p.meeting().equals(m.id()))
              .filter(p -> "speech".equals(p.kind())).toList();
          String speaker = speech.stream().map(Point::speaker).filter(s -> s != null).findFirst()
              .flatMap(ds::person).map(Person::name).orElse("");
          lines.add(msg.get(lang, "meeting.speech", date, speaker));
          speech.forEach(p -> lines.add(msg.get(lang, "meeting.point", lang.pick(p.textVi(), p.textEn()))));
        }
        case WHERE -> {
          lines.add(msg.get(lang, "meeting.where.unknown"));
          lines.add(msg.get(lang, "meeting.overview", title, date, organiser));
        }
        case REGULATIONS -> {
          lines.add(msg.get(lang, "meeting.reviewed", date, Formats.years(m.reviewedFrom(), m.reviewedTo())));
          agreements(m, false).forEach(a -> lines.add(agreementLine(a)));
          List<Agreement> signed = agreements(m, true);
          lines.add(msg.get(lang, "meeting.signed", date, signed.stream().map(a -> Formats.years(a.fromYear(),
              a.toYear())).distinct().collect(Collectors.joining(", "))));
          signed.forEach(a -> lines.add(agreementLine(a)));
          lines.add(msg.get(lang, "meeting.purpose", lang.pick(m.purposeVi(), m.purposeEn())));
        }
        case PURPOSE -> lines.add(msg.get(lang, "meeting.purpose", lang.pick(m.purposeVi(), m.purposeEn())));
        case OVERVIEW -> {
          lines.add(msg.get(lang, "meeting.overview", title, date, organiser));
          String signed = agreements(m, true).stream().map(a -> Formats.years(a.fromYear(), a.toYear())).distinct()
              .collect(Collectors.joining(", "));
          lines.add(msg.get(lang, "meeting.overview.reviewed", Formats.years(m.reviewedFrom(), m.reviewedTo()),
              signed));
          lines.add(msg.get(lang, "meeting.purpose", lang.pick(m.purposeVi(), m.purposeEn())));
        }
        default -> throw new IllegalStateException("unhandled aspect " + aspect);
      }
      return finish(String.join("\n", lines), "meeting", null);
    }

    private String agreementLine(Agreement a) {
      sourceIds.add(a.source());
      return msg.get(lang, "meeting.agreement", lang.pick(a.partyAVi(), a.partyAEn()), lang.pick(a.partyBVi(), a.partyBEn()),
          Formats.years(a.fromYear(), a.toYear()));
    }

    private List<Agreement> agreements(Meeting m, boolean signed) {
      return ds.agreements().stream().filter(a -> a.meeting().equals(m.id()) && a.signed() == signed).toList();
    }

    private List<Person> attendees(Meeting m) {
      return ds.people().stream().filter(p -> m.id().equals(p.meeting())).toList();
    }

    Answer people(List<Person> people) {
      List<String> lines = new ArrayList<>();
      for (Person p : people) {
        sourceIds.add(p.source());
        lines.add(msg.get(lang, "person.title", p.name(), String.join("; ", titles(p))));
        ds.meetings().stream().filter(m -> m.id().equals(p.meeting())).findFirst().ifPresent(m ->
            lines.add(msg.get(lang, "person.meeting", p.name(), Formats.date(m.date(), lang),
                p.roles().contains("speaker") ? msg.get(lang, "person.speaker") : "")));
      }
      return finish(String.join("\n", lines), "person", null);
    }

    Answer holders(List<Person> people) {
      List<String> lines = new ArrayList<>();
      for (Person p : people) {
        sourceIds.add(p.source());
        lines.add(msg.get(lang, "person.holder", String.join("; ", titles(p)), p.name()));
      }
      return finish(String.join("\n", lines), "person", null);
    }

    Answer law(List<String> pointIds) {
      List<Point> chosen = ds.points().stream().filter(p -> pointIds.contains(p.id())).toList();
      if (chosen.isEmpty()) {
        chosen = ds.points().stream().filter(p -> !"thanks".equals(p.topic())).toList();
      }
      if (chosen.isEmpty()) {
        return Answer.of(msg.get(lang, "unknown"), false, "law", List.of(), lang);
      }
      List<String> lines = new ArrayList<>();
      List<Point> speech = chosen.stream().filter(p -> "speech".equals(p.kind())).toList();
      List<Point> purpose = chosen.stream().filter(p -> !"speech".equals(p.kind())).toList();
      if (!speech.isEmpty()) {
        Point first = speech.get(0);
        String date = ds.meetings().stream().filter(m -> m.id().equals(first.meeting())).findFirst()
            .map(m -> Formats.date(m.date(), lang)).orElse("");
        String speaker = ds.person(first.speaker()).map(Person::name).orElse("");
        lines.add(msg.get(lang, "law.intro", date, speaker));
        speech.forEach(p -> lines.add(msg.get(lang, "meeting.point", lang.pick(p.textVi(), p.textEn()))));
      }
      if (!purpose.isEmpty()) {
        lines.add(msg.get(lang, "law.intro.purpose"));
        purpose.forEach(p -> lines.add(msg.get(lang, "meeting.point", lang.pick(p.textVi(), p.textEn()))));
      }
      chosen.forEach(p -> sourceIds.add(p.source()));
      lines.add(msg.get(lang, "law.note"));
      return finish(String.join("\n", lines), "law", null);
    }

    Answer awards(Intent.Awards a) {
      if (ds.awards().isEmpty()) {
        return Answer.of(msg.get(lang, "unknown"), false, "awards", List.of(), lang);
      }
      Award first = ds.awards().get(0);
      List<String> recipients = new ArrayList<>();
      for (Award aw : ds.awards()) {
        recipients.add(msg.get(lang, aw.collective() ? "awards.recipients.collective" : "awards.recipients.individual",
            num(aw.count())));
        sourceIds.add(aw.source());
      }
      List<String> lines = new ArrayList<>();
      lines.add(msg.get(lang, "awards", lang.pick(first.givenByVi(), first.givenByEn()),
          lang.pick(first.awardVi(), first.awardEn()), joinAnd(recipients), msg.get(lang, "awards.parties"),
          Formats.years(first.fromYear(), first.toYear())));
      boolean anyNames = false;
      for (Award aw : ds.awards()) {
        if (!aw.recipients().isEmpty()) {
          anyNames = true;
          lines.add(msg.get(lang, "awards.names.list", msg.get(lang, aw.collective()
              ? "awards.recipients.collective" : "awards.recipients.individual", num(aw.count())),
              String.join(", ", aw.recipients())));
        }
      }
      if (!anyNames || a.names()) {
        if (!anyNames || ds.awards().stream().anyMatch(x -> x.recipients().size() < x.count())) {
          lines.add(msg.get(lang, "awards.names.unknown"));
        }
      }
      return finish(String.join("\n", lines), "awards", null);
    }

    Answer source(boolean author) {
      if (ds.sources().isEmpty()) {
        return Answer.of(msg.get(lang, "unknown"), false, "source", List.of(), lang);
      }
      Source s = ds.sources().get(0);
      sourceIds.add(s.id());
      String title = s.titleEn() == null ? s.titleVi() : lang.pick(s.titleVi(), s.titleEn());
      String text = author ? msg.get(lang, "source.info.author", s.author(), s.site(), title)
          : msg.get(lang, "source.info", title, s.site(), s.author());
      return new Answer(text, true, "source", sourceLabels(), lang, Optional.empty(), List.of());
    }

    Answer search(List<PassageIndex.Hit> hits) {
      List<String> lines = new ArrayList<>();
      lines.add(msg.get(lang, "search.intro"));
      for (PassageIndex.Hit h : hits) {
        lines.add("• " + (lang.pick(h.textVi(), h.textEn())));
      }
      ds.sources().stream().findFirst().ifPresent(s -> sourceIds.add(s.id()));
      return finish(String.join("\n", lines), "search", null);
    }

    Answer notFound(String asTyped) {
      String names = ds.zones().stream().map(this::name).collect(Collectors.joining(", "));
      String shown = asTyped.length() > 80 ? asTyped.substring(0, 80) + "…" : asTyped;
      return Answer.of(msg.get(lang, "zone.notfound", shown, num(ds.zones().size()), names), false,
          "zone_not_found", List.of(), lang);
    }

}
