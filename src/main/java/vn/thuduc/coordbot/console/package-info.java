/**
 * The terminal channels: the interactive console chat and {@code ask --jsonl}, the JSONL question and
 * answer stream. Thin adapters like Telegram and the web: they ask through {@code questions} and
 * render the engine's answers as text or JSON. They use {@code answer}, {@code questions}, {@code
 * chart}, {@code data} and the services the composition root builds; never another channel.
 */
package vn.thuduc.coordbot.console;
