/**
 * The bot's commands and buttons, one small class per command or group of commands, each registered
 * as a value in the {@link vn.thuduc.coordbot.chat.CommandRegistry} by
 * {@link vn.thuduc.coordbot.telegram.commands.StandardCommands}: questions, zones, topics, language,
 * admin, and the features of their own packages (import and versions, subscriptions, ratings, the CSV
 * export, legal-advice tickets). A button press arrives as a typed
 * {@link vn.thuduc.coordbot.chat.Route}. Each class turns a request into calls on the answer engine
 * or a service and the result into messages; none holds answering, ticket or export logic.
 */
package vn.thuduc.coordbot.telegram.commands;
