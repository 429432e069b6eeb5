package vn.thuduc.coordbot.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of a pure function of a short text, kept for the texts that come again (the same
 * question asked by many people, a page's suggested questions). Bounded twice, so a client sending
 * endless new texts costs memory only up to the bound: texts longer than {@code maxChars} are never
 * kept, and when {@code maxEntries} are kept the lot is dropped and filling starts again (cheaper than
 * an LRU's bookkeeping on every hit, and the popular texts come back at once).
 *
 * @param <V> the function's result: immutable, since every caller of the same text shares it
 */
public final class TextMemo<V> {
  private final int maxEntries;
  private final int maxChars;
  private final Map<String, V> kept = new ConcurrentHashMap<>();

  public TextMemo(int maxEntries, int maxChars) {
    if (maxEntries < 1 || maxChars < 0) {
      throw new IllegalArgumentException("a memo keeps at least one text: " + maxEntries + ", " + maxChars);
    }
    this.maxEntries = maxEntries;
    this.maxChars = maxChars;
  }

  /** {@code f(text)}, computed the first time and kept for the next (within the bounds). */
  public V get(String text, Function<String, V> f) {
    if (text.length() > maxChars) {
      return f.apply(text);
    }
    V v = kept.get(text);
    if (v == null) {
      // computed outside the map: two threads asking the same new text both compute it, neither waits
      v = f.apply(text);
      if (kept.size() >= maxEntries) {
        kept.clear();
      }
      kept.put(text, v);
    }
    return v;
  }

  /** How many texts are kept now. */
  public int size() {
    return kept.size();
  }
}
