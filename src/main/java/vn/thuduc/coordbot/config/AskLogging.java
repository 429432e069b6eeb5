package vn.thuduc.coordbot.config;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * SLF4J's provider for {@code ask}, chosen by {@link #select()} instead of logback: INFO and above to
 * the log file, warnings and errors to stderr, the line as {@link LightLogging} writes it. Setting up
 * logback (about 85 classes, its configurators, the regex and lambda machinery) took a quarter of a
 * one-question {@code ask} on the main thread, more than answering the question.
 */
public final class AskLogging implements SLF4JServiceProvider {
  /** The log file's directory, as for logback's configurations. */
  public static final String LOG_DIR = "coordbot.log.dir";

  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();
  private volatile ILoggerFactory loggers;

  /** Makes this SLF4J's provider; SLF4J sets it up when first used (do that before other threads can log). */
  public static void select() {
    System.setProperty("slf4j.provider", AskLogging.class.getName());
    // SLF4J says at INFO on stderr which provider it was told to load; ask's stderr carries warnings only
    System.setProperty("slf4j.internal.verbosity", "WARN");
  }

  @Override
  public void initialize() {
    LogLines lines = new LogLines(Path.of(System.getProperty(LOG_DIR, "index"), "coordbot.log"), System.err);
    loggers = new Loggers(lines);
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggers;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  /** One logger per name, all writing through the same lines. */
  static final class Loggers implements ILoggerFactory {
    private final LogLines lines;
    private final ConcurrentMap<String, Logger> byName = new ConcurrentHashMap<>();

    Loggers(LogLines lines) {
      this.lines = lines;
    }

    @Override
    public Logger getLogger(String name) {
      Logger l = byName.get(name);
      if (l == null) {
        Logger made = new LineLogger(name, lines);
        l = byName.putIfAbsent(name, made);
        if (l == null) {
          l = made;
        }
      }
      return l;
    }
  }
}
