/**
 * The Zalo Official Account channel: the signed webhook ({@link ZaloChannel#webhook}), the durable
 * inbox answered in order per user ({@link ZaloChannel}), what a Zalo user's text does
 * ({@link ZaloBot}, {@link ZaloAdvice}), and the Zalo OA API over {@code java.net.http}
 * ({@link ZaloApi}, {@link ZaloTokens}, {@link ZaloSender}). A channel: it uses the services and the
 * channel-neutral {@code chat} layer, never the Telegram adapter; the advisers stay in Telegram.
 */
package vn.thuduc.coordbot.zalo;
