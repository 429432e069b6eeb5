package vn.thuduc.coordbot.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import vn.thuduc.coordbot.text.Abbreviations;

/**
 * Replaces a folded abbreviation by the words it stands for, one position each, so that bigrams
 * built after it match the spelled-out form ("kcx" → "khu", "che", "xuat").
 */
public final class AbbreviationFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final Deque<String> pending = new ArrayDeque<>();
  private State state;

  public AbbreviationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(state);
      term.setEmpty().append(pending.poll());
      posInc.setPositionIncrement(1);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    List<String> words = Abbreviations.expand(term.toString());
    if (words.isEmpty()) {
      return true;
    }
    term.setEmpty().append(words.get(0));
    if (words.size() > 1) {
      pending.addAll(words.subList(1, words.size()));
      state = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    state = null;
  }
}
