package vn.thuduc.coordbot.answer.topic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thuduc.coordbot.answer.query.Lexicon;
import vn.thuduc.coordbot.answer.query.Tagger;
import vn.thuduc.coordbot.answer.topic.TopicLexicon.Cue;
import vn.thuduc.coordbot.answer.topic.TopicQuery.Aspect;
import vn.thuduc.coordbot.data.Award;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Meeting;
import vn.thuduc.coordbot.data.Person;
import vn.thuduc.coordbot.data.Source;

/**
 * Decides a claim a yes/no question makes about a fact of the meeting ("… là Bí thư Thành ủy phải không?",
 * "Có 20 cá nhân và 6 tập thể được khen đúng không?", "… buổi chiều phải không?"): a yes only when every word
 * claimed is in the fact the data states, a no when the claim names something the fact does not have; empty when
 * the data does not decide it (then the fact is said without a yes or a no).
 */
final class ClaimCheck {
  private static final Pattern YEARS = Pattern.compile("(\\d{4})\\s*(?:[-–—]|đến|den|tới|toi|to)\\s*(\\d{4})");
  private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?(?![\\d/])");
  /** Words that frame a claim, not part of what is claimed ("có phải … không", "is it true that"). */
  private static final Set<String> FRAME = Set.of("co", "phai", "khong", "dung", "a", "ha", "chu", "la", "lam", "viec", "o", "tai", "va", "cua", "vao", "luc",
      "ngay", "duoc", "boi", "do", "dien", "ra", "hoi", "nghi", "nguoi", "vay", "nhi", "the", "is", "was", "are",
      "were", "it", "true", "that", "right", "correct", "an", "of", "at", "in", "for", "by", "he", "she", "his",
      "her", "ong", "ba", "mr", "ms", "mrs", "dong", "chi", "comrade", "does", "did", "has", "have", "held", "on",
      "and", "to", "from", "trao", "tang", "cho", "given", "awarded", "ay", "nay", "voi", "with", "giua", "between",
      "s", "too", "also", "cung", "they", "them");
  /** Words of the name of a body ("Đảng ủy", "Ban quản lý", "Thành ủy", "Khu …"): a party claimed to have signed. */
  private static final Set<String> BODY = Set.of("uy", "ban", "khu", "committee", "board", "authority", "hepza",
      "hoi", "doan", "so", "party", "union", "department", "council", "thanh", "city");
  /** The cues that ask or frame rather than claim. */
  private static final Set<Cue> ASKING = Set.of(Cue.ASK, Cue.FILLER, Cue.PARTICLE, Cue.PERSON, Cue.CHAT, Cue.SELF,
      Cue.MEETING, Cue.RECORD);

  private final TopicLexicon lex;
  private final Dataset ds;
  private final IndustryCheck industries;
  private final PeopleOf people;

  ClaimCheck(TopicLexicon lex, Dataset ds) {
    this.lex = lex;
    this.ds = ds;
    this.industries = new IndustryCheck(ds);
    this.people = new PeopleOf(ds);
  }

