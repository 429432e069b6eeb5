/**
 * Lucene: the Vietnamese-aware analyser (NFC, folding with the original kept in a second field,
 * abbreviations expanded, syllable bigrams) and the passage index, rebuilt in one commit per
 * dataset version and read through a {@link org.apache.lucene.search.SearcherManager}.
 */
package vn.thuduc.coordbot.search;
