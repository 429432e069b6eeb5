/**
 * The Bot API as a wire: {@link vn.thuduc.coordbot.telegram.transport.BotApi} runs every call with a
 * deadline and bounded retries (429 after {@code retry_after}, 5xx, timeouts), paced by the
 * {@link vn.thuduc.coordbot.telegram.transport.OutgoingLimiter}'s outgoing rate limits;
 * {@link vn.thuduc.coordbot.telegram.transport.LongPoller} fetches updates with getUpdates;
 * {@link vn.thuduc.coordbot.telegram.transport.FileDownloader} fetches uploaded files;
 * {@link vn.thuduc.coordbot.telegram.transport.TelegramText} holds Telegram's text limits and HTML
 * escaping (here because the transport resends unparsable HTML as plain text). Nothing here knows
 * commands, answers or the update ledger; chats that refuse messages are reported through
 * {@link vn.thuduc.coordbot.telegram.transport.RefusedChats}.
 */
package vn.thuduc.coordbot.telegram.transport;
