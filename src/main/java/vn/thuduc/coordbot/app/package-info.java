/**
 * The composition root: {@link vn.thuduc.coordbot.app.Coordbot} opens SQLite and the Lucene index,
 * builds the stores, the answer engine and the channel-free services with constructors, hands them to
 * the channels, and closes them in reverse; beside it the guards of the index directory (one writing
 * process at a time).
 */
package vn.thuduc.coordbot.app;
