/**
 * SQLite, the store of record: the {@link vn.thuduc.coordbot.store.Database} (one connection,
 * migrations) and the runtime tables that survive a reload (user language, question log, audit,
 * processed Telegram updates, blocked chats) in {@link vn.thuduc.coordbot.store.RuntimeStore}. The
 * tables of a concept live with it ({@code dataset}, {@code subscriptions}, {@code feedback},
 * {@code advice}, {@code inbound}, {@code credentials}). Every statement is a prepared statement
 * ({@link vn.thuduc.coordbot.store.Sql} binds and maps); writes queued from many threads go a group
 * per transaction ({@link vn.thuduc.coordbot.store.GroupWriter}). Channels never use the store: they
 * reach its tables through services ({@code chatstate}, {@code preferences}, ...). People are (channel, id)
 * ({@code identity}); the store uses no other package of the bot, the engine's types included.
 */
package vn.thuduc.coordbot.store;
