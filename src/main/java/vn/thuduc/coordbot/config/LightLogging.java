package vn.thuduc.coordbot.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.time.LocalTime;

/**
 * The logging set-up of {@code bench} and the console chat, built in code ({@code ask} has its own, {@link
 * AskLogging}): reading
 * {@code logback.xml} with Joran costs a few hundred milliseconds of class loading, more than
 * answering the question. Found by logback's service loader; does nothing unless {@link Main} set
 * {@link #PROPERTY}, and the XML configuration applies as before.
 */
public final class LightLogging extends ContextAwareBase implements Configurator {
  /**
   * {@code stderr} (warnings and errors) or {@code chat} (the console chat: INFO to the log file, only
   * warnings and errors to stderr, nothing into the chat).
   */
  public static final String PROPERTY = "coordbot.log.light";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    String mode = System.getProperty(PROPERTY);
    if (mode == null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    ConsoleAppender<ILoggingEvent> err = new ConsoleAppender<>();
    err.setTarget("System.err");
    if (mode.equals("chat")) {
      ThresholdFilter warnings = new ThresholdFilter();
      warnings.setLevel(Level.WARN.levelStr);
      warnings.setContext(context);
      warnings.start();
      err.addFilter(warnings);
    }
    root.addAppender(start(err, context, "STDERR"));
    if (mode.equals("chat")) {
      FileAppender<ILoggingEvent> file = new FileAppender<>();
      file.setFile(System.getProperty("coordbot.log.dir", "index") + "/coordbot.log");
      file.setAppend(true);
      root.addAppender(start(file, context, "FILE"));
      root.setLevel(Level.INFO);
    } else {
      root.setLevel(Level.WARN);
    }
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  private static OutputStreamAppender<ILoggingEvent> start(OutputStreamAppender<ILoggingEvent> appender,
      LoggerContext context, String name) {
    Line layout = new Line();
    layout.setContext(context);
    layout.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(layout);
    encoder.start();
    appender.setContext(context);
    appender.setName(name);
    appender.setEncoder(encoder);
    appender.start();
    return appender;
  }

  /** {@code 12:00:00.000 WARN  [thread] logger - message}, with the stack trace when there is one. */
  private static final class Line extends LayoutBase<ILoggingEvent> {
    @Override
    public String doLayout(ILoggingEvent e) {
      StringBuilder sb = new StringBuilder(128);
      sb.append(LocalTime.now()).append(' ').append(e.getLevel()).append(" [").append(e.getThreadName())
          .append("] ").append(e.getLoggerName()).append(" - ").append(e.getFormattedMessage()).append('\n');
      IThrowableProxy t = e.getThrowableProxy();
      if (t != null) {
        sb.append(ThrowableProxyUtil.asString(t)).append('\n');
      }
      return SecretMask.mask(sb.toString());
    }
  }
}
