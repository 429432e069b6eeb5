/**
 * The Telegram adapter: {@link vn.thuduc.coordbot.telegram.TelegramService} polls the Bot API
 * (TelegramBots 9.x long polling), turns each update into a question or a command for the answer
 * engine, and the answer into Bot API calls (HTML, split at 4096 characters, charts as photos).
 * Commands are values in a registry passed through one pipeline of gates; no answering logic lives
 * here.
 */
package vn.thuduc.coordbot.telegram;
