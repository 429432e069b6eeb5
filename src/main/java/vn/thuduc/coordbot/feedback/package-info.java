/**
 * Users' ratings of answers: {@link vn.thuduc.coordbot.feedback.Ratings} says which answers may be
 * rated and records the votes in the {@link vn.thuduc.coordbot.feedback.FeedbackStore} (SQLite, one
 * vote per user and question), which also lists what to improve first (badly rated and unanswered
 * questions). Knows no channel.
 */
package vn.thuduc.coordbot.feedback;
