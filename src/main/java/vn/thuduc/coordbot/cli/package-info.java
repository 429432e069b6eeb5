/**
 * The command line ({@code java -jar coordbot.jar [telegram|web|serve|ask|reload|chart|bench]}), with
 * picocli: each subcommand opens what it needs through {@link vn.thuduc.coordbot.cli.Launch}; the
 * long-running ones first check the index directory ({@link vn.thuduc.coordbot.cli.IndexDir}) and take
 * its {@link vn.thuduc.coordbot.cli.ServingLock}, so one process serves an index at a time.
 */
package vn.thuduc.coordbot.cli;
