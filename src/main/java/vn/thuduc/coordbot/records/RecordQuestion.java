package vn.thuduc.coordbot.records;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.thuduc.coordbot.text.Fold;

/**
 * What a question asks of the records, read from its folded words: whether it is about records at all,
 * the time it names, the kind of record it names, and whether it wants a list, the attendees or content.
 */
record RecordQuestion(String folded, Optional<TimeFilter> time, Optional<RecordKind> kind, Want want) {
  /** What the question wants. */
  enum Want { LIST, ATTENDEES, CONTENT }

  private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9/-]+");
  private static final Pattern DECISIONS = Pattern.compile("\\b(quyet dinh|ket luan|thong nhat|decided|decision|agreed|conclu)");
  /** Words that make a question about records by themselves. */
  private static final Pattern STRONG = Pattern.compile("\\b(bien ban|cuoc hop|buoi hop|phien hop|buoi|minutes"
      + "|bao cao|reports?|records?|meetings)\\b");
  /** Words about the meeting that the dataset's own answers serve unless a time or a list is asked for. */
  private static final Pattern WEAK = Pattern.compile("\\b(hoi nghi|meeting|conference|bai viet|bai bao|articles?"
      + "|su kien|hop)\\b");
  private static final Pattern LIST = Pattern.compile("\\b(co nhung|danh sach|liet ke|cac (cuoc hop|hoi nghi|bien ban"
      + "|bao cao|bai viet|buoi hop|phien hop)|bao nhieu (cuoc hop|hoi nghi|bien ban|bao cao|bai viet|buoi hop"
      + "|phien hop)|(cuoc hop|hoi nghi|bien ban|bao cao|bai viet|buoi hop) nao|which (meetings|records|minutes)"
      + "|what (meetings|records|minutes|reports)|how many (meetings|records)|any (meetings|records)"
      + "|list (of )?(the )?(meetings|records|minutes))\\b");
  private static final Pattern ATTENDEES = Pattern.compile("\\b(ai (du|tham du|co mat)|nhung ai|thanh phan"
      + "|who (attended|was at|were at|took part|came)|attendees)\\b");

  /** A figure a report is said to give, asked to be checked: "báo cáo ghi X có N …, đúng không", "the report says". */
  private static final Pattern REPORTED_FIGURE = Pattern.compile("\\b(bao cao (ghi|noi|neu)|theo bao cao|(the|a) report"
      + " (says|said|states)) .*\\b\\d+\\b.*\\b(dung khong|dung ko|dung k|chinh xac khong|phai khong|co dung"
      + "|right|correct|true|accurate)\\b");

  /** The question read for records; empty when it is not about records. */
  static Optional<RecordQuestion> read(String question) {
    String f = " " + NOT_A_WORD.matcher(Fold.fold(question)).replaceAll(" ").trim() + " ";
    // "Báo cáo ghi Cát Lái có 97 DN, số liệu này đúng không?": a figure the user read, to check, not a search of reports
    if (REPORTED_FIGURE.matcher(f).find()) {
      return Optional.empty();
    }
    boolean strong = STRONG.matcher(f).find();
    boolean weak = WEAK.matcher(f).find();
    if (!strong && !weak) {
      return Optional.empty(); // most questions: the time and list patterns below could not change that
    }
    Optional<TimeFilter> time = TimeFilter.in(f);
    boolean list = LIST.matcher(f).find();
    if (!(strong || (weak && (time.isPresent() || list)))) {
      return Optional.empty();
    }
    // "có những ai tham dự" asks for people, though "có những" also starts a list of records
    Want want = ATTENDEES.matcher(f).find() ? Want.ATTENDEES : list ? Want.LIST : Want.CONTENT;
    return Optional.of(new RecordQuestion(f, time, kind(f), want));
  }

  private static Optional<RecordKind> kind(String f) {
    if (f.contains(" bien ban") || f.contains(" minutes ")) {
      return Optional.of(RecordKind.MINUTES);
    }
    if (f.contains(" bao cao ") || f.contains(" report")) {
      return Optional.of(RecordKind.REPORT);
    }
    if (f.contains(" bai viet ") || f.contains(" bai bao ") || f.contains(" article")) {
      return Optional.of(RecordKind.ARTICLE);
    }
    if (f.contains(" quyet dinh ") && !f.contains(" quyet dinh gi ")) {
      return Optional.of(RecordKind.DECISION);
    }
    if (f.contains(" ke hoach ") && !f.contains(" ke hoach gi ")) {
      return Optional.of(RecordKind.PLAN);
    }
    return Optional.empty();
  }

  /** The question's words that say what it is about: not the records, the time or the asking. */
  static final Set<String> NOT_CONTENT = Set.copyOf(java.util.List.of("cuoc", "hop", "hoi", "nghi", "bien", "ban", "buoi", "phien", "bao",
      "cao", "bai", "viet", "meeting", "meetings", "minutes", "record", "records", "report", "reports", "conference",
      "article", "gi", "nao", "noi", "ve", "cua", "tai", "trong", "co", "nhung", "cac", "what", "was", "were",
      "which", "about", "at", "the", "in", "on", "of", "did", "say", "said", "discuss", "discussed", "decide",
      "decided", "duoc", "da", "la", "ai", "du", "tham", "lan", "truoc", "gan", "nhat", "moi", "thang", "nam",
      "ngay", "sang", "chieu", "toi", "last", "latest", "previous", "recent", "most", "tell", "me", "neu", "de",
      "cap", "den", "ra", "quyet", "dinh", "ket", "luan", "thong", "nhat", "vua", "qua", "roi", "sau", "cung",
      "cuoi", "dau", "giua", "early", "mid", "late", "end", "su", "kien", "held", "happened", "there", "any", "is",
      "are", "how", "many", "bao", "nhieu", "khong", "a", "an", "and", "to", "for", "with", "by", "it", "this",
      "that", "dien", "hien", "nay", "year", "month", "day", "do", "does", "xay", "trao", "thao",
      "agreed", "decision", "decisions", "conclusion", "conclusions", "talk", "talked", "went"));

  /** True when the question asks what was decided or agreed rather than about one subject. */
  boolean asksDecisions() {
    return DECISIONS.matcher(folded).find();
  }
}
