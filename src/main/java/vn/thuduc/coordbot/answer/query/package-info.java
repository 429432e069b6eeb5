/**
 * Statistics questions as typed queries: a {@link vn.thuduc.coordbot.answer.query.Tagger} marks the
 * question's words with one {@link vn.thuduc.coordbot.answer.query.Lexicon} (zones from the dataset,
 * kinds, measures, operators, numbers, places the data lacks), a {@link
 * vn.thuduc.coordbot.answer.query.QueryParser} composes a {@link vn.thuduc.coordbot.answer.query.StatQuery}
 * from the tags (a zone-set expression, measures, aggregation, order, comparison) or says honestly what
 * it cannot answer, the {@link vn.thuduc.coordbot.answer.query.Evaluator} computes a typed result over
 * one dataset snapshot, and the {@link vn.thuduc.coordbot.answer.query.ResultWriter} renders it. A
 * {@link vn.thuduc.coordbot.answer.query.Conversations} store keeps each conversation's last query so
 * follow-ups merge into it. Part of the engine: it uses {@code answer}'s language, formats and
 * messages, {@code data}, {@code text} and the passages of {@code search}; nothing outside the engine.
 */
package vn.thuduc.coordbot.answer.query;
