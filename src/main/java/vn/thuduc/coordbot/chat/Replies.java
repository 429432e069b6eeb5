package vn.thuduc.coordbot.chat;

import vn.thuduc.coordbot.answer.Answer;

/**
 * How a channel draws what the shared commands say: a plain text, or an engine's answer with its
 * choices and offers as buttons and its chart (Zalo: message, {@code oa.query.show} buttons, image;
 * the console: text and a hint). {@code X} is what the channel's sending may throw.
 */
public interface Replies<X extends Exception> {
  void text(Turn turn, String text) throws X;

  /** {@code answer} to {@code asked} (the text the person sent, for an adviser offer to carry). */
  void answer(Turn turn, Answer answer, String asked) throws X;
}
