/**
 * Configuration: {@link vn.thuduc.coordbot.config.Settings} reads {@code config/coordbot.properties}
 * with environment overrides and validates it at start-up, naming the bad setting in its {@link
 * vn.thuduc.coordbot.config.ConfigException}; the token masks for log lines and stack traces; the
 * logging of the short-lived commands, set up in code ({@code ask} through its own SLF4J provider).
 * Depends on no other package of the bot.
 */
package vn.thuduc.coordbot.config;
