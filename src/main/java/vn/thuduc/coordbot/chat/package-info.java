/**
 * What every chat channel shares and no channel owns: the commands written once
 * ({@link vn.thuduc.coordbot.chat.ChatCommands}: questions in the person's conversation, {@code /new},
 * {@code /lang}, the topics), drawn by each channel through {@link vn.thuduc.coordbot.chat.Replies};
 * commands and who may run them as values ({@link vn.thuduc.coordbot.chat.CommandRegistry}, {@link vn.thuduc.coordbot.chat.Command},
 * {@link vn.thuduc.coordbot.chat.Access}); the event being answered ({@link vn.thuduc.coordbot.chat.Turn});
 * each person's events in order on a shared pool ({@link vn.thuduc.coordbot.chat.Lanes}); flood control
 * ({@link vn.thuduc.coordbot.chat.FloodGate}); answers cut to a channel's message size
 * ({@link vn.thuduc.coordbot.chat.TextParts}); buttons as data ({@link vn.thuduc.coordbot.chat.Button}).
 * Uses the services, never a channel's types nor the store. Zalo and the console run on it; Telegram
 * takes its gates, flood gate and runtime state from it and keeps its own registry for now.
 */
package vn.thuduc.coordbot.chat;