  /** Whether the claim of {@code t} about the fact {@code q} holds; empty when the data does not decide it. */
  Optional<Boolean> verdict(TopicQuery q, Tagger.Tagged t, Cues c) {
    if (q instanceof TopicQuery.Person p && p.ids().size() == 1 && !p.askedIfSpoke() && c.has(Cue.ACT, "attend")
        && !c.has(Cue.ROLE) && !c.has(Cue.RANK) && people.board(t).isEmpty()) {
      // "Did Nguyen Phuoc Hung attend?", "Võ Cao Sơn có dự hội nghị không": yes when the source lists them among those
      // present; its list ends in "…", so someone it does not list is never a no
      Optional<Person> person = ds.person(p.ids().get(0));
      return person.isPresent() && person.get().roles().contains("attendee") ? Optional.of(true) : Optional.empty();
    }
    if (q instanceof TopicQuery.Person p && p.ids().size() == 1 && !p.askedIfSpoke()) {
      Optional<PeopleOf.Board> board = people.board(t);
      if (board.isPresent() && !board.get().ids().contains(p.ids().get(0))) {
        // "Is Nguyen Nghia Hiep from the HEPZA Party Committee?": a board named whose people they are not
        return Optional.of(false);
      }
      if (board.isPresent() && !postClaimed(c, board.get())) {
        return Optional.of(true); // "Võ Cao Sơn có thuộc Đảng ủy BQL KCX-KCN không?": of that board, at any post
      }
      return ds.person(p.ids().get(0)).flatMap(person -> title(person, c));
    }
    if (q instanceof TopicQuery.Points pts && !pts.pointIds().isEmpty() && (c.has(Cue.CHAT, "thanks")
        || c.has(Cue.THING, "thanked"))) {
      // "Did Nguyen Phuoc Hung thank HEPZA?": yes when the speech's thanks name whom the claim names; a body they do
      // not name is not a no (the source quotes a part of the speech), so it is left to the quote
      List<String> claimed = claimed(c, Set.of(Cue.THING, Cue.ACT));
      List<String> texts = new ArrayList<>();
      for (vn.thuduc.coordbot.data.Point point : ds.points()) {
        if (pts.pointIds().contains(point.id())) {
          texts.add(point.textVi());
          texts.add(point.textEn());
        }
      }
      Optional<Boolean> named = within(claimed, texts.toArray(new String[0]));
      return named.isPresent() && named.get() ? named : Optional.empty();
    }
    if (q instanceof TopicQuery.Awards a) {
      Optional<Boolean> counts = counts(c);
      counts = counts.isPresent() ? counts : people(c);
      counts = counts.isPresent() ? counts : total(c);
      if (counts.isPresent() || ds.awards().isEmpty()) {
        return counts;
      }
      Award first = ds.awards().get(0);
      Matcher years = YEARS.matcher(t.text());
      if (years.find()) {
        // "giấy khen cho thành tích giai đoạn 2024–2025 phải không?": the period of what was awarded
        return Optional.of(Integer.parseInt(years.group(1)) == first.fromYear()
            && Integer.parseInt(years.group(2)) == first.toYear());
      }
      // "Giấy khen do UBND TP Thủ Đức trao đúng không?": the giver claimed
      return !c.has(Cue.ACT, "give") ? Optional.empty() : within(claimed(c, Set.of(Cue.THING, Cue.ACT, Cue.RECIPIENT)),
          first.givenByVi(), first.givenByEn(), committeeOf(first.givenByVi(), first.givenByEn()));
    }
    if (q instanceof TopicQuery.Meeting m && ds.latestMeeting().isPresent()) {
      Meeting meeting = ds.latestMeeting().get();
      if (m.aspect() == Aspect.WHEN) {
        return when(meeting, t, c);
      }
      if (m.aspect() == Aspect.PURPOSE && c.has(Cue.THING, "plan")) {
        return planYear(meeting, t);
      }
      // "did the conference review the period 2017-2023?", "quy chế mới ký cho giai đoạn 2024 2030 hả": the period
      // claimed against the one reviewed or signed; a wrong period is a no whatever else is claimed
      Optional<Boolean> period = period(meeting, m.aspect(), t);
      if (period.isPresent() && !period.get()) {
        return period;
      }
      Optional<Boolean> parties = parties(meeting, m, t, c);
      return parties.isPresent() ? parties : period;
    }
    if (q instanceof TopicQuery.Industries i && !i.counted() && !t.has(vn.thuduc.coordbot.answer.query.Tag.Kind.ZONE)) {
      // "các khu có ngành công nghệ thông tin không?": yes when the source lists it; its list ends in "…", so
      // an industry it does not list is never a no; nor is an industry of one zone, which it does not give
      boolean listed = industries.listed(c.words(), industries.typed(t, c).words());
      return listed ? Optional.of(true) : Optional.empty();
    }
    if (q instanceof TopicQuery.Source && !ds.sources().isEmpty()) {
      Source s = ds.sources().get(0);
      if (c.has(Cue.ACT, "publish")) {
        return within(claimed(c, Set.of(Cue.ACT, Cue.THING)), s.site(), s.titleVi(), s.titleEn(), s.author());
      }
      Optional<Boolean> author = author(s, t);
      // "Is the source Thanhuytphcm.vn?", "nguồn là thanhuytphcm.vn phải không": the site named is the source's
      List<String> site = Lexicon.normalise(s.site());
      // (its name without the domain's ending: "thanhuytphcm")
      return author.isPresent() || site.isEmpty() || !t.words().contains(site.get(0)) ? author : Optional.of(true);
    }
    return Optional.empty();
  }

