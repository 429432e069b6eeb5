package vn.thuduc.coordbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.thuduc.coordbot.answer.query.Conversations;
import vn.thuduc.coordbot.answer.query.Tag;
import vn.thuduc.coordbot.answer.query.Tagger;
import vn.thuduc.coordbot.answer.query.YesNo;
import vn.thuduc.coordbot.answer.topic.TopicParser;
import vn.thuduc.coordbot.answer.topic.TopicQuery;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Meeting;
import vn.thuduc.coordbot.data.Person;
import vn.thuduc.coordbot.data.Zone;
import vn.thuduc.coordbot.lang.Lang;

/**
 * Follow-ups on the meeting and its people that the words alone do not answer: "người thứ hai" or "the last one"
 * after the list of attendees is that attendee; "ai dự hội nghị từ khu đó" after a zone is that zone's people;
 * "when" after a question on the meeting is the meeting's date, not the date of the figures.
 */
final class FactFollowUps {
  /** Ordinals after "thứ" / on their own, folded: "người thứ hai", "the second one". */
  private static final Map<String, Integer> AFTER_THU = Map.of("nhat", 1, "mot", 1, "1", 1, "hai", 2, "2", 2, "ba", 3,
      "3", 3, "tu", 4, "bon", 4, "4", 4);
  private static final Map<String, Integer> ENGLISH = Map.of("first", 1, "1st", 1, "second", 2, "2nd", 2, "third", 3,
      "3rd", 3, "fourth", 4, "4th", 4);
  /** Words for a person, which an ordinal asked after a list of people goes with. */
  private static final Set<String> PERSON = Set.of("nguoi", "vi", "dong", "ong", "ba", "person", "one", "ai", "who",
      "name", "attendee", "he", "she");
  /** Seeds of a conversation about the meeting, after which "when" asks the meeting's date. */
  private static final Set<String> MEETING_SEEDS = Set.of(MeetingYears.SEED, Asking.ATTENDEES_SEED, Asking.SIGNED_SEED);
  /** The seed after an answer about people ("ai là …"). */
  private static final String PEOPLE_SEED = "ai là";
  /** A last position: "người cuối cùng", "the last one". */
  private static final int LAST = -1;

  private final Dataset ds;
  private final Tagger tagger;
  private final TopicParser topics;

  FactFollowUps(Dataset ds, Tagger tagger, TopicParser topics) {
    this.ds = ds;
    this.tagger = tagger;
    this.topics = topics;
  }

  /** The topic query {@code t} asks in the conversation {@code frame}, when it is one of these follow-ups. */
  Optional<TopicQuery> of(Tagger.Tagged t, String text, Conversations.Frame frame, Lang lang) {
    boolean zoneOrFigure = t.has(Tag.Kind.ZONE) || t.has(Tag.Kind.KIND) || t.has(Tag.Kind.MEASURE)
        || t.has(Tag.Kind.ALL) || t.has(Tag.Kind.ZONEWORD);
    Optional<String> seed = frame.topicSeed();
    // after the list, or after one of it ("người thứ hai giữ chức gì", then "người cuối cùng")
    boolean people = seed.isPresent() && (Asking.ATTENDEES_SEED.equals(seed.get()) || PEOPLE_SEED.equals(seed.get()));
    // "khu cuối bảng" is a row of a ranking, never the last attendee
    boolean aZone = t.words().contains("khu") || t.words().contains("zone");
    if (people && !zoneOrFigure && !aZone) {
      // a bare ordinal ("the third?") goes on along the list after it or after one of its people
      boolean along = Asking.ATTENDEES_SEED.equals(seed.get());
      for (Person p : attendees()) {
        along |= frame.person().isPresent() && p.name().equals(frame.person().get());
      }
      Optional<Person> at = attendee(t.words(), along);
      if (at.isPresent()) {
        return Optional.of(new TopicQuery.Person(List.of(at.get().id())));
      }
    }
    // "có ai khác dự không" after one of them too: the list is not complete ("…"), others are not named
    if (people && !t.has(Tag.Kind.ZONE)
        && !t.has(Tag.Kind.KIND) && !t.has(Tag.Kind.MEASURE) && !aZone && t.saysAny(COMPLETE)) {
      // "is that all of them?", "hết chưa", "chỉ vậy thôi à" after the attendees: the list again, which says the
      // source names only these and ends its list with "…" (never the 5 zones, never a yes)
      return Optional.of(new TopicQuery.Meeting(TopicQuery.Aspect.ATTENDEES));
    }
    List<String> zones = frame.recentZones().size() == 1 ? frame.recentZones() : frame.shown();
    if (t.has(Tag.Kind.PRONOUN) && !zoneOrFigure && zones.size() == 1) {
      Optional<TopicQuery> q = ofZone(t, text, zones.get(0), lang);
      if (q.isPresent()) {
        return q;
      }
    }
    // a board is named "Ban quản lý …" ("BQL", "HEPZA", which the lexicon spells out)
    String spaced = " " + String.join(" ", t.words()) + " ";
    boolean board = !t.has(Tag.Kind.ZONE) && !t.has(Tag.Kind.MEASURE) && spaced.contains(" ban quan ly ");
    if (seed.isPresent() && PEOPLE_SEED.equals(seed.get()) && t.has(Tag.Kind.FOLLOW) && board) {
      // "còn HEPZA?", "còn BQL KCX-KCN" after who represented a zone: who of that board was there
      Optional<TopicQuery> q = topics.parse(tagger.tag("ai đại diện " + text));
      if (q.isPresent() && q.get() instanceof TopicQuery.TitleHolder) {
        return q;
      }
    }
    if (seed.isPresent() && !zoneOrFigure && t.words().size() <= 6 && YesNo.asked(t) && topics.asksCost(t)) {
      // "co mat phi ko ad" after a question on legal advice or a worker's problem: whether that advice costs
      // anything, a yes or a no, with the point that promises it free
      Optional<TopicQuery> q = topics.parse(tagger.tag(seed.get() + " " + text));
      if (q.isPresent() && q.get() instanceof TopicQuery.Claim c && c.asked() instanceof TopicQuery.Points p
          && legalAdvice(p.pointIds())) {
        return q;
      }
    }
    // after any fact of the meeting (who promised free legal advice, the awards, its people) as well
    boolean ofMeeting = seed.isPresent() && (MEETING_SEEDS.contains(seed.get()) || frame.query().isEmpty());
    if (ofMeeting && t.has(Tag.Kind.ASOF) && !zoneOrFigure
        && t.words().size() <= 4) {
      // "when", "khi nào" after who organised it: the meeting's date (the figures' date is another question)
      Optional<TopicQuery> q = topics.parse(tagger.tag("hội nghị " + text));
      if (q.isPresent() && q.get() instanceof TopicQuery.Meeting m && m.aspect() == TopicQuery.Aspect.WHEN) {
        return q;
      }
    }
    return Optional.empty();
  }

