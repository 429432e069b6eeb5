/**
 * The answer engine every channel shares: {@link vn.thuduc.coordbot.answer.AnswerEngine} takes a
 * {@link vn.thuduc.coordbot.answer.Question} and returns a channel-neutral {@link
 * vn.thuduc.coordbot.answer.Answer}. A question is tagged once and read as one typed query: statistics
 * through {@code answer.query}, topics (the meeting, people, law, awards, source, chit-chat, a worker's own
 * problem) through {@code answer.topic}, all over one immutable dataset snapshot, in Vietnamese or
 * English, with numbers from the data and derived figures computed. Depends on {@code data}, {@code
 * search}, {@code lang} and {@code text} only: never on the store, a channel, or the composition root.
 */
package vn.thuduc.coordbot.answer;
