/**
 * {@code coordbot bench}: one run in a temporary directory that never touches {@code index/}:
 * synthetic Vietnamese passages, the index build, the engine's answers beside bare Lucene and SQLite
 * FTS5 on the same questions, the real Telegram adapter against an in-process fake Bot API ({@link
 * vn.thuduc.coordbot.bench.FakeBotApi}, which the Telegram tests use too), also at Telegram's
 * round-trip times, the memory of conversations, and with {@code --web} the web channel driven in a
 * child process. A tool at the top of the graph beside {@code cli}: it may use the engine, the store
 * and the Telegram adapter; in the main code nothing but {@code cli} depends on it.
 */
package vn.thuduc.coordbot.bench;