  /** The parties claimed of the regulations, or the organiser claimed of the meeting; empty when none is. */
  private Optional<Boolean> parties(Meeting meeting, TopicQuery.Meeting m, Tagger.Tagged t, Cues c) {
    boolean regulations = m.aspect() == Aspect.SIGNED || m.aspect() == Aspect.REGULATIONS;
    List<String> claimed = regulations ? claimed(c, Set.of(Cue.ACT, Cue.THING, Cue.REGULATION)) : List.of();
    // "quy chế được ký giữa Thành ủy Thủ Đức và UBND TP Thủ Đức phải không?": the parties claimed; "Đảng ủy BQL
    // Khu Công nghệ cao có ký quy chế không?": a body claimed to have signed
    if (regulations && (c.has(Cue.ACT, "between") || !java.util.Collections.disjoint(claimed, BODY))) {
      String[] parties = ds.agreements().stream().filter(a -> a.meeting().equals(meeting.id()))
          .map(a -> String.join(" ", a.partyAVi(), a.partyBVi(), a.partyAEn(), a.partyBEn())).toArray(String[]::new);
      if (zoneNotAParty(c, parties)) {
        return Optional.empty();
      }
      if (!claimed.isEmpty() && unknownParty(c, parties)) {
        return Optional.of(false); // "… ký với Công an TP Thủ Đức?": "công" of "Công nghệ cao" is not "Công an"
      }
      return within(claimed, parties);
    }
    List<String> organiser = m.aspect() == Aspect.ORGANISER ? claimed(c, Set.of(Cue.ACT, Cue.THING)) : List.of();
    if (!java.util.Collections.disjoint(organiser, BODY) || c.has(Cue.THING, "body")) {
      // "Hội nghị do UBND tổ chức phải không?": a body claimed; "… có được tổ chức long trọng không?" claims none
      return within(organiser, meeting.organiserVi(), meeting.organiserEn());
    }
    return Optional.empty();
  }

  /**
   * "Was a regulation signed with Linh Trung EPZ's management?": the zone named as a party, as typed, when the
   * source names no party by that zone's name (it names the boards that signed, not which zones each covers), so
   * that the answer says the source does not say, never a yes or a no; empty otherwise.
   */
  Optional<String> zoneAsParty(TopicQuery q, Tagger.Tagged t, Cues c) {
    if (!(q instanceof TopicQuery.Meeting m) || m.aspect() != Aspect.SIGNED && m.aspect() != Aspect.REGULATIONS
        || ds.latestMeeting().isEmpty()) {
      return Optional.empty();
    }
    List<String> parties = new ArrayList<>();
    for (vn.thuduc.coordbot.data.Agreement a : ds.agreements()) {
      if (a.meeting().equals(ds.latestMeeting().get().id())) {
        parties.add(String.join(" ", a.partyAVi(), a.partyBVi(), a.partyAEn(), a.partyBEn()));
      }
    }
    if (!zoneNotAParty(c, parties.toArray(new String[0]))) {
      return Optional.empty();
    }
    for (vn.thuduc.coordbot.answer.query.Tag z : t.all(vn.thuduc.coordbot.answer.query.Tag.Kind.ZONE)) {
      return Optional.of(t.span(z.from(), z.to()));
    }
    return Optional.empty();
  }

  /** A span of years said ("2017-2023", "2017 đến 2023", "2024 2030"). */
  static final Pattern SPAN = Pattern.compile("(?<!\\d)(\\d{4})\\s*(?:[-–—]|đến|den|tới|toi|to|\\s)\\s*(\\d{4})(?!\\d)");

  /**
   * A period claimed of the regulations reviewed or signed: yes when it is the period of the regulations the meeting
   * did that to, no when it is not; empty when no period is said or the question is not on one of the two.
   */
  private Optional<Boolean> period(Meeting meeting, Aspect aspect, Tagger.Tagged t) {
    // the meeting itself ("hội nghị 2017 2023 hả") is of the period it reviewed
    String action = aspect == Aspect.REVIEWED || aspect == Aspect.OVERVIEW ? "reviewed"
        : aspect == Aspect.SIGNED ? "signed" : null;
    Matcher years = SPAN.matcher(t.text());
    if (action == null || !years.find()) {
      return Optional.empty();
    }
    int from = Integer.parseInt(years.group(1));
    int to = Integer.parseInt(years.group(2));
    for (vn.thuduc.coordbot.data.Agreement a : ds.agreements()) {
      if (a.meeting().equals(meeting.id()) && a.action().equals(action) && a.fromYear() == from && a.toYear() == to) {
        return Optional.of(true);
      }
    }
    return Optional.of(false);
  }

