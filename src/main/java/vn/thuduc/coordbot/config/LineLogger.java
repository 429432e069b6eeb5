package vn.thuduc.coordbot.config;

import java.time.Instant;
import java.time.LocalTime;
import java.util.TimeZone;
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
    lines.write(level, LogLines.line(now(), level, Thread.currentThread().getName(), name, message, throwable));
  }

  /**
   * The local time of day, as {@link LocalTime#now()} gives it, with the offset from {@link TimeZone}: the
   * JDK's other time-zone reader ({@code java.time}'s provider of zone rules) looks for providers in the
   * whole jar and reads its own copy of the zone database, at the first log line, which for {@code ask} is
   * at its exit; {@code TimeZone}'s is read anyway (the SQLite driver's date format).
   */
  static LocalTime now() {
    Instant now = Instant.now();
    long offset = TimeZone.getDefault().getOffset(now.toEpochMilli()) / 1000;
    return LocalTime.ofNanoOfDay(Math.floorMod(now.getEpochSecond() + offset, 86_400L) * 1_000_000_000L
        + now.getNano());
  }
}
