/**
 * The command line ({@code java -jar coordbot.jar [telegram|web|serve|ask|reload|chart|bench]}), with
 * picocli: each subcommand opens what it needs through {@link vn.thuduc.coordbot.cli.Launch} (the
 * environment, the config file, the clock and the streams) and starts a channel or a tool; the
 * long-running ones first check the index directory ({@link vn.thuduc.coordbot.cli.IndexDir}) and take
 * its {@link vn.thuduc.coordbot.cli.ServingLock}, so one process serves an index at a time. The top of
 * the graph with {@code Main}: it may depend on every package; none depends on it.
 */
package vn.thuduc.coordbot.cli;
