package vn.thuduc.coordbot.answer.query;

import java.util.List;
import java.util.Map;

/** Numbers written as digits or as Vietnamese or English words ("mười nghìn", "twenty thousand", "20k"). */
final class Numbers {
  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("khong", 0), Map.entry("mot", 1), Map.entry("hai", 2), Map.entry("ba", 3), Map.entry("bon", 4),
      Map.entry("nam", 5), Map.entry("sau", 6), Map.entry("bay", 7),
      Map.entry("tam", 8), Map.entry("chin", 9), Map.entry("muoi", 10), Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30),
      Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
      Map.entry("eighty", 80), Map.entry("ninety", 90));
  private static final Map<String, Long> MULTIPLIERS = Map.of("nghin", 1000L, "ngan", 1000L, "thousand", 1000L,
      "tram", 100L, "hundred", 100L, "trieu", 1_000_000L, "million", 1_000_000L, "muoi", 10L, "k", 1000L,
      "van", 10_000L);

  /** A number read at {@code i}: its value, how many words it took, and whether it is beyond doubt a number. */
  record Read(long value, int length, boolean strong) {}

  private Numbers() {}

  static Read read(List<String> words, int i) {
    long total = 0;
    long current = -1;
    int j = i;
    boolean strong = false;
    while (j < words.size()) {
      String w = words.get(j);
      if (w.chars().allMatch(Character::isDigit) && w.length() <= 12) {
        if (current >= 0) {
          break;
        }
        current = Long.parseLong(w);
        strong = true;
      } else if (MULTIPLIERS.containsKey(w) && (current >= 0 || w.equals("muoi"))
          && !(w.equals("van") && j + 1 < words.size() && words.get(j + 1).equals("ban"))) {
        // "1 vạn" is 10.000 (never "2 văn bản", two documents)
        long m = MULTIPLIERS.get(w);
        if (w.equals("muoi")) {
          current = current < 0 ? 10 : current * 10;
        } else if (m >= 1000) {
          total += Math.max(current, 1) * m;
          current = -1;
        } else {
          current = Math.max(current, 1) * m;
        }
        strong = true;
      } else if (UNITS.containsKey(w) && (current < 0 || current % 10 == 0 && current > 0)) {
        current = current < 0 ? UNITS.get(w) : current + UNITS.get(w);
      } else {
        break;
      }
      j++;
    }
    if (j == i) {
      return null;
    }
    long value = total + Math.max(current, 0);
    return new Read(value, j - i, strong);
  }

  /** True for a word that multiplies the number before it ("nghìn", "vạn", "thousand"). */
  static boolean multiplier(String w) {
    return MULTIPLIERS.containsKey(w);
  }

  private static boolean ascii(char c) {
    return c >= '0' && c <= '9';
  }

  /** A single word that is a small number ("hai", "ba", "three", "3", "iii") or -1. */
  static int small(String w) {
    // by hand: String.matches compiled a pattern on every call, a third of a web request's allocations
    int n = w.length();
    if (n >= 1 && n <= 2 && ascii(w.charAt(0)) && ascii(w.charAt(n - 1))) {
      return Integer.parseInt(w);
    }
    Integer u = UNITS.get(w);
    if (u != null) {
      return u;
    }
    return switch (w) {
      case "ii" -> 2;
      case "iii" -> 3;
      case "iv" -> 4;
      case "vi" -> 6;
      case "vii" -> 7;
      case "viii" -> 8;
      case "ix" -> 9;
      default -> -1;
    };
  }
}
