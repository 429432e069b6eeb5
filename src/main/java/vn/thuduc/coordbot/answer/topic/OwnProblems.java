package vn.thuduc.coordbot.answer.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.thuduc.coordbot.answer.query.Tag;
import vn.thuduc.coordbot.answer.query.Tagger;
import vn.thuduc.coordbot.answer.topic.TopicLexicon.Cue;

/**
 * Which problem of their own a worker tells of, if any: a problem phrase, a subject with a grievance, a
 * company closing said of one's own, or a question on the law about leave.
 */
final class OwnProblems {
  /**
   * The most specific problem first: unpaid overtime is about overtime, a dismissal before the wages it stops, an
   * allowance unpaid for night shifts is the allowance.
   */
  private static final List<String> ORDER = List.of("dismissal", "resign", "closure", "allowance", "overtime",
      "insurance", "contract", "wages", "wagecut", "accident", "medical", "safety", "harassment", "leave", "union", "strike", "lawyer", "contact", "law",
      "plea", "general");

  /** The cues a plea for help stands with, alone ("giúp e với", "bot ơi cứu em"). */
  private static final Set<Cue> PLEA_ONLY = Set.of(Cue.PROBLEM, Cue.SELF, Cue.PARTICLE, Cue.FILLER, Cue.CHAT,
      Cue.GRIEVANCE);

  /** Kinds that ask where to turn or what the law says, which a count beside them does not undo ("số hotline"). */
  private static final Set<String> WHERE_TO_TURN = Set.of("lawyer", "contact", "law");

  /** The writer's own words, wherever they stand (a phrase of a problem may hold them). */
  private static final Set<String> FIRST_PERSON = Set.of("my", "me", "i", "em", "toi", "minh", "tui");

  private OwnProblems() {}

