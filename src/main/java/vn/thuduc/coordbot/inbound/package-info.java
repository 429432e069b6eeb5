/**
 * Events a channel has acknowledged but not yet answered (Zalo's webhook answers 200 at once), kept
 * in SQLite until they are done: a crash loses none, and an event the channel sends twice is taken
 * once (the keys of done events go to the processed-event ledger Telegram's update ids share, keyed
 * by channel). A service over the store; channels use it, not the tables.
 */
package vn.thuduc.coordbot.inbound;
