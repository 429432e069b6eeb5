package vn.thuduc.coordbot.answer.topic;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.thuduc.coordbot.answer.query.Tag;
import vn.thuduc.coordbot.answer.query.Tagger;
import vn.thuduc.coordbot.answer.topic.TopicLexicon.Cue;
import vn.thuduc.coordbot.answer.topic.TopicLexicon.Hit;
import vn.thuduc.coordbot.data.Dataset;
import vn.thuduc.coordbot.data.Meeting;

/**
 * A meeting asked for by its number ("hội nghị lần 2 năm 2024", "cuộc họp thứ hai trong năm", "the second meeting of
 * 2024"): the source numbers none, so the data's meetings of that year are counted, never one presented as the Nth.
 */
final class MeetingNumbers {
  /** Folded number words after "lần" / "thứ" ("thứ nhì", "lần hai"). */
  private static final Map<String, Integer> VI = Map.ofEntries(Map.entry("mot", 1), Map.entry("nhat", 1),
      Map.entry("hai", 2), Map.entry("nhi", 2), Map.entry("ba", 3), Map.entry("bon", 4), Map.entry("tu", 4),
      Map.entry("nam", 5), Map.entry("sau", 6), Map.entry("bay", 7), Map.entry("tam", 8), Map.entry("chin", 9),
      Map.entry("muoi", 10));
  /** English ordinals before the meeting's word ("the second meeting", "2nd conference"). */
  private static final Map<String, Integer> EN = Map.ofEntries(Map.entry("first", 1), Map.entry("1st", 1),
      Map.entry("second", 2), Map.entry("2nd", 2), Map.entry("third", 3), Map.entry("3rd", 3), Map.entry("fourth", 4),
      Map.entry("4th", 4), Map.entry("fifth", 5), Map.entry("5th", 5), Map.entry("sixth", 6), Map.entry("6th", 6),
      Map.entry("seventh", 7), Map.entry("7th", 7), Map.entry("eighth", 8), Map.entry("8th", 8),
      Map.entry("ninth", 9), Map.entry("9th", 9), Map.entry("tenth", 10), Map.entry("10th", 10));
  /** Words that may stand between an English ordinal and the meeting's word ("the second review meeting"). */
  private static final Set<String> BETWEEN = Set.of("coordination", "review", "annual", "joint", "party", "big",
      "official", "such");
  /** Words after a meeting's word that number it ("hội nghị thứ 2", "cuộc họp lần hai", "meeting number 2"). */
  private static final Set<String> NUMBERING = Set.of("thu", "lan", "so", "number", "no");

  private MeetingNumbers() {}

  /** The meeting {@code t} asks for by its number, with how many the data has that year; empty when none is. */
  static Optional<TopicQuery> of(Tagger.Tagged t, Cues c, Dataset ds) {
    List<String> w = t.words();
    int number = 0;
    for (Hit h : c.hits()) {
      if (h.cue() != Cue.MEETING) {
        continue;
      }
      // "hội nghị thứ 2", "cuộc họp lần thứ hai", "meeting number 2": right after the meeting's word
      int i = h.to();
      if (i < w.size() && NUMBERING.contains(w.get(i))) {
        int j = w.get(i).equals("lan") && i + 1 < w.size() && w.get(i + 1).equals("thu") ? i + 2 : i + 1;
        number = number == 0 ? count(w, j) : number;
      }
      // "the second meeting", "the 2nd review conference"
      int k = h.from() - 1;
      while (k >= 0 && BETWEEN.contains(w.get(k))) {
        k--;
      }
      if (number == 0 && k >= 0 && EN.containsKey(w.get(k))) {
        number = EN.get(w.get(k));
      }
    }
    for (int i = 0; number == 0 && i + 1 < w.size(); i++) {
      // "lần 2", "lần thứ ba" anywhere in a question on the meeting ("lần thứ 3 hội nghị tổ chức ở đâu")
      if (w.get(i).equals("lan")) {
        number = count(w, w.get(i + 1).equals("thu") ? i + 2 : i + 1);
      }
    }
    if (number == 0) {
      return Optional.empty();
    }
    int year = 0;
    for (Tag y : t.all(Tag.Kind.YEAR)) {
      year = year == 0 ? (int) y.number() : year;
    }
    int had = 0;
    for (Meeting m : ds.meetings()) {
      had += year == 0 || m.date().getYear() == year ? 1 : 0;
    }
    return Optional.of(new TopicQuery.MeetingNumber(number, year, had));
  }

  /** The count written at {@code i} ("2", "hai"), or 0; "năm" before a year is the year's word, not five. */
  private static int count(List<String> w, int i) {
    if (i >= w.size()) {
      return 0;
    }
    String x = w.get(i);
    if (x.length() <= 2 && digits(x)) {
      int n = Integer.parseInt(x);
      return n >= 1 && n <= 50 ? n : 0;
    }
    if (i + 1 < w.size() && (w.get(i + 1).equals("ngay") || w.get(i + 1).equals("tuan"))) {
      return 0; // "hội nghị thứ sáu ngày 8/3", "thứ hai tuần trước": a day of the week
    }
    boolean yearNext = i + 1 < w.size() && w.get(i + 1).length() == 4 && digits(w.get(i + 1));
    return x.equals("nam") && (yearNext || i + 1 < w.size() && w.get(i + 1).equals("nay")) ? 0 : VI.getOrDefault(x, 0);
  }

  private static boolean digits(String x) {
    for (int i = 0; i < x.length(); i++) {
      if (!Character.isDigit(x.charAt(i))) {
        return false;
      }
    }
    return !x.isEmpty();
  }
}