  private static final Pattern PLAN_YEAR = Pattern.compile("(?:kế hoạch|plan)[^.;]*?(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

  /**
   * "did it plan work for 2026?": the year claimed of the plan the meeting rolled out, against the year its purpose
   * gives the plan; empty when no year is said or the purpose gives none.
   */
  private static Optional<Boolean> planYear(Meeting meeting, Tagger.Tagged t) {
    Matcher said = YEAR.matcher(t.text());
    Matcher planned = PLAN_YEAR.matcher(meeting.purposeVi() + " ; " + meeting.purposeEn());
    if (!said.find() || !planned.find()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(said.group(1));
    boolean only = !said.find();
    // "kế hoạch 2024 2025": two years said for a plan of one year is not that plan
    return Optional.of(only && year == Integer.parseInt(planned.group(1)));
  }

  /**
   * "bài viết của Nguyễn Văn A hả", "was it written by Dinh Quan?": a person claimed as the author, yes when the words
   * claimed are the author's name, no when they name someone else; empty when no name is claimed.
   */
  private static Optional<Boolean> author(Source s, Tagger.Tagged t) {
    List<String> w = t.words();
    String said = " " + String.join(" ", w) + " ";
    boolean authorship = false;
    for (String x : AUTHORSHIP) {
      authorship |= said.contains(x);
    }
    int at = -1;
    for (int i = 0; i < w.size(); i++) {
      at = AUTHORED.contains(w.get(i)) ? i : at;
    }
    if (!authorship || at < 0) {
      return Optional.empty();
    }
    int end = w.size();
    boolean particle = false;
    while (end > at + 1 && (QUESTION_WORDS.contains(w.get(end - 1)) || !particle && PARTICLES.contains(w.get(end - 1)))) {
      particle |= PARTICLES.contains(w.get(end - 1)) && !QUESTION_WORDS.contains(w.get(end - 1));
      end--; // "… Nguyễn Văn A hả": one particle, then the question's words; "A" of the name stays
    }
    List<String> claimed = w.subList(at + 1, end);
    Set<String> site = new HashSet<>(Lexicon.normalise(s.site() + " " + s.titleVi() + " " + s.titleEn()));
    for (int i = at + 1; i < end; i++) {
      if (BODY.contains(w.get(i)) || site.contains(w.get(i)) || !w.get(i).matches("\\p{L}+")) {
        return Optional.empty(); // a body, the site or the title: not a person's name
      }
    }
    if (claimed.size() < 2 || claimed.size() > 4) {
      return Optional.empty();
    }
    return Optional.of(claimed.equals(Lexicon.normalise(s.author())));
  }

  /** Words that ask who wrote the source. */
  private static final List<String> AUTHORSHIP = List.of(" tac gia ", " viet ", " author ", " written ", " wrote ",
      " writer ");
  /** Words right before an author's name ("của", "by", "tác giả là"). */
  private static final Set<String> AUTHORED = Set.of("cua", "by", "la", "is", "was");
  /** The question's words after a name ("phải không", "right"), and the particles said once ("hả", "à"). */
  private static final Set<String> QUESTION_WORDS = Set.of("phai", "khong", "dung", "chu", "right", "correct", "k",
      "ko", "hong", "hok");
  private static final Set<String> PARTICLES = Set.of("ha", "a", "nhi", "vay", "the", "z", "ah");

  private static final List<String> ANNUAL = List.of(" thuong nien ", " hang nam ", " moi nam ", " nam nao cung ",
      " dinh ky ", " every year ", " each year ", " annual ", " annually ", " yearly ", " regular ");
  /**
   * "Hội nghị có tổ chức thường niên không?", "is it held every year?": yes when the meeting's purpose says it is an
   * annual activity; empty when the question claims no such thing or the data does not say. ("Lần đầu à?" is not
   * decided here: an annual activity may be in its first year; the edition answer says what the source says.)
   */
  Optional<Boolean> annual(Cues c) {
    String asked = " " + String.join(" ", c.words()) + " ";
    boolean annual = false;
    for (String w : ANNUAL) {
      annual |= asked.contains(w);
    }
    if (!annual || ds.latestMeeting().isEmpty()) {
      return Optional.empty();
    }
    Meeting m = ds.latestMeeting().get();
    String said = " " + String.join(" ", Lexicon.normalise(m.purposeVi() + " " + m.purposeEn())) + " ";
    return said.contains(" thuong nien ") || said.contains(" annual ") ? Optional.of(true) : Optional.empty();
  }

  /**
   * A post or a place of work claimed of a person: yes when one of their titles holds every word claimed, at the
   * same rank (a "Phó Bí thư" is not a "Bí thư"); no when the claim names a post or a body and none does.
   */
  private Optional<Boolean> title(Person p, Cues c) {
    boolean aboutPost = c.has(Cue.ROLE) || c.has(Cue.RANK) || c.has(Cue.ACT, "work") || c.has(Cue.THING, "role");
    List<String> claimed = claimed(c, Set.of(Cue.THING, Cue.ACT));
    if (!aboutPost || claimed.isEmpty()) {
      return Optional.empty();
    }
    boolean rank = lex.ranked(claimed);
    // a body claimed with no post ("Is Vo Cao Son from the HEPZA Party Committee?"): any rank of it holds it
    boolean anyRank = !c.has(Cue.ROLE) && !c.has(Cue.RANK);
    List<String> bodies = twinBodies(c.words());
    for (TopicLexicon.Title title : lex.titles()) {
      if (title.personId().equals(p.id()) && holdsAll(new HashSet<>(title.words()), claimed)
          && (anyRank || lex.ranked(title.words()) == rank) && namesBodies(title.words(), bodies)) {
        return Optional.of(true);
      }
    }
    // a member's seat ("Ủy viên Ban Thường vụ") the source does not list may still be theirs (a Standing Deputy
    // Secretary sits on the Standing Committee): neither yes nor no; a post or a body they do not hold is a no
    return shared(claimed) ? Optional.empty() : Optional.of(false);
  }

  /**
   * Whether a title holds every word claimed; a zone claimed under any of its names ("SHTP", read "khu công nghệ
   * cao") is held by a title naming it under any other ("… Management Board of the Saigon Hi-Tech Park").
   */
  private boolean holdsAll(Set<String> title, List<String> claimed) {
    List<String> rest = new ArrayList<>(claimed);
    for (vn.thuduc.coordbot.data.Zone z : ds.zones()) {
      List<List<String>> names = new ArrayList<>();
      for (String n : z.aliases()) {
        names.add(Lexicon.normalise(n));
      }
      names.add(Lexicon.normalise(z.nameEn()));
      names.add(Lexicon.normalise(z.nameVi()));
      boolean inTitle = false;
      for (List<String> n : names) {
        inTitle |= n.size() >= 2 && title.containsAll(n);
      }
      for (List<String> n : names) {
        int at = n.isEmpty() ? -1 : java.util.Collections.indexOfSubList(rest, n);
        if (at >= 0 && inTitle) {
          rest.subList(at, at + n.size()).clear();
        }
      }
    }
    return title.containsAll(rest);
  }

  /**
   * Whether a post is claimed besides the board named: a rank or a post outside the board's name that is not
   * itself the name of a body ("Đảng ủy", "Party Committee").
   */
  private static boolean postClaimed(Cues c, PeopleOf.Board board) {
    for (TopicLexicon.Hit h : c.hits()) {
      if (h.cue() != Cue.ROLE && h.cue() != Cue.RANK || h.from() >= board.from() && h.to() <= board.to()) {
        continue;
      }
      boolean body = true;
      for (String w : c.words().subList(h.from(), h.to())) {
        body &= BODY.contains(w) || w.equals("dang");
      }
      if (!body) {
        return true;
      }
    }
    return false;
  }

  /** Bodies told apart by their last word only: a People's Council is not a People's Committee. */
  private static final List<String> TWIN_BODIES = List.of("council", "committee");

  /** The bodies named in {@code words} as "W council" / "W committee" ("people s committee" → "people committee"). */
  static List<String> twinBodies(List<String> words) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      int before = words.get(i - 1).equals("s") ? i - 2 : i - 1;
      if (before >= 0 && TWIN_BODIES.contains(words.get(i))) {
        out.add(words.get(before) + " " + words.get(i));
      }
    }
    return out;
  }

