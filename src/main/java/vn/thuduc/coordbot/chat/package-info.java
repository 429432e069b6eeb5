/**
 * What every chat channel needs and no channel owns: each person's events in order on a shared pool
 * ({@link Lanes}), answers cut to a channel's message size at sentence and line ends
 * ({@link TextParts}), buttons as data ({@link Button}), the channels' rich text as plain text
 * ({@link PlainText}). Uses no channel's types; Zalo uses it, Telegram moves onto it step by step.
 */
package vn.thuduc.coordbot.chat;
