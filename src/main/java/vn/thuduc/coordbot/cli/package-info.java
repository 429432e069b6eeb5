/**
 * The command line ({@code java -jar coordbot.jar [telegram|ask|reload|chart|bench]}), with picocli:
 * each subcommand opens what it needs through {@link vn.thuduc.coordbot.cli.Launch}.
 */
package vn.thuduc.coordbot.cli;
