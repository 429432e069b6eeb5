/**
 * What every chat channel shares and no channel owns: commands, who may run them and buttons as values
 * ({@link vn.thuduc.coordbot.chat.Command}, {@link vn.thuduc.coordbot.chat.Access},
 * {@link vn.thuduc.coordbot.chat.Route}) in one registry ({@link vn.thuduc.coordbot.chat.CommandRegistry})
 * typed by the channel's handlers; the commands every channel shares written once
 * ({@link vn.thuduc.coordbot.chat.ChatCommands}: questions in the person's conversation, {@code /new},
 * {@code /lang}, the topics), drawn by each channel through {@link vn.thuduc.coordbot.chat.Replies};
 * the event being answered ({@link vn.thuduc.coordbot.chat.Turn}); each person's events in order on a
 * shared pool ({@link vn.thuduc.coordbot.chat.Lanes}); flood control
 * ({@link vn.thuduc.coordbot.chat.FloodGate}); answers cut to a channel's message size
 * ({@link vn.thuduc.coordbot.chat.TextParts}); a button under a reply ({@link vn.thuduc.coordbot.chat.Button}).
 * Uses the services, never a channel's types nor the store. Telegram registers its commands and
 * buttons in the registry; Zalo and the console run on {@code ChatCommands}.
 */
package vn.thuduc.coordbot.chat;
