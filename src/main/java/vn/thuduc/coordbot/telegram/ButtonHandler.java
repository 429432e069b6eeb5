package vn.thuduc.coordbot.telegram;

import java.util.concurrent.CompletionStage;

/**
 * Buttons of one feature, recognised by the prefix of their callback data. The handler answers the
 * callback query itself (so it can show a short note); the router answers it if the handler did not.
 */
interface ButtonHandler {
  boolean handles(String data);

  CompletionStage<Void> press(Request r, CallbackAnswer answer, String data) throws Exception;
}
