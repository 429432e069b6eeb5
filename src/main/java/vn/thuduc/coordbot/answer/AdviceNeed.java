package vn.thuduc.coordbot.answer;

import java.util.List;
import vn.thuduc.coordbot.answer.query.Lexicon;

/**
 * Reads a question as a worker's own legal problem (owed wages, dismissal, contracts, insurance,
 * overtime) or a wish to talk to a person: such answers get intent {@code advice}, which channels
 * offer a hand-off to the legal advisers for.
 */
final class AdviceNeed {
  private static final List<List<String>> PHRASES = List.of(
      "no luong", "khong tra luong", "cham luong", "cham tra luong", "tra luong cham", "quyt luong", "giam luong",
      "bi tru luong", "tru luong", "bi duoi", "duoi viec", "sa thai", "bi sa thai", "cho nghi viec", "bi cho nghi",
      "cat hop dong", "cham dut hop dong", "khong ky hop dong", "hop dong lao dong", "khong dong bao hiem",
      "bao hiem xa hoi", "bhxh", "tang ca khong", "ep tang ca", "lam them gio", "khong cho nghi", "bi phat",
      "khieu nai", "kien cong ty", "kien o dau", "kien cty", "phai lam sao", "gap nguoi that",
      "nguoi that", "noi chuyen voi nguoi", "can tu van rieng", "can nguoi tu van", "gap can bo tu van",
      "hoi can bo", "unpaid", "not paid", "owed wages", "owes me", "owe me", "fired", "dismissed", "laid off",
      "sacked", "my contract", "my employer", "my boss", "my company", "social insurance", "forced overtime",
      "talk to a human", "talk to a person", "real person", "human agent", "speak to someone", "talk to someone",
      "speak to a human", "an adviser", "a lawyer", "legal help for me", "what should i do")
      .stream().map(Lexicon::normalise).toList();

  private AdviceNeed() {}

  static boolean in(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      for (List<String> p : PHRASES) {
        if (i + p.size() <= words.size() && words.get(i).equals(p.get(0))
            && words.subList(i, i + p.size()).equals(p)) {
          return true;
        }
      }
    }
    return false;
  }
}
