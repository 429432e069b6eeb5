package vn.thuduc.coordbot.answer;

import java.util.Optional;
import java.util.Set;
import vn.thuduc.coordbot.answer.query.Tagger;

/**
 * A year alone asked after a question on the meeting ("còn năm 2025?", "năm 2023 thì sao", "thế năm nay"): the
 * meeting of that year, which the records then have or say they do not have, naming the ones they have.
 */
final class MeetingYears {
  /** The topic a conversation keeps after an answer about the meeting; a year next asks for that year's meeting. */
  static final String SEED = "hội nghị";

  /** Folded words that may stand around the year in such a fragment. */
  private static final Set<String> AROUND = Set.of("con", "thi", "sao", "the", "vay", "nhi", "a", "ha", "va", "nam",
      "cua", "trong", "vao", "and", "what", "about", "how", "in", "of", "year", "for", "ok", "oke");

  private MeetingYears() {}

  /** The question about the meeting of the year {@code t} names alone, when the conversation is on the meeting. */
  static Optional<String> fragment(Tagger.Tagged t, Optional<String> seed, int currentYear) {
    if (seed.isEmpty() || !seed.get().startsWith(SEED)) {
      return Optional.empty();
    }
    int year = 0;
    java.util.List<String> w = t.words();
    for (int i = 0; i < w.size(); i++) {
      String x = w.get(i);
      String before = i == 0 ? "" : w.get(i - 1);
      if (x.length() == 4 && x.startsWith("20") && Character.isDigit(x.charAt(2)) && Character.isDigit(x.charAt(3))) {
        year = Integer.parseInt(x);
      } else if (x.equals("nay") && before.equals("nam") || x.equals("this") && next(w, i).equals("year")) {
        year = currentYear;
      } else if (x.equals("ngoai") && before.equals("nam") || x.equals("last") && next(w, i).equals("year")) {
        year = currentYear - 1;
      } else if ((x.equals("sau") || x.equals("toi")) && before.equals("nam")
          || x.equals("next") && next(w, i).equals("year")) {
        year = currentYear + 1;
      } else if (!AROUND.contains(x)) {
        return Optional.empty();
      }
    }
    return year == 0 ? Optional.empty() : Optional.of(SEED + " năm " + year);
  }

  /** True when a reply of the records is about meetings (every reply of theirs is, a not-found included). */
  static boolean aboutMeetings(Answer a) {
    return a.query().isPresent() && a.query().get().startsWith("records(");
  }

  private static String next(java.util.List<String> w, int i) {
    return i + 1 < w.size() ? w.get(i + 1) : "";
  }
}
