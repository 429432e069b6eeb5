package vn.thuduc.coordbot.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.thuduc.coordbot.search.PassageIndex;
import vn.thuduc.coordbot.text.Fold;

/**
 * Answers questions about the meeting records: which records there are (in a period, of a kind), who
 * attended, and what a record says, quoting the passage with its citation (title, event date,
 * paragraph, page). A period with no record says so and lists the records; content no passage of the
 * records asked about covers is an honest not-found, never another meeting's nearest passage. Questions
 * that are not about records get nothing, so the engine answers them as before.
 */
public final class RecordAnswers {
  private static final int LIST_MAX = 15;
  private static final Pattern DECISION_WORDS = Pattern.compile(
      "(?iu)thống nhất|kết luận|quyết định|giao cho|ký kết|đồng ý|thông qua|decided|agreed|approved");

  private final RecordShelf shelf;
  private final PassageIndex index;

  public RecordAnswers(RecordShelf shelf, PassageIndex index) {
    this.shelf = shelf;
    this.index = index;
  }

  /**
   * What the bot says about records.
   *
   * @param query a short rendering of what was understood, as answers' {@code query} field has it
   */
  public record Reply(String text, boolean answered, String intent, List<String> sources, String query) {}

  /** The answer from the records, or empty when the question is not about records (or there are none). */
  public Optional<Reply> answer(String question, boolean english) {
    Optional<RecordQuestion> read = RecordQuestion.read(question);
    if (read.isEmpty()) {
      return Optional.empty(); // first: the shelf's records are read when a question is about them
    }
    RecordShelf.Shelf s = shelf.current();
    if (s.records().isEmpty()) {
      return Optional.empty();
    }
    RecordQuestion q = read.get();
    Words w = new Words(english);
    List<MeetingRecord> targets = targets(s, q);
    String period = q.time().map(t -> english ? t.saidEn() : t.said()).orElse("");
    if (q.time().isPresent() && targets.isEmpty()) {
      return Optional.of(new Reply(w.none(period) + "\n" + listing(s.records(), w), false, "records",
          List.of(), "records(none, " + q.time().get().said() + ")"));
    }
    return Optional.of(switch (q.want()) {
      case LIST -> targets.isEmpty()
          ? new Reply(w.noKind(q.kind()) + "\n" + w.have() + "\n" + listing(s.records(), w), false, "records",
              List.of(), "records(list)")
          : list(q, targets, period, w);
      case ATTENDEES -> attendees(q, targets, w);
      case CONTENT -> content(question, q, targets, period, w);
    });
  }

  private static List<MeetingRecord> targets(RecordShelf.Shelf s, RecordQuestion q) {
    List<MeetingRecord> all = s.records();
    boolean byKind = q.kind().isPresent() && (q.want() == RecordQuestion.Want.LIST
        || q.time().map(TimeFilter::latest).orElse(false));
    if (byKind) {
      all = all.stream().filter(r -> r.card().recordKind() == q.kind().get()).toList();
    }
    if (q.time().isEmpty()) {
      return all;
    }
    TimeFilter t = q.time().get();
    if (t.latest()) {
      return all.isEmpty() ? List.of() : List.of(all.get(0));
    }
    return all.stream().filter(r -> t.contains(r.card().eventDate())).toList();
  }

  private static Reply list(RecordQuestion q, List<MeetingRecord> targets, String period, Words w) {
    String head = w.listHead(targets.size(), period);
    return new Reply(head + "\n" + listing(targets, w), true, "records", targets.stream().limit(LIST_MAX)
        .map(r -> r.card().citation()).toList(), "records(list" + q.time().map(t -> ", " + t.said()).orElse("") + ")");
  }

  private static String listing(List<MeetingRecord> records, Words w) {
    StringBuilder sb = new StringBuilder();
    for (MeetingRecord r : records.subList(0, Math.min(LIST_MAX, records.size()))) {
      RecordCard c = r.card();
      sb.append("• ").append(date(c.eventDate())).append(" — ").append(c.title()).append(" (")
          .append(w.kind(c.recordKind()));
      if (c.site() != null && !c.site().isBlank()) {
        sb.append(", ").append(c.site());
      }
      sb.append(")\n");
    }
    if (records.size() > LIST_MAX) {
      sb.append(w.more(records.size() - LIST_MAX)).append('\n');
    }
    return sb.toString().stripTrailing();
  }

  private static Reply attendees(RecordQuestion q, List<MeetingRecord> targets, Words w) {
    MeetingRecord r = targets.get(0);
    RecordCard c = r.card();
    if (c.people().isEmpty()) {
      return new Reply(w.noPeople(c.citation()), false, "records", List.of(c.citation()),
          "records(attendees, " + r.id() + ")");
    }
    StringBuilder sb = new StringBuilder(w.peopleHead(c.citation()));
    for (Attendee a : c.people()) {
      sb.append("\n• ").append(a.name()).append(a.title().isBlank() ? "" : ", " + a.title());
    }
    return new Reply(sb.toString(), true, "records", List.of(c.citation()), "records(attendees, " + r.id() + ")");
  }