  /**
   * Whether a title does not name the twin of a body claimed instead of it: "the People's Committee" claimed of
   * "Chairman of the … People's Council" is another body, though "committee" is in another title ("Party
   * Committee") of the same person.
   */
  static boolean namesBodies(List<String> title, List<String> claimed) {
    List<String> held = twinBodies(title);
    for (String body : claimed) {
      String word = body.substring(body.indexOf(' ') + 1);
      String twin = body.substring(0, body.indexOf(' ') + 1) + TWIN_BODIES.get(1 - TWIN_BODIES.indexOf(word));
      if (!held.contains(body) && held.contains(twin)) {
        return false;
      }
    }
    return true;
  }

  /** A member's seat, which the source need not list among a person's posts. */
  private static final Set<String> SHARED_POSTS = Set.of("vien", "member", "members");

  private static boolean shared(List<String> claimed) {
    for (String w : claimed) {
      if (SHARED_POSTS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Words right before a count that bound it ("hơn 25", "over 25", "dưới 30"). */
  private static final Set<String> ABOVE = Set.of("hon", "tren", "vuot", "over", "than", "above");
  private static final Set<String> BELOW = Set.of("duoi", "under", "below", "fewer", "less");

  /**
   * Counts claimed next to a kind of recipient ("20 cá nhân"): yes when each is the data's, no when one is not; a
   * count of "tập thể và cá nhân" together is their sum, and "hơn 25" / "dưới 30" bound it instead of equalling it.
   */
  private Optional<Boolean> counts(Cues c) {
    Optional<Boolean> out = Optional.empty();
    List<TopicLexicon.Hit> hits = c.hits();
    for (int k = 0; k < hits.size(); k++) {
      TopicLexicon.Hit h = hits.get(k);
      if (h.cue() != Cue.RECIPIENT) {
        continue;
      }
      Optional<Integer> before = number(c.words(), h.from() - 1);
      int after = h.to();
      while (before.isEmpty() && after < c.words().size() && after < h.to() + 3 && (BOUND.contains(c.words().get(after))
          || after == h.to() && (c.words().get(after).equals("la") || c.words().get(after).equals("is")))) {
        after++; // "cá nhân ít hơn 10", "individuals were fewer than 10"
      }
      Optional<Integer> n = before.isPresent() ? before : number(c.words(), after);
      if (n.isEmpty()) {
        continue;
      }
      int numberAt = before.isPresent() ? h.from() - 1 : after;
      boolean collective = h.arg().equals("collective");
      int actual = 0;
      for (Award a : ds.awards()) {
        actual += a.collective() == collective ? a.count() : 0;
      }
      int o = k + 1;
      while (o < hits.size() && hits.get(o).cue() != Cue.RECIPIENT) {
        o++;
      }
      TopicLexicon.Hit other = o < hits.size() ? hits.get(o) : null;
      boolean together = before.isPresent() && other != null && !other.arg().equals(h.arg())
          && other.from() == h.to() + 1 && number(c.words(), other.to()).isEmpty()
          && (c.words().get(h.to()).equals("va") || c.words().get(h.to()).equals("and"));
      if (together) {
        actual = allAwarded();
        k = o; // "25 tập thể và cá nhân": one count of both
      }
      out = Optional.of(out.orElse(true) && holds(bound(c.words(), numberAt), actual, n.get()));
    }
    return out;
  }

  /** Words for people counted, which a certificate for a collective is not given to. */
  private static final Set<String> PEOPLE = Set.of("nguoi", "people");

  /**
   * "đúng 6 người hả" of the awards: a count of people is the individuals' (yes when it is theirs); the count of all
   * recipients said as people is neither a yes nor a no (collectives are not people, but that may be what is meant).
   */
  private Optional<Boolean> people(Cues c) {
    List<String> w = c.words();
    for (int i = 0; i + 1 < w.size(); i++) {
      Optional<Integer> n = number(w, i);
      if (n.isEmpty() || !PEOPLE.contains(w.get(i + 1)) || bound(w, i) != 0) {
        continue;
      }
      int individuals = 0;
      int all = 0;
      for (Award a : ds.awards()) {
        individuals += a.collective() ? 0 : a.count();
        all += a.count();
      }
      return n.get() == individuals ? Optional.of(true) : n.get() == all ? Optional.empty() : Optional.of(false);
    }
    return Optional.empty();
  }

  /** Words that bound a count, each way, and the words that say which way a "hơn" / "than" goes. */
  private static final Set<String> BOUND = Set.of("hon", "tren", "vuot", "over", "than", "above", "duoi", "under",
      "below", "fewer", "less", "it", "nhieu", "more", "greater", "at", "most", "least", "up", "to", "nhat", "toi",
      "da", "thieu");
  private static final Set<String> FEWER = Set.of("it", "fewer", "less");
  /** Two words that bound a count and admit it ("at most 10", "không quá 10", "ít nhất 10"): -2 and 2. */
  private static final Set<String> AT_MOST = Set.of("at most", "up to", "khong qua", "toi da", "nhieu nhat");
  private static final Set<String> AT_LEAST = Set.of("at least", "it nhat", "toi thieu");

  /**
   * Which way the words before the number at {@code i} bound it: 1 above ("hơn 25", "more than 25"), -1 below
   * ("dưới 30", "ít hơn 30", "fewer than 30"), 2 at least ("ít nhất 6"), -2 at most ("at most 10", "không quá
   * 10"), 0 when they do not bound it.
   */
  private static int bound(List<String> words, int i) {
    String w = i >= 1 ? words.get(i - 1) : "";
    String two = i >= 2 ? words.get(i - 2) + " " + w : "";
    if (AT_MOST.contains(two)) {
      return -2;
    }
    if (AT_LEAST.contains(two)) {
      return 2;
    }
    if (w.equals("hon") || w.equals("than")) {
      boolean fewer = i >= 2 && FEWER.contains(words.get(i - 2));
      // "no more than 5", "không nhiều hơn 5", "không hơn 5": at most; "no fewer than 5", "không ít hơn 5": at least
      int modified = fewer || i >= 2 && (words.get(i - 2).equals("more") || words.get(i - 2).equals("nhieu")) ? 3 : 2;
      String neg = i >= modified ? words.get(i - modified) : "";
      boolean not = neg.equals("no") || neg.equals("not") || neg.equals("khong");
      return fewer ? (not ? 2 : -1) : (not ? -2 : 1);
    }
    return ABOVE.contains(w) ? 1 : BELOW.contains(w) ? -1 : 0;
  }

  /** Words of all of those awarded together: "tất cả", "tổng cộng", "in total", "altogether". */
  private static final List<String> ALL_AWARDED = List.of(" tat ca ", " tong cong ", " tong so ", " tong ",
      " in total ", " altogether ", " in all ", " all together ", " total ");

  /** "có phải 26 tất cả không", "tổng cộng 30 phải ko" after the awards: the one number against all those awarded. */
  private Optional<Boolean> total(Cues c) {
    String said = " " + String.join(" ", c.words()) + " ";
    boolean all = false;
    for (String w : ALL_AWARDED) {
      all |= said.contains(w);
    }
    Integer n = null;
    int at = -1;
    for (int i = 0; i < c.words().size(); i++) {
      Optional<Integer> x = number(c.words(), i);
      if (x.isPresent()) {
        if (n != null) {
          return Optional.empty();
        }
        n = x.get();
        at = i;
      }
    }
    if (!all || n == null || ds.awards().isEmpty()) {
      return Optional.empty();
    }
    // "more than 20 in total?", "tổng cộng dưới 30 à": the bound said before the number
    return Optional.of(holds(bound(c.words(), at), allAwarded(), n));
  }

  /** All those awarded, collectives and individuals together. */
  private int allAwarded() {
    int sum = 0;
    for (Award a : ds.awards()) {
      sum += a.count();
    }
    return sum;
  }

  /** Whether {@code actual} holds against {@code n} under {@link #bound}'s reading (at least, at most, over, under, is). */
  private static boolean holds(int bound, int actual, int n) {
    return bound == 2 ? actual >= n : bound == -2 ? actual <= n : bound > 0 ? actual > n : bound < 0 ? actual < n
        : actual == n;
  }

  private static Optional<Integer> number(List<String> words, int i) {
    if (i < 0 || i >= words.size() || !words.get(i).matches("\\d{1,6}")) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(words.get(i)));
  }

  /** A time of day or a date claimed for the meeting: yes when each is the meeting's, no when one is not. */
  private static Optional<Boolean> when(Meeting m, Tagger.Tagged t, Cues c) {
    Optional<Boolean> out = Optional.empty();
    List<String> parts = c.args(Cue.DAYPART);
    // "sáng hay chiều?", "morning or afternoon?": a choice between two asks which, never a yes or a no
    if (parts.size() >= 2 && !DAY_MONTH.matcher(t.text()).find()) {
      return Optional.empty();
    }
    if (!parts.isEmpty() && m.partOfDay() != null) {
      out = Optional.of(parts.size() == 1 && parts.get(0).equals(m.partOfDay()));
    }
    Matcher dm = DAY_MONTH.matcher(t.text());
    if (dm.find()) {
      boolean same = Integer.parseInt(dm.group(1)) == m.date().getDayOfMonth()
          && Integer.parseInt(dm.group(2)) == m.date().getMonthValue()
          && (dm.group(3) == null || Integer.parseInt(dm.group(3)) == m.date().getYear());
      out = Optional.of(out.orElse(true) && same);
    } else {
      Optional<vn.thuduc.coordbot.records.TimeFilter> day = dayNamed(t);
      if (day.isPresent()) {
        // "was it held on 8 March 2024?", "on March 8th?"
        out = Optional.of(out.orElse(true) && day.get().contains(m.date()));
      } else if (t.all(vn.thuduc.coordbot.answer.query.Tag.Kind.YEAR).size() == 1) {
        // "hội nghị sơ kết tổ chức năm 2024 hả": the year it was held
        out = Optional.of(out.orElse(true)
            && t.all(vn.thuduc.coordbot.answer.query.Tag.Kind.YEAR).get(0).number() == m.date().getYear());
      }
    }
    return out;
  }

  /** A day the question names in words ("on 8 March 2024", "March 8th"), not a month or a year only. */
  static Optional<vn.thuduc.coordbot.records.TimeFilter> dayNamed(Tagger.Tagged t) {
    Optional<vn.thuduc.coordbot.records.TimeFilter> f = vn.thuduc.coordbot.records.TimeFilter.in(
        String.join(" ", t.words()));
    return f.filter(x -> x.dayOfAnyYear().isPresent() || x.from().isPresent() && x.from().equals(x.to()));
  }

  /**
   * Whether the question names a zone whose own name no party of the regulations holds ("… với Đảng ủy KCN Cát
   * Lái?"): the source names the boards that signed, not which zones each board covers, so that is neither a yes
   * nor a no. The Hi-Tech Park is named in its board's name ("Đảng ủy BQL Khu Công nghệ cao") and is decided.
   */
  private boolean zoneNotAParty(Cues c, String[] parties) {
    String said = " " + String.join(" ", c.words()) + " ";
    StringBuilder named = new StringBuilder(" ");
    for (String p : parties) {
      named.append(String.join(" ", Lexicon.normalise(p))).append(" | ");
    }
    for (vn.thuduc.coordbot.data.Zone z : ds.zones()) {
      String vi = " " + String.join(" ", Lexicon.normalise(z.nameVi())) + " ";
      String en = " " + String.join(" ", Lexicon.normalise(z.nameEn())) + " ";
      if (named.indexOf(vi) >= 0 || named.indexOf(en) >= 0) {
        continue;
      }
      for (String alias : z.aliases()) {
        if (said.contains(" " + String.join(" ", Lexicon.normalise(alias)) + " ")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the question names a body none of {@code parties} is: a word no cue knows ("công" of "Công an") that
   * stands in no party's name next to the word beside it in the question, though each word alone may be in one.
   */
  private static boolean unknownParty(Cues c, String[] parties) {
    boolean[] known = c.coveredBy(java.util.EnumSet.allOf(Cue.class));
    List<String> w = c.words();
    StringBuilder named = new StringBuilder(" ");
    for (String p : parties) {
      named.append(String.join(" ", Lexicon.normalise(p))).append(" | ");
    }
    for (int i = 0; i < w.size(); i++) {
      if (known[i] || FRAME.contains(w.get(i)) || BODY.contains(w.get(i)) || w.get(i).matches("\\d+") || named.indexOf(" " + w.get(i) + " ") < 0) {
        continue; // a word in no party at all is decided by within
      }
      boolean before = i > 0 && named.indexOf(" " + w.get(i - 1) + " " + w.get(i) + " ") >= 0;
      boolean after = i + 1 < w.size() && named.indexOf(" " + w.get(i) + " " + w.get(i + 1) + " ") >= 0;
      if (!before && !after) {
        return true;
      }
    }
    return false;
  }

  /** Yes when every word claimed is in one of {@code facts}; no when some is in none; empty when nothing is claimed. */
  /**
   * The usual name of the body a giver names formally: the Executive Committee of a city's Party organisation ("Ban
   * Chấp hành Đảng bộ TP Thủ Đức") is that city's Party Committee ("Thành ủy Thủ Đức", "Thu Duc City Party
   * Committee"); null for any other giver.
   */
  private static String committeeOf(String vi, String en) {
    String prefix = "Ban Chấp hành Đảng bộ TP ";
    if (vi == null || !vi.startsWith(prefix)) {
      return null;
    }
    String city = vi.substring(prefix.length());
    return "Thành ủy " + city + " Thành ủy TP " + city + " " + city + " City Party Committee";
  }

  private static Optional<Boolean> within(List<String> claimed, String... facts) {
    if (claimed.isEmpty()) {
      return Optional.empty();
    }
    for (String f : facts) {
      if (f != null && new HashSet<>(Lexicon.normalise(f)).containsAll(claimed)) {
        return Optional.of(true);
      }
    }
    return Optional.of(false);
  }

  /** The words a claim states: neither asking nor framing, nor covered by the {@code also} cues (the fact's kind). */
  private static List<String> claimed(Cues c, Set<Cue> also) {
    Set<Cue> skip = new HashSet<>(ASKING);
    skip.addAll(also);
    boolean[] covered = c.coveredBy(skip);
    // a body named ("UBND") is always part of the claim
    boolean[] body = c.coveredBy(Cue.THING, "body");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < c.words().size(); i++) {
      String w = c.words().get(i);
      if ((body[i] || !covered[i]) && !FRAME.contains(w) && !w.matches("\\d+")) {
        out.add(w);
      }
    }
    return out;
  }
}
