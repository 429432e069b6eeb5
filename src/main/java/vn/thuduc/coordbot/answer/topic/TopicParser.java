package vn.thuduc.coordbot.answer.topic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thuduc.coordbot.answer.query.Tag;
import vn.thuduc.coordbot.answer.query.Lexicon;
import vn.thuduc.coordbot.answer.query.Tagger;
import vn.thuduc.coordbot.answer.query.YesNo;
import vn.thuduc.coordbot.answer.topic.TopicLexicon.Cue;
import vn.thuduc.coordbot.answer.topic.TopicLexicon.Hit;
import vn.thuduc.coordbot.answer.topic.TopicQuery.Aspect;
import vn.thuduc.coordbot.answer.topic.TopicQuery.AwardAspect;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Meeting;
import vn.thuduc.coordbot.text.Stopwords;

/**
 * Reads the tagger's words of a question as one {@link TopicQuery}, or none when it is not a topic
 * question. The checks go from the narrowest reading to the widest: chit-chat (the whole message),
 * the worker's own problem, a meeting on a date the data lacks, the source, the awards, a person, a
 * title, a fact of the meeting, the speech points, the industries.
 */
public final class TopicParser {
  /** "8/3", "8/3/2024", "6/2024" as typed (the tagger splits them into words). */
  private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?(?![\\d/])");
  private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{4})(?![\\d/])");
  private static final Pattern EMOTICON = Pattern.compile("[:;=8]-?[)(DPpOo3]|\\^\\^|<3|\\(:");
  private static final Pattern YEARS = ClaimCheck.SPAN;
  /** The cues a question on a cost alone holds ("có mất phí không ad", "is it free?"). */
  private static final Set<Cue> FEE_ALONE = Set.of(Cue.THING, Cue.PARTICLE, Cue.ASK, Cue.FILLER);
  private static final List<String> CHAT_ORDER = List.of("export", "thanks", "bye", "greeting", "help", "human", "language",
      "insult", "praise", "smalltalk", "ok");

  /** Words of a capitalised run that make it the name of a body, not of a person ("Đảng Ủy", "Khu Công nghệ"). */
  private static final Set<String> BODY_WORDS = Set.of("uy", "ban", "khu", "hoi", "dang", "bo", "quan", "ly", "cong",
      "nghiep", "che", "xuat", "nghe", "thanh", "pho", "tinh", "huyen", "xa", "phuong");

  private final TopicLexicon lex;
  private final Dataset ds;
  private final ClaimCheck claims;
  private final DataAbbreviations abbreviations;
  private final IndustryCheck industries;
  private final PeopleOf people;

  public TopicParser(TopicLexicon lex, Dataset ds) {
    this.lex = lex;
    this.ds = ds;
    this.claims = new ClaimCheck(lex, ds);
    this.abbreviations = new DataAbbreviations(ds);
    this.industries = new IndustryCheck(ds);
    this.people = new PeopleOf(ds);
  }

  /**
   * The topic query of {@code t}, or none; a yes/no question about a fact is that fact with the yes or the no the
   * data decides ("… là Bí thư Thành ủy phải không?" → no, and the titles the data gives).
   */
  public Optional<TopicQuery> parse(Tagger.Tagged t) {
    if (t.words().isEmpty()) {
      // ":)", "👍", "🙏": an emoji or emoticon with no words is chit-chat, never a question the data cannot answer
      return !emoji(t.text()) ? Optional.empty() : Optional.of(new TopicQuery.Chat(thanking(t.text()) ? "thanks"
          : "ok"));
    }
    Cues c = cues(t);
    String spaced = " " + String.join(" ", t.words()) + " ";
    if (c.has(Cue.ACT, "attend") && !c.has(Cue.MEETING) && (spaced.contains(" khu nao ")
        || spaced.contains(" which zone "))) {
      // "khu nào có mặt ở cả hai danh sách?": a zone present in two lists, not who was present at the meeting
      return Optional.empty();
    }
    Optional<TopicQuery> q = read(t, c);
    if (q.isEmpty() || q.get() instanceof TopicQuery.Chat || q.get() instanceof TopicQuery.MeetingNumber
        || !YesNo.asked(t)) {
      return q;
    }
    if (q.get() instanceof TopicQuery.Premise p && p.kind().equals(TopicQuery.Premise.SIGNED)) {
      return q; // "did HEPZA sign the 2017-2023 regulation?": when it was signed the source does not say
    }
    TopicQuery fact = q.get() instanceof TopicQuery.Premise p ? p.asked() : q.get();
    if (fact instanceof TopicQuery.Meeting m && (m.aspect() == Aspect.OVERVIEW || m.aspect() == Aspect.ORGANISER
            && t.all(Tag.Kind.YEAR).size() == 1 && t.saysAny(HELD))
        && (DAY_MONTH.matcher(t.text()).find() || ClaimCheck.dayNamed(t).isPresent()
            || t.all(Tag.Kind.YEAR).size() == 1 && t.saysAny(HELD) && YesNo.asked(t))
        && !t.has(Tag.Kind.MEASURE) && !t.has(Tag.Kind.ZONE) && !t.has(Tag.Kind.KIND)) {
      // ("số lao động Linh Trung có được nêu tại hội nghị 8/3 không" asks about a figure, not the date)
      // "hội nghị ngày 8/3 đúng không": the date claimed of the meeting, a yes or a no with its date
      fact = new TopicQuery.Meeting(Aspect.WHEN);
      q = Optional.of(fact);
    }
    if (fact instanceof TopicQuery.Meeting m && (m.aspect() == Aspect.OVERVIEW || m.aspect() == Aspect.ORGANISER)
        && venueSaid(t)) {
      // "hội nghị có tổ chức ở KCX Linh Trung không", "was it held at the Hi-Tech Park?": the venue, which the source
      // does not give; never a "no" about who organised it
      return Optional.of(new TopicQuery.Meeting(Aspect.WHERE));
    }
    if (fact instanceof TopicQuery.Meeting) {
      // "hội nghị có tổ chức thường niên không?", "lần đầu à?": what the source says of the meeting's kind
      Optional<Boolean> annual = claims.annual(c);
      if (annual.isPresent()) {
        return Optional.of(new TopicQuery.Claim(new TopicQuery.Meeting(Aspect.PURPOSE), annual.get()));
      }
    }
    TopicQuery asked = q.get();
    Optional<Boolean> verdict = claims.verdict(fact, t, c);
    Optional<String> zoneParty = verdict.isPresent() || asked instanceof TopicQuery.Premise ? Optional.empty()
        : claims.zoneAsParty(fact, t, c);
    if (zoneParty.isPresent()) {
      // "quy chế có ký với BQL KCX Linh Trung không": the source does not say, with the parties it names
      return Optional.of(new TopicQuery.Premise(zoneParty.get(), asked, "party_zone"));
    }
    return Optional.of(verdict.isPresent() ? new TopicQuery.Claim(asked, verdict.get()) : asked);
  }

  /** How many words name a board the source names ("HEPZA", "BQL KCX-KCN", no zone's name) in {@code t}; 0: none. */
  public int boardWords(Tagger.Tagged t) {
    Optional<PeopleOf.Board> b = people.board(t);
    return b.isPresent() ? b.get().to() - b.get().from() : 0;
  }

  /** True when {@code t} asks about a cost ("có mất phí không", "does it cost anything?", "is it free?"). */
  public boolean asksCost(Tagger.Tagged t) {
    return cues(t).has(Cue.THING, "fee");
  }

  /** True when {@code text} holds an emoji or an emoticon (":)", ":D", "^^", "<3"), not only punctuation. */
  private static boolean emoji(String text) {
    return EMOTICON.matcher(text).find() || text.codePoints().anyMatch(cp -> Character.getType(cp) == Character.OTHER_SYMBOL);
  }

  /** Folded hands and hearts thank; other signs just acknowledge. */
  private static boolean thanking(String text) {
    return text.codePoints().anyMatch(cp -> cp == 0x1F64F || cp == 0x2764 || cp == 0x1F496 || cp == 0x1F495);
  }

  private Cues cues(Tagger.Tagged t) {
    // a zone's name is never a cue ("Cát Lái" is not "cắt", to cut wages), and a keyword of the speech inside a longer
    // figure the data lacks is not that keyword ("bảo hiểm thất nghiệp" is insurance, not the point on jobs; "tổ chức
    // đảng" is party cells, not who organised the meeting)
    // (loops, not lambdas: every question is read here, and a lambda is a class made at its first use, which
    // every start of ask paid; see performance.md, "Start-up of ask")
    List<Hit> hits = new ArrayList<>();
    for (Hit h : lex.match(t.words())) {
      boolean inName = false;
      boolean inLacking = false;
      for (Tag n : t.tags()) {
        inName |= n.is(Tag.Kind.ZONE) && n.from() < h.to() && h.from() < n.to();
        inLacking |= n.is(Tag.Kind.NOMEASURE) && n.from() <= h.from() && h.to() <= n.to()
            && n.to() - n.from() > h.to() - h.from();
      }
      if (!inName && (h.cue() != Cue.POINT && h.cue() != Cue.ACT || !inLacking)) {
        hits.add(h);
      }
    }
    return new Cues(List.copyOf(hits), t.words());
  }

  private Optional<TopicQuery> read(Tagger.Tagged t, Cues c) {
    if (c.has(Cue.CHAT) && c.only(Set.of(Cue.CHAT, Cue.PARTICLE))) {
      return Optional.of(new TopicQuery.Chat(first(CHAT_ORDER, c.args(Cue.CHAT))));
    }
    Optional<String> problem = OwnProblems.of(t, c);
    boolean zoneNamed = t.has(Tag.Kind.ZONE) || t.has(Tag.Kind.KIND) || t.has(Tag.Kind.UNKNOWN_ZONE);
    // "số điện thoại KCN Bình Chiểu" asks for the zone's phone number (which the data lacks), not for help; "e ở trọ
    // gần kcx linh trung, có chỗ nào tư vấn không" is a worker looking for help near where they live
    if (problem.isPresent() && !(zoneNamed && problem.get().equals("contact") && !c.has(Cue.SELF))) {
      return Optional.of(new TopicQuery.OwnProblem(problem.get()));
    }
    if (introduction(t, c, zoneNamed)) {
      return Optional.of(new TopicQuery.Chat("intro"));
    }
    if (c.has(Cue.MEETING) || c.has(Cue.RECORD)) {
      Optional<TopicQuery> missing = noSuchMeeting(t, c);
      if (missing.isPresent()) {
        return missing;
      }
      Optional<TopicQuery> numbered = MeetingNumbers.of(t, c, ds);
      if (numbered.isPresent()) {
        return numbered;
      }
      Optional<TopicQuery> where = placeOfMeeting(t, c);
      if (where.isPresent()) {
        return where;
      }
    }
    // "Which zones does HEPZA manage?" asks of the board, not what its name stands for
    Optional<TopicQuery> board = board(t, c);
    if (board.isPresent()) {
      return board;
    }
    Optional<TopicQuery> abbreviation = abbreviations(t, c);
    if (abbreviation.isPresent()) {
      return abbreviation;
    }
    if (c.has(Cue.THING, "province") && !t.has(Tag.Kind.ZONE)) {
      int at = c.hits().stream().filter(h -> h.cue() == Cue.THING && h.arg().equals("province")).mapToInt(Hit::from)
          .min().orElse(0);
      return Optional.of(new TopicQuery.NotStated("province", t.span(0, at).trim()));
    }
    Optional<TopicQuery> body = otherBody(t, c);
    if (body.isPresent()) {
      return body;
    }
    if (c.has(Cue.THING, "sector")) {
      // "khu vực doanh nghiệp nào được nhắc đến": the source names the non-state enterprises, in the purpose
      return Optional.of(new TopicQuery.Points(pointsOn("security")));
    }
    if (c.has(Cue.THING, "photo") || c.has(Cue.THING, "witness")) {
      return Optional.of(new TopicQuery.Caption());
    }
    if (c.has(Cue.THING, "summary") && !c.has(Cue.ACT, "say")) { // "tóm tắt phát biểu của …" is the speech
      return Optional.of(new TopicQuery.Summary());
    }
    if (c.has(Cue.THING, "published") && !zoneNamed) {
      // "đăng ở đâu", "ngày đăng" (after who wrote the article): the site and the page's date, never a zone's address
      return Optional.of(new TopicQuery.Source(false));
    }
    if (publishedOn(t, c) && !zoneNamed && !t.has(Tag.Kind.MEASURE)) {
      // "Was it published on Tuoi Tre?", "bài này đăng trên báo Tuổi Trẻ à": the site that published the article (a
      // newspaper's name is never workers' ages), a no when another is claimed
      return Optional.of(new TopicQuery.Source(false));
    }
    if (c.has(Cue.THING, "author")) {
      return Optional.of(new TopicQuery.Source(true));
    }
    if (c.has(Cue.THING, "source") && !c.has(Cue.THING, "law") && !c.has(Cue.POINT)) {
      return Optional.of(new TopicQuery.Source(false));
    }
    if (recipientsNamed(t) && !c.has(Cue.THING, "award") && !c.has(Cue.MEETING) && !c.has(Cue.ACT, "attend")
        && !c.has(Cue.PERSON)) {
      // "Were any individuals named?": the source names none of those it says were awarded
      TopicQuery named = new TopicQuery.Awards(AwardAspect.RECIPIENTS);
      return Optional.of(YesNo.asked(t) ? new TopicQuery.Claim(named, false) : named);
    }
    if (c.has(Cue.THING, "award") || c.has(Cue.THING, "otheraward") && c.has(Cue.ACT)) {
      TopicQuery awards = new TopicQuery.Awards(awardAspect(c));
      List<Tag> zones = t.all(Tag.Kind.ZONE);
      if (zones.isEmpty()) {
        zones = outsideBoard(t, t.all(Tag.Kind.KIND));
      }
      if (!zones.isEmpty() && otherAward(t, c).isEmpty()) {
        // "có bao nhiêu người được khen ở KCX Linh Trung": the source gives the awards of all, never of a zone
        return Optional.of(new TopicQuery.Premise(t.span(zones.get(0).from(), zones.get(0).to()), awards,
            "awards_zone"));
      }
      return Optional.of(otherAward(t, c).<TopicQuery>map(x -> new TopicQuery.Premise(x, awards, TopicQuery.Premise.NONE)).orElse(awards));
    }
    List<String> people = c.args(Cue.PERSON);
    List<String> ranked = byGivenNames(t, c);
    if (people.isEmpty() && ranked.size() >= 2) {
      // "Hưng và Minh ai chức vụ cao hơn?": the titles side by side; the source ranks nobody
      return Optional.of(new TopicQuery.Premise(names(ranked), new TopicQuery.Person(ranked), "ranked"));
    }
    Optional<String> namesake = namesake(t, c);
    if (namesake.isPresent()) {
      // "Nguyễn Văn Minh giữ chức vụ gì?": another family name before "Văn Minh" is someone the source does not name
      return Optional.of(new TopicQuery.UnknownPerson(namesake.get(), c.has(Cue.ACT, "say")));
    }
    // "Who did Nguyen Phuoc Hung thank?": "thank" after a person asked about is what they thanked for, not thanks
    // "Did Nguyen Phuoc Hung thank HEPZA?": whom the speech thanks, with a yes when it names them
    // "what did he thank them for?", "ông Hưng cảm ơn vì điều gì": what the thanks were for, the same point
    if (c.has(Cue.THING, "thanked") || !people.isEmpty() && c.has(Cue.CHAT, "thanks") && !thanksFirst(t)
        && (c.has(Cue.ASK, "who") || c.has(Cue.ASK, "what") || c.has(Cue.ACT, "reason") || YesNo.asked(t))) {
      // "ông Hưng cảm ơn ai?": the point of the speech that thanks, said by its speaker; of anyone else, that the
      // source does not quote them
      List<String> thanks = pointsOn("thanks");
      boolean bySpeaker = people.isEmpty() || ds.points().stream().filter(p -> thanks.contains(p.id()))
          .anyMatch(p -> people.contains(p.speaker()));
      return Optional.of(bySpeaker ? new TopicQuery.Points(thanks) : new TopicQuery.Person(people, true));
    }
    if (!people.isEmpty()) {
      boolean spokeAny = people.stream().anyMatch(id -> ds.person(id).filter(p -> p.roles().contains("speaker"))
          .isPresent());
      if (c.has(Cue.THING, "personal")) {
        // "Nguyễn Phước Hưng sinh năm nào?": the source gives titles only
        return Optional.of(new TopicQuery.Premise(names(people), new TopicQuery.Person(people), "personal"));
      }
      if (c.has(Cue.POINT) || c.has(Cue.THING, "law")) {
        // "Nguyễn Nghĩa Hiệp nói gì về việc làm?": the speaker's point, said not to be this person's
        TopicQuery points = new TopicQuery.Points(c.args(Cue.POINT));
        return Optional.of(spokeAny ? points : new TopicQuery.Premise(names(people), points, "quoted"));
      }
      List<String> w = t.words();
      boolean signing = w.contains("ky") || w.contains("sign") || w.contains("signed") || w.contains("signing");
      if (c.has(Cue.ACT, "signer") || c.has(Cue.ACT, "sign") && signing) {
        // "did he sign the regulation?", "ông Hưng có ký quy chế không?": the source names the parties that signed,
        // not who signed for them; never a yes, never their titles alone
        return Optional.of(new TopicQuery.Meeting(Aspect.SIGNERS));
      }
      // "Cao Văn Minh có phát biểu không?": the speech only of someone who spoke; of anyone else, who they are
      if (c.has(Cue.ACT, "say") && spokeAny) {
        return Optional.of(new TopicQuery.Meeting(Aspect.SPEECH));
      }
      return Optional.of(new TopicQuery.Person(people, c.has(Cue.ACT, "say")));
    }
    Optional<String> stranger = unknownName(t);
    boolean aboutPerson = c.has(Cue.ACT, "attend") || c.has(Cue.ACT, "say") || c.has(Cue.MEETING)
        || c.has(Cue.ASK, "who") || c.has(Cue.THING, "role") || c.has(Cue.ROLE);
    if (stranger.isPresent() && aboutPerson) {
      // "Võ Văn Thưởng có dự hội nghị không?": not among those the source names, never a flat no
      return Optional.of(new TopicQuery.UnknownPerson(stranger.get(), c.has(Cue.ACT, "say")));
    }
    Optional<TopicQuery> fromZone = fromZone(t, c);
    if (fromZone.isPresent()) {
      return fromZone;
    }
    // "ai ký thay mặt …": the signers, whom the source does not name, not a post
    if ((c.has(Cue.ASK, "who") || c.has(Cue.THING, "role")) && !c.has(Cue.ACT, "signer")) {
      List<String> holders = titleHolders(c, false);
      if (!holders.isEmpty()) {
        return Optional.of(new TopicQuery.TitleHolder(holders));
      }
      List<String> from = attendeesOf(c);
      if (!from.isEmpty()) {
        // "who from the Hi-Tech Park spoke?": whether they spoke, which the source says of its speaker only
        return Optional.of(c.has(Cue.ACT, "say") ? new TopicQuery.Person(from, true) : new TopicQuery.TitleHolder(from));
      }
      if (c.has(Cue.ROLE) && !c.has(Cue.MEETING)) {
        // "Ai là giám đốc KCX Linh Trung?": nobody of the data holds it, and nobody else is the answer; a deputy
        // of that post is named as such ("Bí thư Thành ủy Thủ Đức": the data names the Standing Deputy Secretary)
        List<String> deputies = titleHolders(c, true);
        Optional<PeopleOf.Board> of = this.people.board(t);
        if (deputies.isEmpty() && of.isPresent() && !of.get().ids().isEmpty()) {
          // "Who is the head of the HEPZA management board?": the source names no head; the people of that board it
          // names are said with their titles
          return Optional.of(new TopicQuery.NoSuchPerson(post(t, c), of.get().ids(), true));
        }
        return Optional.of(new TopicQuery.NoSuchPerson(post(t, c), deputies));
      }
    }
    boolean meeting = c.has(Cue.MEETING) || c.has(Cue.REGULATION) || c.has(Cue.RECORD)
        || c.has(Cue.ACT, "review") || c.has(Cue.ACT, "attend") || c.has(Cue.ACT, "organise")
        || c.has(Cue.ACT, "chair") || c.has(Cue.ACT, "say")
        // "ai ký bên Thành ủy": who signed, which the source does not name
        || c.has(Cue.ACT, "signer") && !c.has(Cue.SUBJECT) && !t.has(Tag.Kind.MEASURE)
        // "what did they sign?": the regulations signed; signing a labour contract is a worker's matter
        || c.has(Cue.ACT, "sign") && (c.has(Cue.ASK, "what") || c.has(Cue.ASK, "who")) && !c.has(Cue.SUBJECT)
        // "did HEPZA sign too?", "có ký với Đảng ủy BQL KCX-KCN không": a board asked to have signed, never a zone
        // the data lacks
        || c.has(Cue.ACT, "sign") && YesNo.asked(t) && !c.has(Cue.SUBJECT) && boardNamed(c)
        // "ký ở đâu", "where was it signed": at the meeting, whose venue the source does not give
        || c.has(Cue.ACT, "sign") && c.has(Cue.ASK, "where") && !c.has(Cue.SUBJECT) && !t.has(Tag.Kind.ZONE)
        // "was it in the morning or afternoon?", "họp sáng hay chiều": a choice of the time of day is the meeting's
        || c.args(Cue.DAYPART).size() >= 2 && !t.has(Tag.Kind.ZONE) && !t.has(Tag.Kind.MEASURE) && !c.has(Cue.SUBJECT)
        // a worker's own shift ("em làm ca sáng hay ca chiều") is not the meeting
        && !c.has(Cue.SELF) && !t.words().contains("ca") && !t.words().contains("shift");
    Optional<TopicQuery> notGiven = meeting ? notGiven(t, c) : Optional.empty();
    if (notGiven.isPresent()) {
      return notGiven;
    }
    Optional<TopicQuery> length = periodLength(t, c);
    if (length.isPresent()) {
      return length;
    }
    if (c.has(Cue.THING, "plan") && !t.has(Tag.Kind.ZONE) && !t.has(Tag.Kind.MEASURE)) {
      // "kế hoạch phối hợp năm 2024 gồm những gì": the source says a plan was rolled out, not what it holds; "cho năm
      // nào" it does say
      TopicQuery purpose = new TopicQuery.Meeting(Aspect.PURPOSE);
      return Optional.of(c.has(Cue.ASK, "when") ? purpose : new TopicQuery.Premise("", purpose, "plan"));
    }
    if (c.has(Cue.THING, "fee") && (c.has(Cue.THING, "law") || c.has(Cue.POINT))) {
      // "tư vấn có mất phí không": the point that promises it free, never the attendees ("có mặt")
      TopicQuery free = new TopicQuery.Points(pointsOn("legal_advice"));
      // "có mất phí không" is answered no, "is it free?" yes: the speech asks for free legal advice
      // (the last of the two words said decides: "tư vấn miễn phí … có mất phí không" asks whether it costs)
      int lastFree = Math.max(t.words().lastIndexOf("free"), t.words().lastIndexOf("mien"));
      int lastCost = -1;
      for (String w : COST_WORDS) {
        lastCost = Math.max(lastCost, t.words().lastIndexOf(w));
      }
      return Optional.of(YesNo.asked(t) ? new TopicQuery.Claim(free, lastFree > lastCost) : free);
    }
    if (c.has(Cue.THING, "fee") && c.args(Cue.THING).size() == 1 && c.only(FEE_ALONE) && !t.has(Tag.Kind.ZONE)
        && !t.has(Tag.Kind.KIND) && !t.has(Tag.Kind.MEASURE) && !t.has(Tag.Kind.UNKNOWN_ZONE) && !t.has(Tag.Kind.NUMBER)) {
      // "có mất phí không ad" with nothing else: the one cost the source speaks of is the legal advice, promised free;
      // with no advice before it there is no yes or no to give (a conversation on advice makes it one)
      return Optional.of(new TopicQuery.Points(pointsOn("legal_advice")));
    }
    Optional<TopicQuery> yearAssessed = meeting ? yearAssessed(t, c) : Optional.empty();
    if (yearAssessed.isPresent()) {
      return yearAssessed;
    }
    if (meeting && t.has(Tag.Kind.ZONE) && t.has(Tag.Kind.MEASURE) && t.has(Tag.Kind.HOWMANY)
        && c.has(Cue.ACT, "organise") && !c.has(Cue.MEETING)) {
      // "How many firms does Binh Chieu Industrial Park host?": a zone's figure, "host" is no organiser of a meeting
      return Optional.empty();
    }
    if (meeting) {
      TopicQuery fact = meetingFact(c);
      Optional<Aspect> period = periodNamed(t);
      // "quy chế 2017–2023 là giữa những ai": the regulations of the period named, not the newest
      boolean aboutRegulations = fact instanceof TopicQuery.Meeting m
          && (m.aspect() == Aspect.SIGNED || m.aspect() == Aspect.SIGNERS || m.aspect() == Aspect.REVIEWED || m.aspect() == Aspect.REGULATIONS);
      Aspect asked = fact instanceof TopicQuery.Meeting m ? m.aspect() : Aspect.OVERVIEW;
      boolean otherPeriod = asked == Aspect.SIGNED && c.has(Cue.ACT, "sign") && period.equals(Optional.of(Aspect.REVIEWED))
          || asked == Aspect.REVIEWED && c.has(Cue.ACT, "review") && period.equals(Optional.of(Aspect.SIGNED));
      // "quy chế 2024–2025 được sơ kết khi nào?": the meeting's date is of the review of another period
      boolean reviewOfSigned = asked == Aspect.WHEN && c.has(Cue.ACT, "review") && c.has(Cue.REGULATION)
          && period.equals(Optional.of(Aspect.SIGNED));
      if (reviewOfSigned) {
        return Optional.of(new TopicQuery.Meeting(Aspect.REGULATIONS));
      }
      if (aboutRegulations && otherPeriod) {
        // "quy chế 2017–2023 được ký tại hội nghị này à?": that period was reviewed there, the one signed is another;
        // "quy chế 2024–2025 đã được sơ kết chưa?": the source says only when it was signed. Both periods are said
        // "hội nghị sơ kết giai đoạn 2024–2025 phải không?" of this meeting is a no too; of the regulations alone, the
        // source does not say whether they were reviewed since, and "… được ký khi nào" it does not say either
        TopicQuery both = new TopicQuery.Meeting(Aspect.REGULATIONS);
        // "did HEPZA sign the 2017-2023 regulation?" (no meeting named): it was signed once, the source says not when
        boolean no = YesNo.asked(t) && c.has(Cue.MEETING);
        if (no) {
          return Optional.of(new TopicQuery.Claim(both, false));
        }
        Matcher years = YEARS.matcher(t.text());
        return Optional.of(asked == Aspect.SIGNED && years.find() ? new TopicQuery.Premise(
            vn.thuduc.coordbot.lang.Formats.years(Integer.parseInt(years.group(1)), Integer.parseInt(years.group(2))),
            new TopicQuery.Meeting(Aspect.REVIEWED), TopicQuery.Premise.SIGNED) : both);
      }
      if (aboutRegulations && period.isEmpty()) {
        // "quy chế giai đoạn 2020–2025": a period the data has no regulations for is said so, then those it has
        Matcher years = YEARS.matcher(t.text());
        if (years.find()) {
          String typed = vn.thuduc.coordbot.lang.Formats.years(Integer.parseInt(years.group(1)),
              Integer.parseInt(years.group(2)));
          return Optional.of(new TopicQuery.Premise(typed, fact, TopicQuery.Premise.PERIOD));
        }
      }
      return Optional.of(aboutRegulations && period.isPresent() ? new TopicQuery.Meeting(period.get())
          : unmentioned(t, c, nearest(t, c, fact)));
    }
    if (points(c)) {
      TopicQuery points = new TopicQuery.Points(c.args(Cue.POINT));
      if (t.saysAny(HAPPENED) && !t.has(Tag.Kind.MEASURE) && onlyEvents(c.args(Cue.POINT))) {
        // "có đình công bao giờ chưa", "has there ever been a strike": the data records no strike or dispute and
        // counts none; what the speech asks of them is said after that
        return Optional.of(new TopicQuery.Premise("", points, "record"));
      }
      if ((c.has(Cue.ASK, "count") || t.has(Tag.Kind.HOWMANY)) && t.has(Tag.Kind.MEASURE)) {
        // "bao nhiêu công nhân được tư vấn pháp luật": the source counts nobody advised; what it asks for is said
        return Optional.of(new TopicQuery.Premise("", points, "count"));
      }
      return Optional.of(nearest(t, c, points));
    }
    Optional<int[]> named = industries.afterEnterprises(t);
    // "is garment one of them?", "có ngành dệt không", "ngành điện tử có ở khu nào": an industry asked by its own word
    boolean industryAsked = c.has(Cue.INDUSTRY) && (YesNo.asked(t) || whichZone(t) || t.saysAny(AMONG));
    if (c.has(Cue.THING, "industry") || named.isPresent() || industryAsked) {
      return Optional.of(industries(t, c, named));
    }
    return Optional.empty();
  }

  /**
   * True when a word of publishing other than a bare "báo" (folded "bao", also "bảo", to tell) is in {@code t}:
   * "published on", "đăng trên".
   */
  private static boolean publishedOn(Tagger.Tagged t, Cues c) {
    for (Hit h : c.hits()) {
      if (h.cue() == Cue.ACT && h.arg().equals("publish") && !(h.to() - h.from() == 1
          && t.words().get(h.from()).equals("bao"))) {
        return true;
      }
    }
    return false;
  }

  /** The tags of {@code kinds} outside the board's name {@code t} holds: "khu chế xuất" of "HEPZA" expanded is no zone. */
  private List<Tag> outsideBoard(Tagger.Tagged t, List<Tag> kinds) {
    Optional<PeopleOf.Board> b = people.board(t);
    if (b.isEmpty()) {
      return kinds;
    }
    List<Tag> out = new ArrayList<>();
    for (Tag k : kinds) {
      if (k.to() <= b.get().from() || k.from() >= b.get().to()) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * What the source does not give of the meeting or the regulations, said before what it gives: the time the meeting
   * ended ("kết thúc lúc mấy giờ"), the articles of a regulation ("có bao nhiêu điều"); "quy chế kết thúc năm nào" is the
   * end of each period, which it gives.
   */
  private static Optional<TopicQuery> notGiven(Tagger.Tagged t, Cues c) {
    if (c.has(Cue.THING, "articles") && c.has(Cue.REGULATION) && !t.has(Tag.Kind.MEASURE)) {
      return Optional.of(new TopicQuery.Premise("", new TopicQuery.Meeting(Aspect.SIGNED), "articles"));
    }
    if (!c.has(Cue.ACT, "end") || t.has(Tag.Kind.MEASURE) || t.has(Tag.Kind.ZONE)) {
      return Optional.empty();
    }
    if (c.has(Cue.REGULATION) && !c.has(Cue.MEETING)) {
      return Optional.of(new TopicQuery.Meeting(Aspect.REGULATIONS));
    }
    if (c.has(Cue.MEETING) && !c.has(Cue.ASK, "who") && !c.has(Cue.ACT, "say")) {
      return Optional.of(new TopicQuery.Premise("", new TopicQuery.Meeting(Aspect.WHEN), "end_time"));
    }
    return Optional.empty();
  }

  /** "one of them", "among", "trong số đó": an industry asked to be on the list. */
  private static final List<String> AMONG = List.of(" one of them ", " one of the ", " among ", " trong so ", " trong do ",
      " in the list ", " on the list ", " trong danh sach ");
  /** "khu nào", "which zone", "ở đâu": which zone has an industry. */
  private static final List<String> WHICH_ZONE = List.of(" khu nao ", " which zone ", " which zones ", " which park ",
      " o dau ", " where ", " khu vuc nao ");

  private static boolean whichZone(Tagger.Tagged t) {
    return t.saysAny(WHICH_ZONE);
  }

  /** Words that ask a figure split by industry: "số lao động theo ngành", "workers by industry". */
  private static final Set<String> SPLIT = Set.of("theo", "tung", "moi", "by", "per", "each", "so", "split", "breakdown");

  /**
   * The industries at the level asked: a count of an industry's enterprises or workers, which the data lacks; the
   * industries of one zone ("Cát Lái có doanh nghiệp may không"), which the source gives only for the zones together;
   * an industry the list does not name ("có ngành ô tô không"), said so with the list, which is not complete.
   */
  private TopicQuery industries(Tagger.Tagged t, Cues c, Optional<int[]> named) {
    // "mấy" folded is "may", the garment industry: the word that names the industry counts nothing
    boolean count = false;
    for (Hit h : c.hits()) {
      count |= h.cue() == Cue.ASK && h.arg().equals("count") && (named.isEmpty() || h.from() != named.get()[0]);
    }
    for (Tag h : t.all(Tag.Kind.HOWMANY)) {
      count |= named.isEmpty() || h.from() != named.get()[0];
    }
    boolean workers = false;
    boolean split = false;
    for (Tag m : t.all(Tag.Kind.MEASURE)) {
      workers |= m.arg().equals("workers");
    }
    for (String w : t.words()) {
      split |= SPLIT.contains(w);
    }
    // "ngành may có bao nhiêu doanh nghiệp", "số lao động theo ngành nghề": the data lists the industries, never
    // a figure of each
    boolean counted = (count || t.has(Tag.Kind.MAX) || t.has(Tag.Kind.MIN)) && t.has(Tag.Kind.MEASURE)
        || workers && split;
    TopicQuery all = new TopicQuery.Industries(counted);
    List<Tag> zones = t.all(Tag.Kind.ZONE);
    if (!counted && named.isPresent() && !zones.isEmpty()) {
      return new TopicQuery.Premise(t.span(zones.get(0).from(), zones.get(0).to()), all, "industry_zone");
    }
    if (!counted && !zones.isEmpty() && !YesNo.asked(t)) {
      // "ngành nào ở SHTP", "what industries are in Cat Lai?": the list, said to be of all the zones together
      return new TopicQuery.Industries(false, t.span(zones.get(0).from(), zones.get(0).to()));
    }
    IndustryCheck.Typed asked = named.isPresent()
        ? new IndustryCheck.Typed(t.words().subList(named.get()[0], named.get()[1]), t.span(named.get()[0], named.get()[1]))
        : industries.typed(t, c);
    if (!counted && zones.isEmpty() && whichZone(t) && (c.has(Cue.INDUSTRY) || !asked.words().isEmpty())) {
      // "khu nào nhiều ngành CNTT nhất", "ngành điện tử có ở khu nào": one list for the zones together, none by zone
      return new TopicQuery.Premise("", all, "industry_which");
    }
    if (!counted && zones.isEmpty() && (YesNo.asked(t) || t.saysAny(AMONG))) {
      for (Hit h : c.hits()) {
        if (h.cue() == Cue.INDUSTRY && h.arg().startsWith("near:") && !industries.listed(c.words(), asked.words())) {
          // "is textile one of them?": garments are listed, textiles as such are not (and the list is not complete)
          return new TopicQuery.Premise(t.span(h.from(), h.to()), all, "industry_near_" + h.arg().substring(5));
        }
      }
      for (Hit h : c.hits()) {
        if (h.cue() == Cue.INDUSTRY && asked.words().isEmpty()) {
          return new TopicQuery.Claim(all, true); // "Is garment one of the industries?": "may", garments, is listed
        }
      }
    }
    if (!counted && zones.isEmpty() && YesNo.asked(t)) {
      IndustryCheck.Typed typed = named.isPresent()
          ? new IndustryCheck.Typed(t.words().subList(named.get()[0], named.get()[1]), t.span(named.get()[0], named.get()[1]))
          : industries.typed(t, c);
      if (!typed.words().isEmpty() && !industries.listed(c.words(), typed.words())) {
        return new TopicQuery.Premise(typed.text(), all, "industry");
      }
    }
    return all;
  }

  /**
   * "Tôi là cán bộ công đoàn", "I'm a new worker": the writer says who they are and asks nothing (no question word,
   * no zone, no number, no person), so the reply acknowledges it and the conversation stays as it was.
   */
  private static boolean introduction(Tagger.Tagged t, Cues c, boolean zoneNamed) {
    boolean opens = false;
    for (Hit h : c.hits()) {
      opens |= h.cue() == Cue.INTRO && h.from() == 0;
    }
    return opens && !zoneNamed && !c.has(Cue.ASK) && !c.has(Cue.PERSON) && !c.has(Cue.SUBJECT) && !c.has(Cue.OWN)
        && !t.has(Tag.Kind.NUMBER) && !t.has(Tag.Kind.HOWMANY) && !t.text().contains("?") && !YesNo.asked(t)
        && t.words().size() <= 8;
  }

  /**
   * A date asked for a meeting that no meeting of the data was held on: a year alone, a month and a
   * year, or a day and a month; years that are a period ("giai đoạn 2017–2023") are not a meeting's date.
   */
  private Optional<TopicQuery> noSuchMeeting(Tagger.Tagged t, Cues c) {
    String text = t.text();
    if (YEARS.matcher(text).find() || c.has(Cue.ASK, "period")) {
      return Optional.empty();
    }
    int day = 0;
    int month = 0;
    int year = 0;
    Matcher dm = DAY_MONTH.matcher(text);
    Matcher my = MONTH_YEAR.matcher(text);
    if (my.find()) {
      month = Integer.parseInt(my.group(1));
      year = Integer.parseInt(my.group(2));
    } else if (dm.find()) {
      day = Integer.parseInt(dm.group(1));
      month = Integer.parseInt(dm.group(2));
      year = dm.group(3) == null ? 0 : Integer.parseInt(dm.group(3));
    }
    if (month == 0 && c.has(Cue.MONTH)) {
      month = Integer.parseInt(c.args(Cue.MONTH).get(0));
    }
    if (year == 0) {
      year = t.all(Tag.Kind.YEAR).stream().mapToInt(x -> (int) x.number()).findFirst().orElse(0);
    }
    if (year == 0 && month == 0 || month > 12 || day > 31) {
      return Optional.empty();
    }
    // "hội nghị đánh giá năm 2023": a year of the period reviewed or signed is what was discussed, not the date
    boolean aboutPeriod = c.has(Cue.ACT, "review") || c.has(Cue.ACT, "sign") || c.has(Cue.REGULATION);
    int asked = year;
    if (aboutPeriod && month == 0 && day == 0 && periods().stream().anyMatch(p -> p[0] <= asked && asked <= p[1])) {
      return Optional.empty();
    }
    for (Meeting m : ds.meetings()) {
      boolean same = (year == 0 || m.date().getYear() == year) && (month == 0 || m.date().getMonthValue() == month)
          && (day == 0 || m.date().getDayOfMonth() == day);
      if (same) {
        return Optional.empty();
      }
    }
    return Optional.of(new TopicQuery.NoSuchMeeting(day, month, year));
  }

  /** The periods the data's meetings reviewed and the regulations cover, as [from, to]. */
  private List<int[]> periods() {
    List<int[]> out = new ArrayList<>();
    ds.meetings().forEach(m -> out.add(new int[] {m.reviewedFrom(), m.reviewedTo()}));
    ds.agreements().forEach(a -> out.add(new int[] {a.fromYear(), a.toYear()}));
    return out;
  }

  /**
   * A period named as a range ("quy chế 2017–2023"): the one reviewed or the one signed, whichever it is;
   * empty when none is named or the data has no such period.
   */
  private Optional<Aspect> periodNamed(Tagger.Tagged t) {
    Matcher m = YEARS.matcher(t.text());
    if (!m.find()) {
      return Optional.empty();
    }
    int from = Integer.parseInt(m.group(1));
    int to = Integer.parseInt(m.group(2));
    if (ds.agreements().stream().anyMatch(a -> a.signed() && a.fromYear() == from && a.toYear() == to)) {
      return Optional.of(Aspect.SIGNED);
    }
    if (ds.meetings().stream().anyMatch(x -> x.reviewedFrom() == from && x.reviewedTo() == to)) {
      return Optional.of(Aspect.REVIEWED);
    }
    return Optional.empty();
  }

  /** "tổng cộng?", "in total?" after the awards: the count of all those awarded. */
  private static final List<String> TOTAL = List.of(" tong cong ", " tong so ", " total ", " altogether ",
      " all together ", " cong lai ", " combined ", " in all ");

  private static AwardAspect awardAspect(Cues c) {
    String said = " " + String.join(" ", c.words()) + " ";
    for (String w : TOTAL) {
      if (said.contains(w)) {
        return AwardAspect.COUNT;
      }
    }
    if (c.has(Cue.ASK, "period") || c.has(Cue.ACT, "reason") && c.has(Cue.ASK, "what")) {
      // "giấy khen trao cho thành tích giai đoạn nào": what it was for, with its period
      return AwardAspect.REASON;
    }
    if (c.has(Cue.ACT, "reason") && !c.has(Cue.ASK, "who")) {
      // "for what?", "vì sao" after who gave them (the conversation's "trao tặng"): what they were for
      return AwardAspect.REASON;
    }
    boolean asksGiver = c.has(Cue.ASK, "who") || c.has(Cue.ASK, "what") || !c.has(Cue.THING, "recipients");
    if (c.has(Cue.ACT, "give") && !c.has(Cue.ACT, "receive") && asksGiver && !c.has(Cue.ASK, "count")) {
      return AwardAspect.GIVER;
    }
    if (c.has(Cue.ACT, "reason")) {
      return AwardAspect.REASON;
    }
    if (c.has(Cue.ASK, "count")) {
      return AwardAspect.COUNT;
    }
    if (c.has(Cue.ASK, "who") || c.has(Cue.THING, "recipients") || c.has(Cue.ACT, "receive")) {
      return AwardAspect.RECIPIENTS;
    }
    return AwardAspect.ALL;
  }

  /** Words of the name of a party's board ("HEPZA" reads "ban quản lý …", "Đảng ủy", "party committee"). */
  private static final List<String> BOARDS = List.of(" dang uy ", " ban quan ly ", " party committee ",
      " management board ", " authority ", " board ");

  private static boolean boardNamed(Cues c) {
    String said = " " + String.join(" ", c.words()) + " ";
    for (String b : BOARDS) {
      if (said.contains(b)) {
        return true;
      }
    }
    return false;
  }

  /** The fact of the meeting asked for: the question word first, then what was done, then what about. */
  private static TopicQuery meetingFact(Cues c) {
    boolean signed = c.has(Cue.ACT, "sign") || c.has(Cue.ACT, "between");
    if (c.has(Cue.ACT, "signer")) {
      return new TopicQuery.Meeting(Aspect.SIGNERS);
    }
    if (c.has(Cue.ACT, "next")) {
      // "bao giờ có hội nghị tiếp theo": a meeting the data cannot have, never the date of the last one
      return new TopicQuery.Meeting(Aspect.NEXT);
    }
    if (c.has(Cue.ACT, "edition") && c.has(Cue.MEETING)) {
      // "hội nghị lần đầu tiên tổ chức năm nào": the first of an annual series, which the source does not date; the
      // date of the one meeting it has is never that first one's
      return new TopicQuery.Meeting(Aspect.EDITION);
    }
    if (c.has(Cue.ACT, "length") && c.has(Cue.MEETING)) {
      // "hội nghị kéo dài bao lâu": the source gives the morning it was held on, not how long it lasted
      return new TopicQuery.Meeting(Aspect.DURATION);
    }
    if (c.has(Cue.ACT, "annual")) {
      // "hội nghị thường niên phải không": the purpose says whether it is held every year
      return new TopicQuery.Meeting(Aspect.PURPOSE);
    }
    if (c.has(Cue.ASK, "when")) {
      return new TopicQuery.Meeting(signed && !c.has(Cue.MEETING) ? Aspect.SIGNED : Aspect.WHEN);
    }
    if (c.has(Cue.ASK, "where")) {
      return new TopicQuery.Meeting(Aspect.WHERE);
    }
    if (c.has(Cue.DAYPART) && !signed) {
      // "hội nghị tổ chức buổi chiều phải không": the time it was held, whoever held it
      return new TopicQuery.Meeting(Aspect.WHEN);
    }
    if (c.has(Cue.ACT, "chair")) {
      return new TopicQuery.Meeting(Aspect.CHAIR);
    }
    if (c.has(Cue.ACT, "edition")) {
      return new TopicQuery.Meeting(Aspect.EDITION); // "tổ chức lần đầu à?": which time it is, not who organised it
    }
    if (c.has(Cue.ACT, "organise")) {
      return new TopicQuery.Meeting(Aspect.ORGANISER);
    }
    if (c.has(Cue.ACT, "attend")) {
      return new TopicQuery.Meeting(Aspect.ATTENDEES);
    }
    if (c.has(Cue.ACT, "say")) {
      return c.has(Cue.POINT) || c.has(Cue.THING, "law") ? new TopicQuery.Points(c.args(Cue.POINT))
          : new TopicQuery.Meeting(Aspect.SPEECH);
    }
    if (c.has(Cue.ASK, "who") && c.has(Cue.MEETING) && !signed) {
      return new TopicQuery.Meeting(Aspect.ATTENDEES);
    }
    if (c.has(Cue.ACT, "purpose")) {
      return new TopicQuery.Meeting(Aspect.PURPOSE);
    }
    if (c.has(Cue.ACT, "edition")) {
      return new TopicQuery.Meeting(Aspect.EDITION);
    }
    if (signed) {
      return new TopicQuery.Meeting(Aspect.SIGNED);
    }
    // "sơ kết" names the meeting too: the period reviewed is asked when a period is, or a review besides the name
    boolean reviewAsked = c.has(Cue.ACT, "review")
        && (c.has(Cue.ASK, "period") || c.count(Cue.ACT, "review") >= 2 || !c.has(Cue.MEETING));
    if (reviewAsked) {
      return new TopicQuery.Meeting(Aspect.REVIEWED);
    }
    if (c.has(Cue.POINT)) {
      return new TopicQuery.Points(c.args(Cue.POINT));
    }
    if (c.has(Cue.REGULATION)) {
      return new TopicQuery.Meeting(Aspect.REGULATIONS);
    }
    return new TopicQuery.Meeting(Aspect.OVERVIEW);
  }

  /**
   * The speech points are asked about with a law word, or a keyword of two words or more ("việc làm",
   * "tranh chấp"): one everyday word ("life", "free") is not enough.
   */
  /** Folded words that ask whether something ever happened: "bao giờ chưa", "đã từng", "xảy ra chưa", "ever". */
  private static final List<String> HAPPENED = List.of(" bao gio chua ", " da tung ", " tung co ", " tung xay ra ",
      " co xay ra ", " xay ra chua ", " lan nao chua ", " ever ", " has there been ", " have there been ",
      " were there any ", " was there a ", " did any ");


  /** True when {@code ids} are points on events a place could have a record of: strikes, labour disputes. */
  private boolean onlyEvents(List<String> ids) {
    return onlyPointsOf(ds, ids, Set.of("strikes", "disputes"));
  }

  /** True when {@code ids} are points of the speech, each on one of {@code topics}, and there is one at least. */
  public static boolean onlyPointsOf(Dataset ds, List<String> ids, Set<String> topics) {
    if (ids.isEmpty()) {
      return false;
    }
    for (String id : ids) {
      boolean on = false;
      for (vn.thuduc.coordbot.data.Point p : ds.points()) {
        on |= p.id().equals(id) && topics.contains(p.topic());
      }
      if (!on) {
        return false;
      }
    }
    return true;
  }

  private static boolean points(Cues c) {
    if (c.has(Cue.THING, "law") || c.has(Cue.ACT, "say")) {
      return c.has(Cue.POINT) || c.has(Cue.THING, "law");
    }
    for (Hit h : c.hits()) {
      if (h.cue() == Cue.POINT && h.to() - h.from() >= 2) {
        return true;
      }
    }
    // "what about workers' welfare?": one keyword carries a question that says little else
    return c.has(Cue.POINT) && c.uncovered() <= 2;
  }

  /** The posts a title names ("secretary", "head"; "-" for a word of leading in general is none). */
  private Set<String> posts(List<String> words) {
    Set<String> out = new LinkedHashSet<>();
    for (Hit h : lex.match(words)) {
      if (h.cue() == Cue.ROLE && !h.arg().equals("-")) {
        out.add(h.arg());
      }
    }
    return out;
  }

  /** People whose title the question quotes (most of the title's words, in any order); the best match wins. */
  private List<String> titleHolders(Cues c, boolean deputies) {
    List<String> words = canon(c.words());
    boolean[] asking = new boolean[words.size()];
    for (Hit h : c.hits()) {
      if (h.cue() == Cue.ASK || h.cue() == Cue.FILLER || h.cue() == Cue.THING && h.arg().equals("role")) {
        for (int i = h.from(); i < h.to(); i++) {
          asking[i] = true;
        }
      }
    }
    Set<String> asked = new LinkedHashSet<>();
    for (int i = 0; i < words.size(); i++) {
      // stop words count: "bí" of "Bí thư" is one, and tells the Secretary from a member
      if (!asking[i]) {
        asked.add(words.get(i));
      }
    }
    // pairs of words asked side by side: "Thành ủy" must be in the title as such, not "thành phố" and "Đảng ủy"
    List<String> pairs = new ArrayList<>();
    // a rank and the post it ranks are side by side in the title too: "Phó BQL" is not "Phó Bí thư … Đảng ủy BQL"
    List<String> rankPairs = new ArrayList<>();
    boolean[] rank = c.coveredBy(Set.of(Cue.RANK));
    for (int i = 0; i + 1 < words.size(); i++) {
      if (!asking[i] && !asking[i + 1]) {
        pairs.add(words.get(i) + " " + words.get(i + 1));
        // "Phó Trưởng BQL" is written "Phó BQL": the word for head after a rank is left out of the pair
        int next = words.get(i + 1).equals("truong") && i + 2 < words.size() ? i + 2 : i + 1;
        if (rank[i] && !rank[next] && !asking[next] && !(i > 0 && words.get(i - 1).equals("thanh"))) {
          rankPairs.add(words.get(i) + " " + words.get(next));
        }
      }
    }
    Set<String> have = new LinkedHashSet<>(words);
    boolean askedRank = lex.ranked(words);
    Set<String> postsAsked = new LinkedHashSet<>();
    for (Hit h : c.hits()) {
      if (h.cue() == Cue.ROLE && !h.arg().equals("-")) {
        postsAsked.add(h.arg());
      }
    }
    double bestAsked = 0;
    double bestFound = 0;
    List<String> out = new ArrayList<>();
    for (TopicLexicon.Title title : lex.titles()) {
      List<String> titleWords = canon(title.words());
      Set<String> content = new LinkedHashSet<>(titleWords);
      if (content.size() < 2) {
        continue;
      }
      // a deputy or a member is not the post asked without "phó" / "deputy": "Bí thư" is not "Phó Bí thư"; one title
      // is a deputy's of one body only (the titles together are not one post)
      if (deputies && title.joined()) {
        continue;
      }
      boolean lower = lex.ranked(title.words());
      // and a post asked with "phó" is not the post itself: "Phó Chủ tịch" is not "Chủ tịch"
      if (deputies ? !lower || askedRank : lower != askedRank) {
        continue;
      }
      // a named post is held by the title that names it: "Secretary of the … Party Committee" is not "Head of the Mass
      // Mobilisation Commission of the … Party Committee" (a title that names no post, "Phó BQL …", is judged by its words)
      Set<String> held = posts(title.words());
      if (!deputies && !held.isEmpty() && !holdsPosts(held, postsAsked)) {
        continue;
      }
      long found = content.stream().filter(have::contains).count();
      double foundShare = (double) found / content.size();
      long askedFound = asked.stream().filter(content::contains).count();
      double askedShare = asked.isEmpty() ? 0 : (double) askedFound / asked.size();
      // what was asked is (nearly) all in the title: "Bí thư Thành ủy TPHCM" is not "Ủy viên … Đảng bộ TPHCM"
      if (found < 2 || asked.size() - askedFound > asked.size() / 6 || foundShare < 0.5 && (askedShare < 1 || found < 3)) {
        continue;
      }
      String joined = " " + String.join(" ", titleWords) + " ";
      // "the Thu Duc People's Council" is the title's "Thu Duc City People's Council": "city" after a city's name is
      // left out as often as said
      String cityless = joined.replace(" duc city ", " duc ").replace(" duc thanh pho ", " duc ");
      long pairsFound = pairs.stream().filter(x -> joined.contains(" " + x + " ") || cityless.contains(" " + x + " "))
          .count();
      if (!ClaimCheck.namesBodies(titleWords, ClaimCheck.twinBodies(words))) {
        continue; // "the People's Committee" is not "the People's Council"
      }
      if (pairs.size() >= 2 && pairsFound < 0.7 * pairs.size()
          || !rankPairs.stream().allMatch(x -> joined.contains(" " + x + " "))) {
        continue;
      }
      // the title that holds most of what was asked wins, then the one quoted most fully; equal ones are all named
      int cmp = askedShare > bestAsked + 1e-9 ? 1 : askedShare < bestAsked - 1e-9 ? -1
          : Double.compare(Math.round(foundShare * 1e6), Math.round(bestFound * 1e6));
      if (cmp > 0) {
        bestAsked = askedShare;
        bestFound = foundShare;
        out.clear();
      }
      if (cmp >= 0 && !out.contains(title.personId())) {
        out.add(title.personId());
      }
    }
    return List.copyOf(out);
  }

  /** Words written two ways in titles and questions: one spelling, one word for a "Ban" (commission or board). */
  private static final java.util.Map<String, String> CANON = java.util.Map.of("mobilization", "mobilisation",
      "organization", "organisation", "commission", "board");

  private static List<String> canon(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(CANON.getOrDefault(w, w));
    }
    return out;
  }

  /**
   * Whether a title's posts hold the posts asked: "the head of the People's Council" is its chairman, so a head is
   * held by a chair too; a secretary only by a secretary.
   */
  private static boolean holdsPosts(Set<String> held, Set<String> asked) {
    for (String post : asked) {
      if (!held.contains(post) && !(post.equals("head") && held.contains("chair"))) {
        return false;
      }
    }
    return true;
  }

  /** The post asked about as typed: from its first word to the last word that is not a question word or particle. */
  private static String post(Tagger.Tagged t, Cues c) {
    int from = c.hits().stream().filter(h -> h.cue() == Cue.ROLE || h.cue() == Cue.RANK).mapToInt(Hit::from).min()
        .orElse(0);
    int to = t.words().size();
    while (to > from + 1 && asking(c, to - 1)) {
      to--;
    }
    return t.span(from, to).replaceAll("[?!.,;:]+$", "");
  }

  /** True when word {@code i} asks ("ai", "là ai", "vậy") rather than names. */
  private static boolean asking(Cues c, int i) {
    return Stopwords.contains(c.words().get(i)) || c.hits().stream().anyMatch(h -> h.from() <= i && i < h.to()
        && (h.cue() == Cue.ASK || h.cue() == Cue.FILLER || h.cue() == Cue.PARTICLE
        || h.cue() == Cue.THING && !h.arg().equals("committee")));
  }

  /** The names of the people {@code ids}, joined. */
  private String names(List<String> ids) {
    return String.join(", ", ids.stream().map(ds::person).flatMap(Optional::stream)
        .map(vn.thuduc.coordbot.data.Person::name).toList());
  }

  /** The ids of the points of the source on {@code topic}. */
  private List<String> pointsOn(String topic) {
    return ds.points().stream().filter(p -> topic.equals(p.topic())).map(vn.thuduc.coordbot.data.Point::id).toList();
  }

  /** Words that ask which of two is above the other. */
  private static final Set<String> HIGHER = Set.of("hon", "higher", "senior", "outranks", "outrank");

  /**
   * The people a question on who ranks higher names by their given names alone ("Hưng và Minh ai chức vụ cao hơn"):
   * only with a post word and a comparison, since a given name alone is an everyday word ("mình").
   */
  private List<String> byGivenNames(Tagger.Tagged t, Cues c) {
    boolean compared = false;
    for (String w : t.words()) {
      compared |= HIGHER.contains(w);
    }
    List<String> out = new ArrayList<>();
    if (!compared || !(c.has(Cue.THING, "role") || c.has(Cue.ROLE))) {
      return out;
    }
    for (vn.thuduc.coordbot.data.Person p : ds.people()) {
      List<String> name = Lexicon.normalise(p.name());
      if (t.words().contains(name.get(name.size() - 1))) {
        out.add(p.id());
      }
    }
    return out;
  }

  /** The first word of a venue that is no zone: "trụ sở", "hội trường", "văn phòng", "headquarters", "hall". */
  private static final Set<String> VENUE = Set.of("tru", "hoi truong", "van", "nha", "headquarters", "hall", "office",
      "offices");

  /** True when {@code t} puts the meeting at a place: "ở KCX Linh Trung", "tại trụ sở", "at the Hi-Tech Park". */
  private static boolean venueSaid(Tagger.Tagged t) {
    if (t.has(Tag.Kind.MEASURE) || t.has(Tag.Kind.HOWMANY)) {
      return false; // "số lao động tại Khu Công nghệ cao tính đến thời điểm hội nghị": a figure
    }
    List<String> w = t.words();
    for (int i = 0; i + 1 < w.size(); i++) {
      if (!AT.contains(w.get(i))) {
        continue;
      }
      int j = i + 1 < w.size() && w.get(i + 1).equals("the") ? i + 2 : i + 1;
      if (j >= w.size()) {
        continue;
      }
      Tag at = t.at(j);
      if (at != null && at.is(Tag.Kind.ZONE) && at.from() == j || VENUE.contains(w.get(j))
          || j + 1 < w.size() && VENUE.contains(w.get(j) + " " + w.get(j + 1))) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code t} opens with thanks ("thanks, what is …", "cảm ơn, ông Hưng giữ chức gì"): politeness. */
  private static boolean thanksFirst(Tagger.Tagged t) {
    List<String> w = t.words();
    return !w.isEmpty() && (Set.of("thanks", "thank", "thx", "tks", "ty", "camon").contains(w.get(0))
        || w.size() > 1 && w.get(0).equals("cam") && w.get(1).equals("on"));
  }

  /** Words of the meeting being held ("tổ chức năm 2024", "diễn ra", "held in 2024"): its date, not its purpose. */
  private static final List<String> HELD = List.of(" to chuc ", " dien ra ", " hop ", " held ", " took place ",
      " organised ", " organized ", " happened ", " happen ");

  /** Words that claim a cost ("mất phí", "tốn tiền", "does it cost", "a fee"), against "miễn phí" / "free". */
  private static final List<String> COST_WORDS = List.of("mat", "ton", "thu", "tinh", "cost", "costs", "fee", "fees",
      "charge", "charged", "pay", "tien");

  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "thang", "ngay");

  /** True when {@code t} names a day or a month ("ngày 8/3/2024", "on 8 March 2024", "tháng 3 năm 2024"). */
  private static boolean dated(Tagger.Tagged t) {
    if (DAY_MONTH.matcher(t.text()).find() || MONTH_YEAR.matcher(t.text()).find()) {
      return true;
    }
    for (String w : t.words()) {
      if (MONTHS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Hội nghị đánh giá kết quả năm 2024 à?": the year whose results the meeting assessed is the last of the period
   * it reviewed; a later year is a no, that year a yes, both with the purpose that names the years.
   */
  private Optional<TopicQuery> yearAssessed(Tagger.Tagged t, Cues c) {
    if (!c.has(Cue.ACT, "review") || !YesNo.asked(t) || YEARS.matcher(t.text()).find()
        || t.all(Tag.Kind.YEAR).size() != 1 || dated(t) || t.saysAny(HELD)) {
      return Optional.empty(); // ("hội nghị sơ kết diễn ra ngày 8/3/2024 phải không": the day it was held)
    }
    Optional<vn.thuduc.coordbot.data.Meeting> m = ds.latestMeeting();
    if (m.isEmpty()) {
      return Optional.empty();
    }
    int year = (int) t.all(Tag.Kind.YEAR).get(0).number();
    if (year < m.get().reviewedTo()) {
      return Optional.empty();
    }
    return Optional.of(new TopicQuery.Claim(new TopicQuery.Meeting(Aspect.PURPOSE), year == m.get().reviewedTo()));
  }

  /**
   * A body the source names nobody of ("Ủy ban nhân dân TP Thủ Đức", "the People's Committee"): who heads it, or
   * whether its leaders attended, is not stated; the attendees the source names are given.
   */
  private static Optional<TopicQuery> otherBody(Tagger.Tagged t, Cues c) {
    if (c.has(Cue.PERSON)) {
      return Optional.empty(); // "Hưng là Chủ tịch UBND …?": the titles the data gives decide
    }
    for (Hit h : c.hits()) {
      boolean committee = h.arg().equals("committee") || h.arg().equals("body") && "uy".equals(t.words().get(h.from()));
      if (h.cue() != Cue.THING || !committee) {
        continue;
      }
      int from = h.from();
      int to = h.to();
      for (Tag x : t.all(Tag.Kind.THUDUC)) {
        // the city's name on either side belongs to the body: "UBND TP Thủ Đức", "the Thu Duc People's Committee"
        to = x.from() >= to && x.from() <= to + 1 ? x.to() : to;
        from = x.to() <= from && x.to() >= from - 1 ? x.from() : from;
      }
      String named = t.span(from, to).trim();
      if (c.has(Cue.ACT, "attend") || t.words().contains("du")) {
        return Optional.of(new TopicQuery.Premise(named, new TopicQuery.Meeting(Aspect.ATTENDEES),
            TopicQuery.Premise.NONE));
      }
      // "the chairman of …" names a post: the posts of the data decide it (a not-found person); "who chairs …" does not
      if (!c.has(Cue.ROLE) && (c.has(Cue.ACT, "chair") || c.has(Cue.ASK, "who") || c.has(Cue.THING, "role"))) {
        return Optional.of(new TopicQuery.NotStated("body_head", named));
      }
    }
    return Optional.empty();
  }

  /** An award the data does not give ("Bằng khen của Thủ tướng"), as typed: from its first word to its last. */
  private Optional<String> otherAward(Tagger.Tagged t, Cues c) {
    int from = Integer.MAX_VALUE;
    int to = -1;
    for (Hit h : c.hits()) {
      if (h.cue() == Cue.THING && h.arg().equals("otheraward")) {
        from = Math.min(from, h.from());
        to = Math.max(to, h.to());
      }
    }
    if (to < 0) {
      return Optional.empty();
    }
    // "Bằng khen của Thủ tướng": the words after it that no cue reads belong to its name
    boolean[] read = c.coveredBy(Set.of(Cue.ACT, Cue.ASK, Cue.PARTICLE));
    while (to < t.words().size() && !read[to] && to - from < 8) {
      to++;
    }
    String typed = t.span(from, to);
    List<String> asked = Lexicon.normalise(typed);
    boolean given = ds.awards().stream().anyMatch(a -> Lexicon.normalise(a.awardVi()).equals(asked)
        || Lexicon.normalise(a.awardEn()).equals(asked));
    return given ? Optional.empty() : Optional.of(typed);
  }

  /** "BQL là viết tắt của gì", "HEPZA là gì": abbreviations the data spells out, asked about alone. */
  private Optional<TopicQuery> abbreviations(Tagger.Tagged t, Cues c) {
    boolean asks = c.has(Cue.THING, "abbreviation") || c.has(Cue.ASK, "what");
    if (!asks || t.has(Tag.Kind.ZONE) || t.has(Tag.Kind.MEASURE) || c.has(Cue.PERSON)) {
      return Optional.empty();
    }
    List<DataAbbreviations.Expansion> named = abbreviations.named(t.text()).stream().map(abbreviations::of)
        .flatMap(Optional::stream).toList();
    return named.isEmpty() ? Optional.empty() : Optional.of(new TopicQuery.Abbreviations(named));
  }

  /** Words for a period of the regulations: "giai đoạn", "period", "thời kỳ". */
  private static final List<String> PERIOD_WORDS = List.of(" giai doan ", " period ", " thoi ky ");
  /** Words for the period before: "giai đoạn trước", "the previous period", "quy chế cũ". */
  private static final List<String> EARLIER = List.of(" truoc ", " cu ", " previous ", " earlier ", " old ",
      " former ", " last period ");

  /** Words for the regulations: "quy chế cũ", "the old regulation" (and, in a conversation on them, "the old one"). */
  private static final List<String> REGULATION_WORDS = List.of(" quy che ", " regulation ", " regulations ");

  /** Words for the period now: "giai đoạn mới", "the new period", "hiện tại". */
  private static final List<String> NEWER = List.of(" moi ", " new ", " hien tai ", " hien nay ", " current ",
      " next ", " tiep theo ", " sap toi ");

  /** "Giai đoạn 2017–2023 kéo dài bao nhiêu năm?": how long a period of the data's meetings or regulations lasts. */
  private Optional<TopicQuery> periodLength(Tagger.Tagged t, Cues c) {
    Matcher m = YEARS.matcher(t.text());
    // "giai đoạn 2017–2023 tổng số lao động là bao nhiêu" asks a figure of the period, not its length
    if (!c.has(Cue.ACT, "length") && !t.has(Tag.Kind.MEASURE) && !t.has(Tag.Kind.ZONE) && !m.find()
        && (t.saysAny(PERIOD_WORDS) || t.saysAny(REGULATION_WORDS) && t.saysAny(EARLIER))
        && (t.saysAny(NEWER) || t.saysAny(EARLIER))) {
      // "giai đoạn mới thì sao", "and the new period?", "giai đoạn cũ": the regulations of that period
      m.reset();
      return Optional.of(new TopicQuery.Meeting(t.saysAny(EARLIER) ? TopicQuery.Aspect.REVIEWED
          : TopicQuery.Aspect.SIGNED));
    }
    m.reset();
    if (!c.has(Cue.ACT, "length") || t.has(Tag.Kind.MEASURE)) {
      return Optional.empty();
    }
    if (!m.find()) {
      // "giai đoạn mấy năm" after the regulations: the period of those signed; "giai đoạn trước" the one reviewed
      // before it (never how long the meeting lasted)
      if (!t.saysAny(PERIOD_WORDS) || ds.latestMeeting().isEmpty()) {
        return Optional.empty();
      }
      Meeting meeting = ds.latestMeeting().get();
      if (t.saysAny(EARLIER) || c.has(Cue.ACT, "review")) {
        return Optional.of(new TopicQuery.PeriodLength(meeting.reviewedFrom(), meeting.reviewedTo()));
      }
      for (vn.thuduc.coordbot.data.Agreement a : ds.agreements()) {
        if (a.signed() && meeting.id().equals(a.meeting())) {
          return Optional.of(new TopicQuery.PeriodLength(a.fromYear(), a.toYear()));
        }
      }
      return Optional.empty();
    }
    int from = Integer.parseInt(m.group(1));
    int to = Integer.parseInt(m.group(2));
    boolean known = periods().stream().anyMatch(p -> p[0] == from && p[1] == to);
    return known ? Optional.of(new TopicQuery.PeriodLength(from, to)) : Optional.empty();
  }

  /**
   * The attendees a question names the body of ("người tham dự từ BQL Khu Công nghệ cao là ai"): those whose titles
   * hold every word of it; none when it names no body or every attendee is of it.
   */
  private List<String> attendeesOf(Cues c) {
    if (!c.has(Cue.ACT, "attend") && !c.has(Cue.ACT, "work")) {
      return List.of();
    }
    boolean[] asking = c.coveredBy(Set.of(Cue.ASK, Cue.FILLER, Cue.PARTICLE, Cue.THING, Cue.ACT, Cue.MEETING));
    List<String> body = new ArrayList<>();
    for (int i = 0; i < c.words().size(); i++) {
      if (!asking[i] && !Stopwords.contains(c.words().get(i)) && !Set.of("con", "nguoi", "tu", "ben", "phia", "cua")
          .contains(c.words().get(i))) {
        body.add(c.words().get(i));
      }
    }
    if (body.size() < 2) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (TopicLexicon.Title title : lex.titles()) {
      if (new java.util.HashSet<>(title.words()).containsAll(body) && !out.contains(title.personId())) {
        out.add(title.personId());
      }
    }
    return out.size() < ds.people().size() ? out : List.of();
  }

  /**
   * A person's name as typed that the data does not have: two to four capitalised words, the first a family name,
   * none a word of a body's name ("Đảng Ủy"), not a person or zone of the data.
   */
  private Optional<String> unknownName(Tagger.Tagged t) {
    String[] tokens = t.text().split("[\\s,;:?!.()“”\"]+");
    for (int i = 0; i < tokens.length; i++) {
      int j = i;
      while (j < tokens.length && j - i < 4 && capitalised(tokens[j])) {
        j++;
      }
      if (j - i >= 2 && lex.surname(vn.thuduc.coordbot.text.Fold.fold(tokens[i]))) {
        List<String> run = List.of(tokens).subList(i, j);
        String folded = String.join(" ", run.stream().map(vn.thuduc.coordbot.text.Fold::fold).toList());
        boolean body = run.stream().anyMatch(w -> BODY_WORDS.contains(vn.thuduc.coordbot.text.Fold.fold(w)));
        boolean known = ds.people().stream().anyMatch(p -> vn.thuduc.coordbot.text.Fold.fold(p.name()).contains(folded)
            || folded.contains(vn.thuduc.coordbot.text.Fold.fold(p.name())));
        if (!body && !known && !t.has(Tag.Kind.ZONE) && !place(t, folded)) {
          return Optional.of(String.join(" ", run));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The name typed when a family name stands right before the end of a person's name that is not theirs: "Nguyễn Văn
   * Minh", "le van minh" (the source names Cao Văn Minh); empty when the name is one of the source's.
   */
  private Optional<String> namesake(Tagger.Tagged t, Cues c) {
    for (TopicLexicon.Hit h : c.hits()) {
      if (h.cue() != Cue.PERSON || h.from() == 0) {
        continue;
      }
      Optional<vn.thuduc.coordbot.data.Person> p = ds.person(h.arg());
      List<String> full = p.isPresent() ? Lexicon.normalise(p.get().name()) : List.of();
      String before = c.words().get(h.from() - 1);
      if (full.size() > h.to() - h.from() && lex.surname(before) && !before.equals(full.get(0))) {
        return Optional.of(t.span(h.from() - 1, h.to()));
      }
    }
    return Optional.empty();
  }

  /** Words that put something at a place: "ở", "tại", "in", "at". */
  private static final Set<String> AT = Set.of("o", "tai", "in", "at");

  /** Words for those awarded, by kind: "individuals", "tập thể". */
  private static final List<String> RECIPIENT_WORDS = List.of(" individual ", " individuals ", " collective ",
      " collectives ", " recipients ", " winners ", " ca nhan ", " tap the ");

  /**
   * "Were any individuals named?", "có nêu tên các cá nhân không", "20 tập thể đó là những đơn vị nào": whether the
   * source names those awarded.
   */
  private static boolean recipientsNamed(Tagger.Tagged t) {
    String w = " " + String.join(" ", t.words()) + " ";
    boolean named = w.contains(" named ") || w.contains(" name ") || w.contains(" names ") || w.contains(" ten ");
    boolean recipients = false;
    boolean counted = false;
    for (String r : RECIPIENT_WORDS) {
      recipients |= w.contains(r);
      int at = w.indexOf(r);
      counted |= at > 0 && Character.isDigit(w.charAt(at - 1));
    }
    // "20 tập thể đó là những đơn vị nào", "who are the 6 individuals": the ones the source counts, asked by name
    boolean which = w.contains(" nao ") || w.contains(" la ai ") || w.contains(" nhung ai ") || w.contains(" who ")
        || w.contains(" which ");
    return (named || counted && which) && recipients;
  }

  /**
   * "Tại sao hội nghị lại tổ chức ở Hà Nội?": a place the data lacks named with the meeting is not where the source
   * says it was held (it says nowhere): said so, with what the source has.
   */
  private static Optional<TopicQuery> placeOfMeeting(Tagger.Tagged t, Cues c) {
    if (!c.has(Cue.MEETING) || t.has(Tag.Kind.ZONE) || t.has(Tag.Kind.MEASURE)) {
      return Optional.empty();
    }
    for (Tag x : t.tags()) {
      // "ở Hà Nội", "in Hanoi", "ở TP Thủ Đức": a place the meeting is said to be in, not a body's name read as a place
      boolean place = x.is(Tag.Kind.UNKNOWN_ZONE) || x.is(Tag.Kind.THUDUC);
      if (place && x.from() > 0 && AT.contains(t.words().get(x.from() - 1))) {
        return Optional.of(new TopicQuery.Premise(t.span(x.from(), x.to()), new TopicQuery.Meeting(Aspect.WHERE),
            "place"));
      }
    }
    return Optional.empty();
  }

  /** Words after a board's name that ask what it manages: "HEPZA manages …", "which zones does it oversee". */
  private static final Set<String> MANAGES = Set.of("manage", "manages", "managed", "managing", "oversee", "oversees",
      "overseen", "overseeing", "run", "runs", "govern", "governs");

  /**
   * A board the source names ("BQL KCX-KCN", "HEPZA"): which zones it manages, which the source does not say; who of
   * it was there or represented it, the people whose titles name it.
   */
  private Optional<TopicQuery> board(Tagger.Tagged t, Cues c) {
    Optional<PeopleOf.Board> b = people.board(t);
    if (b.isEmpty() || t.has(Tag.Kind.MEASURE)) {
      return Optional.empty();
    }
    List<String> after = t.words().subList(b.get().to(), t.words().size());
    String rest = " " + String.join(" ", after) + " ";
    // ("the head of the HEPZA management board" names the board, it does not ask what it manages)
    boolean manages = false;
    for (String w : after) {
      manages |= MANAGES.contains(w);
    }
    if (rest.contains(" quan ly ") || manages || rest.contains(" phu trach ")) {
      return Optional.of(new TopicQuery.NotStated("managed", t.span(b.get().from(), b.get().to())));
    }
    boolean who = (c.has(Cue.ASK, "who") || c.has(Cue.ACT, "attend") || c.has(Cue.ACT, "work")) && !otherAct(c);
    // "quản lý" of "Ban quản lý" is the board's name, not a post asked about; "Phó BQL …" and who signed for it are
    boolean post = c.has(Cue.THING, "role") || c.has(Cue.RANK) || c.has(Cue.ACT, "signer") || c.has(Cue.ACT, "sign");
    for (Hit h : c.hits()) {
      post |= h.cue() == Cue.ROLE && !(h.from() >= b.get().from() && h.to() <= b.get().to());
    }
    // "Is Nguyen Nghia Hiep from the HEPZA Party Committee?": a claim on the person named, not who of the board is
    if (who && !post && !c.has(Cue.PERSON)) {
      return Optional.of(new TopicQuery.TitleHolder(b.get().ids()));
    }
    return Optional.empty();
  }

  /** "Ai tổ chức / chủ trì / phát biểu … ?": who did something else there than attend, which a title does not answer. */
  private static boolean otherAct(Cues c) {
    return c.has(Cue.ACT, "organise") || c.has(Cue.ACT, "chair") || c.has(Cue.ACT, "say") || c.has(Cue.ACT, "review")
        || c.has(Cue.ACT, "between") || c.has(Cue.ACT, "give") || c.has(Cue.ACT, "receive");
  }

  /**
   * "ai dự hội nghị từ Khu Công nghệ cao", "who represented the Hi-Tech Park": the people whose titles name the zone;
   * a zone no title names is said to have nobody the source places there, with the attendees it names.
   */
  private Optional<TopicQuery> fromZone(Tagger.Tagged t, Cues c) {
    List<Tag> zones = t.all(Tag.Kind.ZONE);
    // "ai dự hội nghị từ …", "who represented …"; "e làm ở kcx linh trung 2" says where the worker works
    // "ai là người của khu cnc", "who is from the Hi-Tech Park": a person of the zone
    boolean asked = c.has(Cue.ACT, "attend") || c.has(Cue.ASK, "who") && (c.has(Cue.ACT, "work") || c.has(Cue.MEETING)
        || t.saysAny(OF_ZONE)) || someoneFrom(t, zones);
    if (zones.isEmpty() || !asked || c.has(Cue.ROLE) || c.has(Cue.SELF) || t.has(Tag.Kind.MEASURE)
        || t.has(Tag.Kind.HOWMANY) || otherAct(c)) {
      return Optional.empty();
    }
    String zone = zones.get(0).arg();
    for (Tag z : zones) {
      if (!z.arg().equals(zone)) {
        return Optional.empty(); // two zones: the people of each are not one answer
      }
    }
    List<String> ids = people.ofZone(zone);
    return Optional.of(!ids.isEmpty() ? new TopicQuery.TitleHolder(ids)
        : new TopicQuery.Premise(t.span(zones.get(0).from(), zones.get(0).to()),
            new TopicQuery.Meeting(Aspect.ATTENDEES), "from"));
  }

  /** "người của", "người bên", "who is from": a person of the zone named after it. */
  private static final Set<String> SOMEONE = Set.of("ai", "anyone", "anybody", "someone", "somebody", "who");

  /** "có ai từ khu công nghệ cao không", "anyone from the Hi-Tech Park?": someone asked, "từ" / "from" before a zone. */
  private static boolean someoneFrom(Tagger.Tagged t, List<Tag> zones) {
    List<String> w = t.words();
    boolean someone = false;
    for (String x : w) {
      someone |= SOMEONE.contains(x);
    }
    for (Tag z : zones) {
      int before = z.from() - 1;
      // ("the" between: "anyone from the Hi-Tech Park")
      if (before > 0 && w.get(before).equals("the")) {
        before--;
      }
      if (someone && before >= 0 && (w.get(before).equals("tu") || w.get(before).equals("from"))) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> OF_ZONE = List.of(" nguoi cua ", " nguoi ben ", " nguoi thuoc ", " ai cua ",
      " ai ben ", " ai thuoc ", " is from ", " are from ", " was from ", " were from ", " who represents ",
      " who represented ");

  /**
   * "Did the conference discuss wages?": a point found by a word people use for it that its text does not have is
   * the nearest point, said as such, never a yes.
   */
  private TopicQuery nearest(Tagger.Tagged t, Cues c, TopicQuery fact) {
    if (!(fact instanceof TopicQuery.Points p) || p.pointIds().isEmpty() || !YesNo.asked(t)) {
      return fact;
    }
    for (Hit h : c.hits()) {
      if (h.cue() != Cue.POINT) {
        continue;
      }
      Optional<vn.thuduc.coordbot.data.Point> point = ds.points().stream().filter(x -> x.id().equals(h.arg())).findFirst();
      if (point.isEmpty()) {
        continue;
      }
      String text = " " + String.join(" ", Lexicon.normalise(point.get().textVi())) + " "
          + String.join(" ", Lexicon.normalise(point.get().textEn())) + " ";
      if (text.contains(" " + String.join(" ", c.words().subList(h.from(), h.to())) + " ")) {
        return fact; // the point says it in so many words
      }
    }
    for (Hit h : c.hits()) {
      if (h.cue() == Cue.POINT) {
        return new TopicQuery.Premise(t.span(h.from(), h.to()), fact, "nearest");
      }
    }
    return fact;
  }

  /** Words before what a speech is asked to be about: "nói về …", "nhắc đến …", "talk about …". */
  private static final Set<String> ABOUT = Set.of("ve", "about", "den", "toi", "cap", "mention", "discuss", "discussed",
      "cover", "covered");
  /** Words that end it: "… không", "… at the conference". */
  private static final Set<String> ABOUT_END = Set.of("khong", "ko", "k", "a", "chua", "ha", "nhi", "vay", "not", "at",
      "in", "during", "tai", "trong", "o", "hay", "or");

  /**
   * "Hội nghị có nói về bảo hiểm xã hội không?", "did they talk about wages?": a subject the source's speech, purpose
   * and title do not have is said not mentioned, before what the speech says; never a yes.
   */
  private TopicQuery unmentioned(Tagger.Tagged t, Cues c, TopicQuery fact) {
    if (!(fact instanceof TopicQuery.Meeting m) || m.aspect() != Aspect.SPEECH || ds.latestMeeting().isEmpty()) {
      return fact;
    }
    boolean yesNo = YesNo.asked(t);
    int from = -1;
    for (int i = 0; i < t.words().size() && from < 0; i++) {
      from = ABOUT.contains(t.words().get(i)) ? i + 1 : -1;
    }
    while (from >= 0 && from < t.words().size() && ABOUT.contains(t.words().get(from))) {
      from++; // "discussed about housing": what comes after both words
    }
    int to = from;
    while (from >= 0 && to < t.words().size() && !ABOUT_END.contains(t.words().get(to))) {
      to++;
    }
    if (from < 0 || to == from) {
      return fact;
    }
    Meeting meeting = ds.latestMeeting().get();
    StringBuilder said = new StringBuilder(" ");
    for (vn.thuduc.coordbot.data.Point p : ds.points()) {
      said.append(String.join(" ", Lexicon.normalise(p.textVi()))).append(' ')
          .append(String.join(" ", Lexicon.normalise(p.textEn()))).append(' ');
    }
    for (String text : new String[] {meeting.purposeVi(), meeting.purposeEn(), meeting.titleVi(), meeting.titleEn()}) {
      said.append(String.join(" ", Lexicon.normalise(text == null ? "" : text))).append(' ');
    }
    for (String w : t.words().subList(from, to)) {
      if (!Stopwords.contains(w) && !w.matches("\\d+") && !said.toString().contains(" " + w + " ")) {
        // "What was discussed about housing for workers?": not mentioned, then what the conference was about in one
        // line, never every point of the speech as if it answered
        return yesNo ? new TopicQuery.Premise(t.span(from, to), fact, "unmentioned")
            : new TopicQuery.Premise(t.span(from, to), new TopicQuery.Meeting(Aspect.PURPOSE), "unmentioned_open");
      }
    }
    return fact;
  }

  /** Cities whose names begin with a family name ("Hồ", "Hà"): places, never a person the source does not name. */
  private static final List<String> CITIES = List.of("ho chi minh", "ha noi", "hai phong", "ha long", "ha tinh",
      "ha giang", "ha nam");

  /**
   * True when a capitalised run is a place: a city ("Ho Chi Minh City", "Hà Nội"), or a place the tagger read as
   * one the data lacks or as Thủ Đức.
   */
  private static boolean place(Tagger.Tagged t, String folded) {
    String run = " " + folded + " ";
    for (String city : CITIES) {
      if (run.contains(" " + city + " ")) {
        return true;
      }
    }
    for (Tag x : t.tags()) {
      if (x.is(Tag.Kind.UNKNOWN_ZONE) || x.is(Tag.Kind.THUDUC)) {
        String span = " " + String.join(" ", t.words().subList(x.from(), x.to())) + " ";
        if (run.contains(span) || span.contains(run)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "Thưởng", not "KCX" nor "hội". */
  private static boolean capitalised(String w) {
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int i = w.offsetByCodePoints(0, 1); i < w.length(); i = w.offsetByCodePoints(i, 1)) {
      if (!Character.isLowerCase(w.codePointAt(i))) {
        return false; // a loop, not a lambda: every question's words pass here (see performance.md)
      }
    }
    return true;
  }

  private static String first(List<String> order, List<String> present) {
    return order.stream().filter(present::contains).findFirst().orElse(present.get(0));
  }
}
