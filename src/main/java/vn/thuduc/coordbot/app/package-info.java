/**
 * The composition root alone: {@link vn.thuduc.coordbot.app.Coordbot} opens SQLite and the Lucene
 * index, builds the stores, the answer engine, the question log and the channel-free services with
 * constructors, hands them to the channels (the Telegram bot with its commands), and closes them in
 * reverse.
 */
package vn.thuduc.coordbot.app;
