/** The terminal channels: the interactive console chat and the JSONL question/answer stream. */
package vn.thuduc.coordbot.console;
