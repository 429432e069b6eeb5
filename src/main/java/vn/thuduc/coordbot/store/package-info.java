/**
 * SQLite, the store of record: the {@link vn.thuduc.coordbot.store.Database} (one connection,
 * migrations) and the runtime tables that survive a reload (user language, question log, audit,
 * processed Telegram updates, blocked chats) in {@link vn.thuduc.coordbot.store.RuntimeStore}. The
 * tables of a concept live with it ({@code dataset}, {@code subscriptions}, {@code feedback},
 * {@code advice}). Every statement is a prepared statement.
 */
package vn.thuduc.coordbot.store;
