/**
 * The answer engine every channel shares: {@link vn.thuduc.coordbot.answer.QuestionReader} turns
 * text into entities and features, {@link vn.thuduc.coordbot.answer.IntentResolver} decides what is
 * asked, the writers compose the answer from one immutable {@code Knowledge} snapshot in Vietnamese
 * or English, with numbers from the data and derived figures computed.
 */
package vn.thuduc.coordbot.answer;
