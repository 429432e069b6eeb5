package vn.thuduc.coordbot.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.shingle.ShingleFilter;

/**
 * Lucene has no Vietnamese analyser; this one NFC-normalises first (ASCIIFoldingFilter misses
 * decomposed input), splits words as the question reader does ({@link WordTokenizer}), lower-cases, and then either keeps the diacritics ({@link Mode#ORIGINAL}) or
 * folds them (ASCII folding, through a fast table for Vietnamese letters), expands abbreviations and adds syllable bigrams, which stand in for word
 * segmentation ({@link Mode#FOLDED}: "lao động" → lao, lao dong, dong).
 */
public final class VietnameseAnalyzer extends Analyzer {
  /** Which of the two token streams to produce. */
  public enum Mode {
    FOLDED,
    ORIGINAL
  }

  private final Mode mode;

  public VietnameseAnalyzer(Mode mode) {
    this.mode = mode;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return nfc(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return nfc(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    WordTokenizer source = new WordTokenizer();
    TokenStream ts = new LowerCaseFilter(source);
    if (mode == Mode.FOLDED) {
      ts = new VietnameseFoldingFilter(ts);
      ts = new AbbreviationFilter(ts);
      ShingleFilter shingles = new ShingleFilter(ts, 2, 2);
      shingles.setOutputUnigrams(true);
      ts = shingles;
    }
    return new TokenStreamComponents(source, ts);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenStream ts = new LowerCaseFilter(in);
    return mode == Mode.FOLDED ? new VietnameseFoldingFilter(ts) : ts;
  }

  private static Reader nfc(Reader reader) {
    try {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[1024];
      for (int n; (n = reader.read(buf)) > 0; ) {
        sb.append(buf, 0, n);
      }
      return new StringReader(Normalizer.normalize(sb, Normalizer.Form.NFC));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
