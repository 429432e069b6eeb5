/**
 * The web channel: a chat page for phones ({@code /}, {@code /embed}), the officials' dashboard,
 * the JSON API with the command line's contracts, {@code /healthz} and {@code /metrics}, served by an
 * embedded Javalin (Jetty 12). A thin adapter like Telegram: answers come from the one engine through
 * {@code questions}; no request changes the dataset. Pages carry no inline script (a strict
 * Content-Security-Policy) and load nothing from outside the bot. A worker's legal-advice ticket
 * opened on the page goes through {@code advice}, whose advisers the Telegram bot attaches when it
 * runs in the same process. Started with the built {@code app.Coordbot}; uses it and the packages
 * below it ({@code answer}, {@code questions}, {@code dataset}, {@code feedback}, {@code export},
 * {@code advice}, {@code chart}, {@code data}, {@code metrics}); never the Telegram adapter.
 */
package vn.thuduc.coordbot.web;
