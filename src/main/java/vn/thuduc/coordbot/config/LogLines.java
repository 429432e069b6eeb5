package vn.thuduc.coordbot.config;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalTime;
import org.slf4j.event.Level;

/**
 * Where {@link AskLogging}'s loggers write: INFO and above to the log file, opened at its first line (a
 * question answered without a warning opens it once, at the end), warnings and errors also to stderr;
 * nothing to stdout, which carries the answers. Lines are masked as every log line is ({@link SecretMask}).
 */
final class LogLines {
  private final Path file;
  private final PrintStream err;
  private OutputStream out;
  private boolean fileFailed;

  LogLines(Path file, PrintStream err) {
    this.file = file;
    this.err = err;
  }

  /** {@code 12:00:00.000 WARN [thread] logger - message}, with the stack trace when there is one. */
  static String line(LocalTime at, Level level, String thread, String logger, String message, Throwable t) {
    StringBuilder sb = new StringBuilder(128);
    sb.append(at).append(' ').append(level).append(" [").append(thread).append("] ").append(logger).append(" - ")
        .append(message).append('\n');
    if (t != null) {
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      sb.append(trace);
    }
    return SecretMask.mask(sb.toString());
  }

  synchronized void write(Level level, String line) {
    if (level.toInt() >= Level.WARN.toInt()) {
      err.print(line);
      err.flush();
    }
    if (level.toInt() >= Level.INFO.toInt()) {
      toFile(line);
    }
  }

  private void toFile(String line) {
    if (fileFailed) {
      return;
    }
    try {
      if (out == null) {
        out = new FileOutputStream(file.toFile(), true);
      }
      out.write(line.getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      // said once on stderr: the answers go on, and the file's lines are lost rather than the command
      fileFailed = true;
      err.println("coordbot: cannot write the log file " + file + ": " + e.getMessage());
    }
  }
}
