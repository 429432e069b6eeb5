/**
 * The answer engine every channel shares: {@link vn.thuduc.coordbot.answer.AnswerEngine} takes a
 * {@link vn.thuduc.coordbot.answer.Question} and returns a channel-neutral {@link
 * vn.thuduc.coordbot.answer.Answer}. Statistics questions go through the typed queries of {@code
 * answer.query}; topic questions (meeting, people, law, awards, source) through {@link
 * vn.thuduc.coordbot.answer.QuestionReader}, {@link vn.thuduc.coordbot.answer.IntentResolver} and the
 * writers, all over one immutable {@link vn.thuduc.coordbot.answer.Knowledge} snapshot, in Vietnamese or
 * English, with numbers from the data and derived figures computed. Also what the channels reuse: the
 * language type, the one rule for a reply's language ({@link vn.thuduc.coordbot.answer.ReplyLanguage}),
 * number formats and the message bundles. Depends on {@code data}, {@code search} and {@code
 * text} only: never on the store, a channel, or the composition root.
 */
package vn.thuduc.coordbot.answer;
