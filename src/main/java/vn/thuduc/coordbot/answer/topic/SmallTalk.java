package vn.thuduc.coordbot.answer.topic;

import java.util.Set;
import vn.thuduc.coordbot.answer.query.Tag;
import vn.thuduc.coordbot.answer.query.Tagger;

/**
 * Chit-chat none of the readings knows ("hôm nay trời đẹp quá", "buồn quá", "lol", "bạn có người yêu chưa"): a short
 * message with nothing of the data in it that says a feeling and asks nothing, or speaks to the bot itself. It gets a friendly reply saying what
 * the bot can do, never passages that share a word with it, and leaves the conversation as it was.
 */
public final class SmallTalk {
  /** Longer messages are read as questions the bot cannot answer, not as chit-chat. */
  private static final int MAX_WORDS = 8;
  /** Folded words that ask something ("gì", "nào", "what"); asked of the bot itself they are still chit-chat. */
  private static final Set<String> ASKING = Set.of("gi", "nao", "sao", "ai", "dau", "bao", "may", "khong", "ko", "k",
      "hong", "chua", "what", "how", "who", "where", "when", "why", "which", "whats", "hows", "is", "are", "does",
      "do", "can", "could", "will", "would", "did", "much", "many");
  /** Folded words that address the bot ("bạn", "bot", "you"): a question to it is chit-chat too. */
  private static final Set<String> BOT = Set.of("ban", "bot", "you", "u", "ya", "ad", "admin");
  /**
   * Folded words of a feeling said, not asked ("quá", "ghê", "lol", "so"): "thời tiết hôm nay" without them is a
   * question put in a few words, which the bot says it cannot answer.
   */
  private static final Set<String> EXCLAIMING = Set.of("qua", "ghe", "lam", "vai", "qa", "wa", "oi", "troi", "haha",
      "hihi", "hehe", "kk", "kkk", "lol", "lmao", "omg", "wow", "ugh", "so", "very", "too", "hic", "huhu",
      "chan", "met", "buon", "vui", "doi", "nong", "lanh", "bored", "tired", "hungry", "sad", "happy", "hot", "cold");

  /** Folded words of a doubt about the last answer ("bạn chắc không", "thật à", "are you sure?"): a follow-up of it. */
  private static final Set<String> DOUBT = Set.of("chac", "that", "sure", "really", "serious", "seriously");

  private SmallTalk() {}

  /**
   * True when {@code t} is chit-chat: at most a few words, none of which the tagger reads as anything of the data (a
   * zone, a figure, a year, a number), said to the bot or saying a feeling without asking anything.
   */
  public static boolean is(Tagger.Tagged t) {
    if (t.words().isEmpty() || t.words().size() > MAX_WORDS) {
      return false;
    }
    for (Tag x : t.tags()) {
      if (!x.is(Tag.Kind.FILLER)) {
        return false;
      }
    }
    boolean asks = t.text().contains("?");
    boolean toBot = false;
    boolean exclaims = false;
    for (String w : t.words()) {
      asks |= ASKING.contains(w);
      toBot |= BOT.contains(w);
      exclaims |= EXCLAIMING.contains(w);
      if (DOUBT.contains(w)) {
        return false;
      }
    }
    return toBot || exclaims && !asks;
  }
}
