package vn.thuduc.coordbot.text;

import java.util.List;
import java.util.Set;

/** Folded function words of questions in Vietnamese and English, which say nothing about the topic. */
public final class Stopwords {
  private static final Set<String> WORDS = Set.copyOf(List.of(
      // Vietnamese (folded)
      "a", "ai", "bao", "nhieu", "bi", "boi", "cac", "cai", "can", "cho", "chua", "co", "con", "cua", "cung",
      "da", "dang", "day", "de", "den", "deu", "do", "duoc", "gi", "hay", "hoac", "hoi", "khi", "khong", "la",
      "lam", "len", "luc", "ma", "may", "minh", "mot", "moi", "nao", "nay", "neu", "nhe", "nhu", "nhung", "nua",
      "o", "oi", "qua", "ra", "rang", "rat", "roi", "sao", "se", "tai", "the", "thi", "toi", "tu", "va", "vao",
      "ve", "vi", "voi", "vay", "xin", "ban", "em", "anh", "chi", "ho", "gium", "giup", "biet", "muon", "hoi",
      // English
      "an", "and", "are", "as", "at", "be", "by", "can", "did", "do", "does", "for", "from", "has", "have", "how",
      "i", "in", "is", "it", "its", "many", "me", "much", "my", "of", "on", "or", "please", "tell", "that",
      "their", "there", "these", "this", "to", "was", "were", "what", "when", "where", "which", "who", "whom",
      "why", "will", "with", "you", "your", "about", "any", "all", "we", "they", "our"));

  private Stopwords() {}

  public static boolean contains(String folded) {
    return WORDS.contains(folded);
  }
}
