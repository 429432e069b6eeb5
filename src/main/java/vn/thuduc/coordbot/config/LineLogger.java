package vn.thuduc.coordbot.config;

import java.time.LocalTime;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** One named logger of {@link AskLogging}: INFO and above, written as a line to {@link LogLines}. */
final class LineLogger extends LegacyAbstractLogger {
  private static final long serialVersionUID = 1L;

  private final transient LogLines lines;

  LineLogger(String name, LogLines lines) {
    this.name = name;
    this.lines = lines;
  }

  @Override
  public boolean isTraceEnabled() {
    return false;
  }

  @Override
  public boolean isDebugEnabled() {
    return false;
  }

  @Override
  public boolean isInfoEnabled() {
    return true;
  }

  @Override
  public boolean isWarnEnabled() {
    return true;
  }

  @Override
  public boolean isErrorEnabled() {
    return true;
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern, Object[] arguments,
      Throwable throwable) {
    if (level.toInt() < Level.INFO.toInt()) {
      return;
    }
    String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
    lines.write(level, LogLines.line(LocalTime.now(), level, Thread.currentThread().getName(), name, message,
        throwable));
  }
}
