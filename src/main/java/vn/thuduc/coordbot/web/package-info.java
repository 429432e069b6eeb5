/**
 * The web channel: a chat page for phones ({@code /}, {@code /embed}), the officials' dashboard,
 * the JSON API with the command line's contracts, {@code /healthz} and {@code /metrics}, served by an
 * embedded Javalin (Jetty 12). A thin adapter like Telegram: answers come from the one engine through
 * {@code questions}; no request changes the dataset. Pages carry no inline script (a strict
 * Content-Security-Policy) and load nothing from outside the bot. Uses {@code answer}, {@code
 * questions}, {@code chart}, {@code data}, {@code store}, {@code metrics} and the services the
 * composition root builds; never the Telegram adapter.
 */
package vn.thuduc.coordbot.web;
