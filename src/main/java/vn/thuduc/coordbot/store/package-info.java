/**
 * SQLite, the store of record: the dataset tables (replaced in one transaction per import, with the
 * dataset version and checksum) and the runtime tables that survive a reload (user language,
 * question log, audit, processed Telegram updates). Every statement is a prepared statement.
 */
package vn.thuduc.coordbot.store;
