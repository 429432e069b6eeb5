package vn.thuduc.coordbot.data;

/** A data file is wrong; the message reads {@code file:line: reason}. */
public final class DataException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final int line;
  private final String reason;

  public DataException(String file, int line, String reason) {
    super(file + ":" + line + ": " + reason);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public String reason() {
    return reason;
  }
}
