/**
 * The entry point: {@link vn.thuduc.coordbot.Main} chooses how logging is set up for the command it
 * is given, sets the JVM-wide properties in this one place (headless AWT, TCP_NODELAY for the JDK's
 * HTTP server), and hands the arguments to the command line in {@code cli}. It depends on {@code cli},
 * {@code config} and {@code data} (for their start-up errors) and nothing depends on it.
 */
package vn.thuduc.coordbot;
