/**
 * What the chat channels remember between events, as services over the runtime tables: the updates
 * already processed ({@link vn.thuduc.coordbot.chatstate.ProcessedUpdates}, Telegram's part of the one
 * processed-event ledger of every chat channel), the chats that refuse
 * the bot's messages ({@link vn.thuduc.coordbot.chatstate.RefusingChats}), the audit of staff actions
 * ({@link vn.thuduc.coordbot.chatstate.AuditLog}); {@link vn.thuduc.coordbot.chatstate.ChatState}
 * hands them to a channel with the people's language choices. Channels use these, never the store.
 */
package vn.thuduc.coordbot.chatstate;