  /**
   * A problem phrase ("nợ lương", "bị đuổi việc", "gặp luật sư"), or a subject of one (wages, overtime, insurance, a
   * contract, leave) with a grievance ("không đóng", "bắt", "ép"): asking about insurance is not a problem, not being
   * insured is. A company closing is one when the worker says it of their own ("cty e sắp giải thể"), never in a
   * count ("bao nhiêu doanh nghiệp giải thể"); leave asked how long, with no grievance, is a question on the law
   * ("nghỉ thai sản được bao lâu"), not a leave refused.
   */
  static Optional<String> of(Tagger.Tagged t, Cues all) {
    Cues c = withoutLabour(all);
    if (c.has(Cue.MEETING) && c.has(Cue.ACT, "say")) {
      // "hội nghị 8/3 có nói gì về chuyện nợ lương không": what the meeting said of a problem, not the problem told
      return Optional.empty();
    }
    List<String> kinds = new ArrayList<>(c.args(Cue.PROBLEM));
    if (kinds.equals(List.of("general")) && !c.has(Cue.SELF) && !firstPerson(c.words()) && !c.has(Cue.SUBJECT)) {
      kinds.clear();
    }
    boolean counted = c.has(Cue.ASK, "count") || t.has(Tag.Kind.HOWMANY);
    boolean self = c.has(Cue.SELF) || firstPerson(c.words());
    if (counted && !self) {
      // "số người mất việc ở Thủ Đức", "bao nhiêu người bị đuổi việc": a count of others' problems, a figure the data
      // lacks, never the asker's own (a hotline's number is still where to turn)
      kinds.retainAll(WHERE_TO_TURN);
    }
    if (kinds.contains("plea") && (t.has(Tag.Kind.MEASURE) || t.has(Tag.Kind.ZONE) || t.has(Tag.Kind.KIND)
        || !c.only(PLEA_ONLY))) {
      // "tóm tắt bài viết giúp mình", "giúp e xem KCX Linh Trung bn lao động": a request made politely, no plea
      kinds.remove("plea");
    }
    if (kinds.isEmpty() && !counted && laysOff(c.words())) {
      // "tuần trước cty cho 50 người nghỉ việc", "cty sa thải 200 công nhân": the worker's company laying people off
      kinds.add("dismissal");
    }
    boolean own = c.has(Cue.OWN) && (c.has(Cue.SELF) || c.has(Cue.GRIEVANCE)) && !counted;
    List<String> subjects = new ArrayList<>(own ? c.args(Cue.OWN) : List.of());
    subjects.addAll(c.args(Cue.SUBJECT));
    if (own) {
      // "cty e sắp giải thể, e có được bồi thường không": the closure first, then what the law gives for it
      kinds.addAll(c.args(Cue.OWN));
    }
    boolean grieved = c.has(Cue.SUBJECT) && c.has(Cue.GRIEVANCE);
    if (kinds.isEmpty() && (own || grieved)) {
      kinds.addAll(subjects);
    } else if (grieved && kinds.equals(List.of("law"))) {
      // "cty không cho e hưởng chế độ thai sản": a grievance stated is the worker's problem, not a question on the law
      kinds.addAll(0, subjects);
    }
    if (kinds.isEmpty() && c.has(Cue.SUBJECT, "leave")
        && (c.has(Cue.ASK, "period") || c.has(Cue.ACT, "length") || counted)
        && !t.has(Tag.Kind.MEASURE)) {
      kinds.add("law");
    }
    boolean limited = c.has(Cue.SUBJECT, "overtime") || c.has(Cue.SUBJECT, "leave") || c.has(Cue.SUBJECT, "contract");
    if (kinds.isEmpty() && limited && bound(c.words()) && !t.has(Tag.Kind.MEASURE)) {
      // "bao nhiêu giờ tăng ca là tối đa", "maximum overtime": a limit the law sets, asked, not a grievance (a minimum
      // wage is a figure the data lacks)
      kinds.add("law");
    }
    if (kinds.isEmpty() && !subjects.isEmpty() && asksAbout(c.words()) && !counted && !t.has(Tag.Kind.ZONE)
        && !t.has(Tag.Kind.KIND) && (!figureNamed(t) || self && !t.has(Tag.Kind.ALL) && !t.saysAny(FIGURES))) {
      // "e muốn hỏi về lương", "I have a question about insurance": a subject the data has no figures or rules of;
      // the advice is offered in case it is the worker's own (and so is "e muốn hỏi về bảo hiểm xã hội": a figure is
      // named in full, but the worker asks for themselves)
      return Optional.of("about-" + first(subjects));
    }
    boolean ranked = t.has(Tag.Kind.MAX) || t.has(Tag.Kind.MIN) || t.has(Tag.Kind.MEAN);
    for (Tag m : t.all(Tag.Kind.MEASURE)) {
      // "cty e", "công ty tôi" is the worker's company, no count of enterprises
      ranked |= !(m.arg().equals("enterprises") && (m.to() < t.words().size()
          && (FIRST_PERSON.contains(t.words().get(m.to())) || t.words().get(m.to()).equals("e"))
          || m.from() > 0 && (t.words().get(m.from() - 1).equals("my") || t.words().get(m.from() - 1).equals("our"))));
    }
    // "tôi cần số liệu bhxh của các khu", "toi muon hoi ve luong o khu cnc": the zones' figures asked, which the data
    // lacks, even in the first person
    boolean ofZones = t.has(Tag.Kind.KIND) || t.has(Tag.Kind.ALL) || t.has(Tag.Kind.ZONEWORD)
        || t.has(Tag.Kind.ZONE) && asksAbout(c.words()) || t.saysAny(FIGURES);
    if (kinds.isEmpty() && !subjects.isEmpty() && !counted && !ranked && !ofZones
        && (self || c.has(Cue.ASK, "where") && !t.has(Tag.Kind.ZONE))) {
      // "toi lam tang ca 4 tieng moi ngay", "cty e co phai dong bhxh ko": a worker telling of their own overtime or
      // asking what their company owes them; "bảo hiểm thất nghiệp lãnh ở đâu": where to claim it, which the source
      // does not say; an adviser is the next step (never a statistic the data lacks)
      return Optional.of("about-" + first(subjects));
    }
    if (kinds.isEmpty()) {
      return Optional.empty();
    }
    List<String> specific = new ArrayList<>(kinds);
    specific.remove("general");
    if (specific.isEmpty()) {
      specific.addAll(subjects);
    }
    if (specific.contains("law") && t.saysAny(LEGALITY)) {
      // "cty bắt làm chủ nhật có hợp pháp không": whether it is lawful is asked, which the data cannot say
      return Optional.of("law");
    }
    return Optional.of(specific.isEmpty() ? "general" : first(specific));
  }

  /** A company, the one the worker speaks of ("cty" without a number of companies before it). */
  private static final Set<String> COMPANY = Set.of("cty", "xuong", "sep", "company", "employer", "factory");
  /** Words after a company that let people go: "cho … nghỉ", "đuổi", "sa thải", "cắt giảm", "laid off". */
  private static final Set<String> LETS_GO = Set.of("duoi", "thai", "giam", "laid", "fired", "sacked");

