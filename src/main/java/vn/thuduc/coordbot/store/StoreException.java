package vn.thuduc.coordbot.store;

/** The SQLite store failed; the cause is the driver's exception. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
