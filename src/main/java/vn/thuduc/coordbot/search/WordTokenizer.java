package vn.thuduc.coordbot.search;

import org.apache.lucene.analysis.util.CharTokenizer;
import vn.thuduc.coordbot.text.Words;

/**
 * The analyser's tokenizer: {@link Words}' split as a Lucene tokenizer, so the index, the query
 * terms and the question reader see the same words.
 */
public final class WordTokenizer extends CharTokenizer {
  // CharTokenizer asks once per code point, in order, and a "no" ends the token: whether the last
  // answer was "yes" is whether a combining mark continues a word
  private boolean inWord;

  @Override
  protected boolean isTokenChar(int c) {
    inWord = Words.isWordChar(c, inWord);
    return inWord;
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    inWord = false;
  }
}
