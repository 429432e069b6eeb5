package vn.thuduc.coordbot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.LoggerFactory;
import vn.thuduc.coordbot.cli.Launch;
import vn.thuduc.coordbot.cli.CommandRunner;
import vn.thuduc.coordbot.config.AskLogging;
import vn.thuduc.coordbot.config.LightLogging;
import vn.thuduc.coordbot.config.StartTrace;

/** Entry point: sets up logging, then runs the command line. */
public final class Main {
  private static final Path CONFIG = Path.of("config", "coordbot.properties");
  private static final Path LOGBACK = Path.of("config", "logback.xml");

  private Main() {}

  public static void main(String[] args) {
    StartTrace.mark("main");
    setJvmWideProperties();
    setUpLogging(args.length > 0 ? args[0] : "");
    StartTrace.mark("logging set up");
    Launch launch = new Launch(System.getenv(), CONFIG, Clock.systemUTC(), System.in, System.out, System.err);
    int code = CommandRunner.run(launch, args);
    StartTrace.mark("exit");
    StartTrace.print();
    System.exit(code);
  }

  /**
   * Chooses the logging for {@code command} and sets it up at once, on this thread, before any other
   * thread can log: a logger asked for on another thread while SLF4J is being set up is a stand-in,
   * whose lines SLF4J replays afterwards with a notice on stderr (the database opens on a thread of its
   * own, and its driver logs).
   */
  static void setUpLogging(String command) {
    if (System.getProperty("coordbot.log.dir") == null) {
      String dir = System.getenv("COORDBOT_INDEX_DIR");
      System.setProperty("coordbot.log.dir", dir == null || dir.isBlank() ? "index" : dir);
    }
    boolean configured = System.getProperty("logback.configurationFile") != null;
    if (!configured && command.equals("ask")) {
      // started once per question: no logback at all (see AskLogging)
      AskLogging.select();
    } else if (!configured && command.equals("bench")) {
      // logging set up in code (see LightLogging); bench keeps out of index/
      System.setProperty(LightLogging.PROPERTY, "stderr");
    } else if (!configured && command.isEmpty() && isBlank(System.getenv("TELEGRAM_BOT_TOKEN"))) {
      // the console chat: log lines go to the log file, only warnings to stderr, none into the chat
      System.setProperty(LightLogging.PROPERTY, "chat");
    } else if (!configured && Files.isRegularFile(LOGBACK)) {
      System.setProperty("logback.configurationFile", LOGBACK.toString());
    }
    LoggerFactory.getILoggerFactory();
  }

  /**
   * The JVM-wide settings, here alone and before any class reads them (the test JVMs get the same
   * ones from the pom's {@code jvm.wide.properties}).
   */
  static void setJvmWideProperties() {
    // The bot runs on servers without a display; AWT (the charts) must not look for one.
    System.setProperty("java.awt.headless", "true");
    // The JDK's HttpServer (the bench's fake Bot API) reads this once: without TCP_NODELAY the
    // headers and the body go out as two segments and Nagle's algorithm meets the client's delayed
    // ACK, ~40 ms per call on loopback, which would measure TCP, not the bot.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
