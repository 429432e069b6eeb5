/**
 * Vietnamese text handling shared by the Lucene analyser and the question understanding: the one
 * word splitter ({@link vn.thuduc.coordbot.text.Words}), folding (NFC, lower case, diacritics removed,
 * đ → d), the abbreviations people type (KCX, KCN, KCNC, SHTP, BQL, DN, LĐ, bn ...) and the function
 * words that say nothing about a topic; the strict JSON reader for what clients send; and
 * {@link vn.thuduc.coordbot.text.TextMemo}, the bounded memo of what a text's reading gave. Depends on
 * no other package of the bot.
 */
package vn.thuduc.coordbot.text;
