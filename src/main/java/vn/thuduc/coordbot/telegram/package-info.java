/**
 * The Telegram adapter: {@link vn.thuduc.coordbot.telegram.TelegramService} connects to the Bot API
 * ({@code transport}), takes each update through the {@code inbox} (ledger, journal, delivery window,
 * chat lanes, flood gate) and hands it to the {@link vn.thuduc.coordbot.telegram.UpdateRouter}, which
 * parses it ({@link vn.thuduc.coordbot.telegram.Incoming}), passes the named gates and runs the command
 * or button handler from the {@link vn.thuduc.coordbot.chat.CommandRegistry}; button data is a typed
 * {@link vn.thuduc.coordbot.chat.Route}. The handlers themselves ({@code commands}) are built by a
 * {@link vn.thuduc.coordbot.telegram.Handlers.Factory} the composition root hands in, so this package
 * never reaches down into them. Replies go out through the {@link vn.thuduc.coordbot.telegram.Replier}
 * (HTML, split at 4096 characters, charts as photos).
 */
package vn.thuduc.coordbot.telegram;