  /** True when {@code ids} are points of the speech on legal advice, and only those. */
  private boolean legalAdvice(List<String> ids) {
    return vn.thuduc.coordbot.answer.topic.TopicParser.onlyPointsOf(ds, ids, java.util.Set.of("legal_advice"));
  }

  /** Asking whether a list is complete ("is that all?", "everyone?", "hết chưa", "chỉ vậy thôi", "đủ chưa"). */
  private static final List<String> COMPLETE = List.of(" is that all ", " that s all ", " thats all ", " all of them ",
      " everyone ", " everybody ", " anyone else ", " anybody else ", " only them ", " only those ", " complete ",
      " full list ", " het chua ", " het roi ", " het a ", " chi vay ", " chi co vay ", " chi nhieu do ",
      " chi co nhieu do ", " du chua ", " day du ", " con ai nua ", " con ai khac ", " nua khong ", " nua ko ",
      " co ai khac ", " ai khac ", " nguoi khac ", " anyone other ", " others ", " someone else ", " who else ");


  /** The attendee at the position the words name ("người thứ hai", "the last one"), when they name one. */
  private Optional<Person> attendee(List<String> w, boolean alongList) {
    int at = 0;
    boolean person = false;
    for (int i = 0; i < w.size(); i++) {
      person |= PERSON.contains(w.get(i));
      if (w.get(i).equals("thu") && i + 1 < w.size() && AFTER_THU.containsKey(w.get(i + 1))) {
        at = AFTER_THU.get(w.get(i + 1));
      } else if (ENGLISH.containsKey(w.get(i))) {
        at = ENGLISH.get(w.get(i));
      } else if (w.get(i).equals("cuoi") || w.get(i).equals("last") || w.get(i).equals("sau") && i + 1 < w.size()
          && w.get(i + 1).equals("cung")) {
        at = LAST;
      } else if (w.get(i).equals("dau") && i + 1 < w.size() && w.get(i + 1).equals("tien")) {
        at = 1;
      }
    }
    // an ordinal with a word for a person, or on its own ("thứ 2?", "the last one?")
    if (at == 0 || !person && (w.size() > 4 || !alongList)) {
      return Optional.empty();
    }
    List<Person> attendees = attendees();
    int index = at == LAST ? attendees.size() - 1 : at - 1;
    return index >= 0 && index < attendees.size() ? Optional.of(attendees.get(index)) : Optional.empty();
  }

  /** The attendees of the latest meeting in the source's order, as the list of attendees shows them. */
  private List<Person> attendees() {
    List<Person> out = new ArrayList<>();
    Optional<Meeting> m = ds.latestMeeting();
    if (m.isEmpty()) {
      return out;
    }
    for (Person p : ds.people()) {
      if (m.get().id().equals(p.meeting())) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * "ai dự hội nghị từ khu đó?" after a zone: the question of that zone, answered when it asks for its people (who
   * of it attended, or that the source names nobody of it).
   */
  private Optional<TopicQuery> ofZone(Tagger.Tagged t, String text, String zoneId, Lang lang) {
    Optional<Zone> zone = ds.zone(zoneId);
    Tag pronoun = t.all(Tag.Kind.PRONOUN).get(0);
    String typed = t.span(pronoun.from(), pronoun.to());
    if (zone.isEmpty() || typed.isBlank() || !text.contains(typed)) {
      return Optional.empty();
    }
    String named = text.replace(typed, lang.pick(zone.get().shortVi(), zone.get().shortEn()));
    Optional<TopicQuery> q = topics.parse(tagger.tag(named));
    boolean people = q.isPresent() && (q.get() instanceof TopicQuery.TitleHolder
        || q.get() instanceof TopicQuery.Premise p && p.kind().equals("from"));
    return people ? q : Optional.empty();
  }
}