  private Reply content(String question, RecordQuestion q, List<MeetingRecord> targets, String period, Words w) {
    Set<String> words = new LinkedHashSet<>(PassageIndex.contentWords(question));
    words.removeAll(RecordQuestion.NOT_CONTENT);
    words.removeIf(x -> x.chars().allMatch(Character::isDigit));
    if (words.isEmpty()) {
      return summary(q, targets, w);
    }
    List<String> ids = q.time().isPresent() ? targets.stream().map(MeetingRecord::id).toList() : List.of();
    String about = String.join(" ", words);
    for (PassageIndex.Hit h : index.searchRecords(about, 5, ids)) {
      if (h.coverage() >= 1.0) {
        RecordPassage p = shelf.current().passages().get(h.id());
        Optional<MeetingRecord> r = shelf.current().record(p == null ? "" : p.recordId());
        if (p != null && r.isPresent()) {
          return quote(r.get(), List.of(p), w, "records(content, " + r.get().id() + ", " + about + ")");
        }
      }
    }
    String scope = q.time().isPresent() ? w.scopeOf(period) : w.scopeAll(shelf.current().records().size());
    return new Reply(w.notCovered(originalWords(question, words), scope), false, "records", List.of(),
        "records(not_found, " + about + ")");
  }

  private static Reply summary(RecordQuestion q, List<MeetingRecord> targets, Words w) {
    MeetingRecord r = targets.get(0);
    List<RecordPassage> chosen = new ArrayList<>();
    if (q.asksDecisions()) {
      r.passages().stream().filter(p -> DECISION_WORDS.matcher(p.text()).find()).limit(2).forEach(chosen::add);
    }
    if (chosen.isEmpty()) {
      r.passages().stream().limit(2).forEach(chosen::add);
    }
    return quote(r, chosen, w, "records(summary, " + r.id() + ")");
  }

  private static Reply quote(MeetingRecord r, List<RecordPassage> passages, Words w, String query) {
    RecordCard c = r.card();
    StringBuilder sb = new StringBuilder(w.according(c.citation()));
    List<String> sources = new ArrayList<>();
    for (RecordPassage p : passages) {
      String where = w.where(p);
      sb.append("\n“").append(p.text()).append("” (").append(where).append(')');
      sources.add(c.citation() + ", " + where);
    }
    return new Reply(sb.toString(), true, "records", sources, query);
  }

  /** The question's own words for the folded content words (for the not-found message). */
  private static String originalWords(String question, Set<String> folded) {
    List<String> out = new ArrayList<>();
    for (String token : question.split("[\\s,.;:!?()“”\"]+")) {
      if (!token.isEmpty() && folded.contains(Fold.fold(token))) {
        out.add(token);
      }
    }
    return out.isEmpty() ? String.join(" ", folded) : String.join(" ", out);
  }

  static String date(LocalDate d) {
    return d == null ? "?" : String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  /** The sentences of the records' answers in the reply language. */
  private record Words(boolean en) {
    String none(String period) {
      return en ? "The bot has no record of a meeting " + period + ". The records it has:"
          : "Bot không có biên bản hay bài viết nào về cuộc họp " + period + ". Các tài liệu bot có:";
    }

    String noKind(Optional<RecordKind> kind) {
      String k = kind.map(x -> en ? x.en() : x.vi()).orElse(en ? "records" : "tài liệu");
      return en ? "The bot has no " + k + "." : "Bot không có " + k + " nào.";
    }

    String have() {
      return en ? "The records it has:" : "Các tài liệu bot có:";
    }

    String listHead(int n, String period) {
      return en ? n + " record" + (n == 1 ? "" : "s") + (period.isEmpty() ? "" : " " + period) + ", newest first:"
          : "Có " + n + " tài liệu" + (period.isEmpty() ? "" : " " + period) + " (mới nhất trước):";
    }

    String more(int n) {
      return en ? "… and " + n + " more" : "… và " + n + " tài liệu khác";
    }

    String kind(RecordKind k) {
      return en ? k.en() : k.vi();
    }

    String noPeople(String citation) {
      return en ? citation + " does not name who attended." : citation + " không ghi tên những người tham dự.";
    }

    String peopleHead(String citation) {
      return en ? "Present according to " + citation + ":" : "Tham dự, theo " + citation + ":";
    }

    String according(String citation) {
      return en ? "According to " + citation + ":" : "Theo " + citation + ":";
    }

    String where(RecordPassage p) {
      String par = (en ? "paragraph " : "đoạn ") + p.paragraph();
      return p.page() > 0 ? par + (en ? ", page " : ", trang ") + p.page() : par;
    }

    String scopeOf(String period) {
      return en ? "the records " + period : "các tài liệu " + period;
    }

    String scopeAll(int n) {
      return en ? "the " + n + " records the bot has" : n + " tài liệu bot có";
    }

    String notCovered(String words, String scope) {
      return en ? "No passage of " + scope + " is about “" + words + "”."
          : "Không có đoạn nào trong " + scope + " nói về “" + words + "”.";
    }
  }
}
