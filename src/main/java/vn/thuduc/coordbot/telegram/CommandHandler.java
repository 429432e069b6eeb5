package vn.thuduc.coordbot.telegram;

import java.util.concurrent.CompletionStage;

/** A Telegram command's work ({@code chat.Command}'s handler here); the stage completes when its replies are out. */
@FunctionalInterface
public interface CommandHandler {
  CompletionStage<Void> handle(Request request) throws Exception;
}
