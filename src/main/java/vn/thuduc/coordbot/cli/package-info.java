/**
 * The command line ({@code java -jar coordbot.jar [telegram|web|serve|ask|reload|chart|bench]}), with
 * picocli: each subcommand opens what it needs through {@link vn.thuduc.coordbot.cli.Launch} (the
 * environment, the config file, the clock and the streams) and starts a channel or a tool. The top of
 * the graph with {@code Main}: it may depend on every package; none depends on it.
 */
package vn.thuduc.coordbot.cli;
