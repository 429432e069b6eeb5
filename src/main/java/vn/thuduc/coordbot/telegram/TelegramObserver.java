package vn.thuduc.coordbot.telegram;

/**
 * What the Telegram adapter reports to the operators' metrics: updates in flight, Bot API calls that
 * failed for good (by Telegram's error code, 0 for no answer); questions are heard by
 * {@link vn.thuduc.coordbot.questions.Questions#listen}. Called on the
 * adapter's threads; an observer must be quick and must not throw.
 */
public interface TelegramObserver {
  TelegramObserver NONE = new TelegramObserver() { };

  default void updateStarted() { }

  default void updateFinished() { }

  default void sendError(int code) { }
}
