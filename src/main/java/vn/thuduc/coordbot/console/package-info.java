/**
 * The terminal channels: the interactive console chat and {@code ask --jsonl}, the JSONL question and
 * answer stream. Thin adapters like Telegram and the web: they ask through {@code questions} and
 * render the engine's answers as text or JSON ({@code /chart} and {@code /export} write their files
 * with {@code chart} and {@code export}). They use {@code answer}, {@code questions}, {@code chart},
 * {@code export} and {@code data}; never another channel or the composition root.
 */
package vn.thuduc.coordbot.console;