  /**
   * True when a company is told to let people go ("cty cho 50 người nghỉ việc", "công ty sa thải 200 công nhân",
   * "my company laid off 30 people"): the worker's layoff, told rather than counted.
   */
  private static boolean laysOff(List<String> words) {
    int company = -1;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (COMPANY.contains(w) || w.equals("ty") && i > 0 && words.get(i - 1).equals("cong")) {
        company = company < 0 ? i : company;
      } else if (company >= 0 && (LETS_GO.contains(w) && !(w.equals("giam") && !words.get(i - 1).equals("cat"))
          && !(w.equals("thai") && !words.get(i - 1).equals("sa"))
          || w.equals("cho") && letGo(words.subList(i + 1, Math.min(words.size(), i + 7))))) {
        return true;
      }
    }
    return false;
  }

  /** {@code c} without a closing read across "lao động của" ("tổng lao động của các khu": "đóng cửa" it is not). */
  private static Cues withoutLabour(Cues c) {
    List<TopicLexicon.Hit> kept = new ArrayList<>(c.hits().size());
    for (TopicLexicon.Hit h : c.hits()) {
      if (!(h.from() > 0 && c.words().get(h.from()).equals("dong") && c.words().get(h.from() - 1).equals("lao"))) {
        kept.add(h);
      }
    }
    return kept.size() == c.hits().size() ? c : new Cues(kept, c.words());
  }

  /** True when the words hold "nghỉ việc" or "thôi việc" ("cho 50 người nghỉ việc", not "cho công nhân thử việc"). */
  private static boolean letGo(List<String> words) {
    for (int i = 0; i + 1 < words.size(); i++) {
      if ((words.get(i).equals("nghi") || words.get(i).equals("thoi")) && words.get(i + 1).equals("viec")) {
        return true;
      }
    }
    return false;
  }

  /** True when the words ask for a limit ("tối đa", "tối thiểu", "maximum", "at most"). */
  private static boolean bound(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      if (w.equals("toi") && (next.equals("da") || next.equals("thieu")) || w.equals("maximum") || w.equals("minimum")
          || w.equals("max") || w.equals("at") && (next.equals("most") || next.equals("least"))) {
        return true;
      }
    }
    return false;
  }

  /** Words that ask a question ("hỏi", "thắc mắc", "ask") and words after them that name its subject ("về", "about"). */
  private static final Set<String> ASKING = Set.of("hoi", "thac", "hieu", "ask", "question", "questions", "know");
  private static final Set<String> ABOUT = Set.of("ve", "chuyen", "vu", "about", "regarding", "on");

  /** True when the words ask about a subject: "muốn hỏi về …", "tìm hiểu về …", "a question about …". */
  private static boolean asksAbout(List<String> words) {
    for (int i = 0; i + 1 < words.size(); i++) {
      if (ASKING.contains(words.get(i)) && (ABOUT.contains(words.get(i + 1))
          || i + 2 < words.size() && words.get(i + 1).equals("mac") && ABOUT.contains(words.get(i + 2)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a figure the data lacks is named in full ("bảo hiểm xã hội", "bảo hiểm thất nghiệp"): asked about,
   * it is that figure's not-found, while a subject in a word or two ("lương", "tăng ca") gets the advice offered.
   */
  private static boolean figureNamed(Tagger.Tagged t) {
    for (Tag m : t.all(Tag.Kind.NOMEASURE)) {
      if (m.to() - m.from() >= 3) {
        return true;
      }
    }
    return false;
  }

  /** Folded words that ask for figures ("số liệu", "thống kê", "figures"). */
  private static final List<String> FIGURES = List.of(" so lieu ", " thong ke ", " figures ", " figure ",
      " statistics ", " stats ", " data on ", " data for ");

  /** Folded words that ask whether something is lawful. */
  private static final List<String> LEGALITY = List.of(" dung luat ", " hop phap ", " trai luat ", " sai luat ",
      " vi pham luat ", " vi pham phap luat ", " legal ", " illegal ", " against the law ");


  /** True when a word is the writer's own ("took my passport": the phrase of the problem holds the "my"). */
  private static boolean firstPerson(List<String> words) {
    for (String w : words) {
      if (FIRST_PERSON.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static String first(List<String> present) {
    for (String k : ORDER) {
      if (present.contains(k)) {
        return k;
      }
    }
    return present.get(0);
  }
}
