/**
 * Lucene: the Vietnamese-aware {@link vn.thuduc.coordbot.search.VietnameseAnalyzer} (the words of
 * {@code text.Words} through {@link vn.thuduc.coordbot.search.WordTokenizer}, NFC, folding with the
 * original kept in a second field, abbreviations expanded, syllable bigrams), the passages
 * cut from a dataset, and the {@link vn.thuduc.coordbot.search.PassageIndex}, rebuilt in one commit per
 * dataset version and read through a {@link org.apache.lucene.search.SearcherManager}. Queries are
 * built from analysed tokens, never by a query parser. Depends on {@code data} and {@code text} only.
 */
package vn.thuduc.coordbot.search;
