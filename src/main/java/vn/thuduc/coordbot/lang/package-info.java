/**
 * What every channel and the engine share about language: the reply languages ({@link
 * vn.thuduc.coordbot.lang.Lang}), a text's language told by its words ({@link
 * vn.thuduc.coordbot.lang.TextLanguage}), the one rule for a reply's language ({@link
 * vn.thuduc.coordbot.lang.ReplyLanguage}), number and date formats and the message bundles. Depends on
 * {@code text} only.
 */
package vn.thuduc.coordbot.lang;
