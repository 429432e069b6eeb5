package vn.thuduc.coordbot.telegram;

import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import vn.thuduc.coordbot.chat.Route;

/**
 * A button press bound to its handler, as the chat layer's registry hands it to Telegram: it answers
 * the callback query itself or the router does.
 */
@FunctionalInterface
public interface ButtonPress {
  CompletionStage<Void> run(Request r, CallbackAnswer answer) throws Exception;

  /** Handles presses of one kind of button. */
  @FunctionalInterface
  interface Handler<R extends Route> {
    CompletionStage<Void> press(Request r, CallbackAnswer answer, R route) throws Exception;
  }

  /** {@code handler} as the registry binds it to each pressed route of its kind. */
  static <R extends Route> Function<R, ButtonPress> of(Handler<R> handler) {
    return route -> (r, answer) -> handler.press(r, answer, route);
  }
}
