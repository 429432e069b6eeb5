package vn.thuduc.coordbot.telegram;

import java.util.concurrent.CompletionStage;
import vn.thuduc.coordbot.chat.Access;

/**
 * A bot command as a value: its name (without slash), who may call it, what input it needs,
 * whether it is in the Telegram command menu, and its handler; who may call it is the
 * channel-neutral {@link Access}. Help texts are the bundle keys
 * {@code cmd.<name>}; usage texts for missing input are {@code usage.<name>}.
 */
public record Command(String name, Access access, Input input, boolean inMenu, Handler handler) {

  /** What follows the command. */
  public enum Input {
    /** Anything after the command is ignored. */
    NONE,
    /** The handler copes with and without arguments. */
    OPTIONAL,
    /** Without arguments the user gets the usage text instead of the handler. */
    REQUIRED
  }

  /** Does the command's work; the returned stage completes when its replies are out. */
  @FunctionalInterface
  public interface Handler {
    CompletionStage<Void> handle(Request request) throws Exception;
  }

  public String helpKey() {
    return "cmd." + name;
  }

  public String usageKey() {
    return "usage." + name;
  }
}
